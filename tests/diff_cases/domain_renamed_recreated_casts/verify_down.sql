INSERT INTO stock (id) VALUES (6);
DO $$ BEGIN
  ASSERT (SELECT n = 5 AND q = 40 AND note = 'abc' FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 0 AND q = 7 FROM stock WHERE id = 6), 'the defaults';
  ASSERT (SELECT typbasetype = 'integer'::regtype FROM pg_type WHERE typname = 'qty'), 'qty is integer';
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'stock' AND indexdef LIKE '%::qty%'), 'the indexes';
  BEGIN
    INSERT INTO stock (id, n) VALUES (7, 2000);
    RAISE EXCEPTION 'n_ok let 2000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
