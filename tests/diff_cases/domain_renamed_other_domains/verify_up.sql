INSERT INTO stock (id, n) VALUES (2, 7);
DO $$ BEGIN
  ASSERT (SELECT n = 11 AND s = 50 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 8 AND s = 1 FROM stock WHERE id = 2), 'the trigger and small''s default';
  BEGIN
    INSERT INTO stock (id, s) VALUES (3, 500);
    RAISE EXCEPTION 'small_ok let 500 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
