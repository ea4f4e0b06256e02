INSERT INTO stock (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT n = 0 AND m = 1 FROM stock WHERE id = 2), 'the defaults';
  ASSERT (SELECT typbasetype = 'bigint'::regtype FROM pg_type WHERE typname = 'qty'), 'qty is bigint';
  ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'n_ok'), 'the check';
  ASSERT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'stock_q'), 'the index';
END $$;
