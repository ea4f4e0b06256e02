DO $$ BEGIN
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'stock' AND indexdef LIKE '%twice(n)%'), 'the indexes';
  ASSERT (SELECT count(*) = 1 FROM stock WHERE twice(n) > 0), 'the rows';
END $$;
