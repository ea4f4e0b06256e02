INSERT INTO stock (id, n) VALUES (4, 7);
DO $$ BEGIN
  ASSERT (SELECT n = 8 AND s = 1 FROM stock WHERE id = 4), 'the trigger and small''s default';
  ASSERT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'qty'), 'qty is back';
END $$;
