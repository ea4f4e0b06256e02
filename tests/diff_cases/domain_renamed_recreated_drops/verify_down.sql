INSERT INTO keep (id) VALUES (3);
INSERT INTO old_t (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT d = 2 AND e = 3 FROM keep WHERE id = 3), 'the defaults';
  ASSERT (SELECT n = 1 FROM old_t WHERE id = 2), 'old_t''s default';
  ASSERT (SELECT typbasetype = 'integer'::regtype FROM pg_type WHERE typname = 'qty'), 'qty is integer';
  BEGIN
    INSERT INTO old_t (id, n) VALUES (3, 2000);
    RAISE EXCEPTION 'n_ok let 2000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
  BEGIN
    PERFORM 200::small;
    RAISE EXCEPTION 'small_ok let 200 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
