DO $$ BEGIN
  ASSERT a_price() = 14, 'a_price';
  ASSERT a_total() = 21, 'a_total';
END $$;
