DO $$ BEGIN
  ASSERT next_no() > 1, 'next_no';
  ASSERT peek()::text = 's_old', 'peek';
  ASSERT bump() < 1000, 'bump';
  ASSERT bump_pl() < 1000, 'bump_pl';
END $$;
