INSERT INTO stock (id, n) VALUES (5, 9);
DO $$ BEGIN
  ASSERT (SELECT n = 11 AND q = 40 AND s = 50 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 10 AND s = 1 FROM stock WHERE id = 5), 'the trigger and small''s default';
  ASSERT (SELECT nq = 10 FROM v_stock WHERE id = 5), 'the view';
  ASSERT (SELECT typbasetype = 'integer'::regtype FROM pg_type WHERE typname = 'qty'), 'qty is integer';
  BEGIN
    INSERT INTO stock (id, s) VALUES (6, 500);
    RAISE EXCEPTION 'small_ok let 500 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
