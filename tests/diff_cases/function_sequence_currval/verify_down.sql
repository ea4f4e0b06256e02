DO $$ BEGIN
  ASSERT NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 's_counter'), 's_counter is gone';
  ASSERT (SELECT count(*) FROM receipts) >= 1, 'the rows stay';
END $$;
