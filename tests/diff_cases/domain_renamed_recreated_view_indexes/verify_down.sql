DO $$ BEGIN
  ASSERT (SELECT count(*) = 2 FROM mv_stock), 'the rows kept';
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'mv_stock' AND indexdef LIKE '%qty%'), 'the indexes';
END $$;
