DO $$ BEGIN
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'stock' AND indexdef LIKE '%double(n)%'), 'the indexes';
  ASSERT (SELECT count(*) = 1 FROM stock WHERE double(n) > 0), 'the rows';
END $$;
