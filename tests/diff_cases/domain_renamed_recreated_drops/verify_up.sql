INSERT INTO keep (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT e = 3 FROM keep WHERE id = 2), 'the default kept';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'old_t'), 'old_t is gone';
  ASSERT (SELECT typbasetype = 'bigint'::regtype FROM pg_type WHERE typname = 'amount'), 'amount is bigint';
END $$;
