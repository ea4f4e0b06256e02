INSERT INTO stock (id) VALUES (3);
DO $$ BEGIN
  ASSERT (SELECT n = 0 AND m = 1 FROM stock WHERE id = 3), 'the defaults';
  ASSERT (SELECT typbasetype = 'integer'::regtype FROM pg_type WHERE typname = 'qty'), 'qty is integer';
  ASSERT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'n_ok'), 'the check';
END $$;
