DO $$ BEGIN
  ASSERT (SELECT count(*) = 2 FROM stock), 'the rows kept';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname IN ('qty', 'lot')), 'the domains are gone';
END $$;
