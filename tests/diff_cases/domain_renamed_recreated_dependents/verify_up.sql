INSERT INTO stock (id, n) VALUES (3, 7);
DO $$ BEGIN
  ASSERT (SELECT n = 11 AND q = 40 AND s = 50 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 8 AND s = 1 FROM stock WHERE id = 3), 'the trigger and small''s default';
  ASSERT (SELECT nq = 11 FROM v_stock WHERE id = 1), 'the view';
  ASSERT (SELECT n1 = 12 FROM mv_stock WHERE id = 1), 'the materialized view';
  ASSERT (SELECT typbasetype = 'bigint'::regtype FROM pg_type WHERE typname = 'amount'), 'amount is bigint';
  ASSERT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'mv_stock_n1'), 'the view''s index';
  BEGIN
    INSERT INTO stock (id, s) VALUES (4, 500);
    RAISE EXCEPTION 'small_ok let 500 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
