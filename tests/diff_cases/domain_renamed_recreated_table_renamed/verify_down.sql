INSERT INTO stock (id, q) VALUES (3, 4);
DO $$ BEGIN
  ASSERT (SELECT n = 5 AND q = 6 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 0 FROM stock WHERE id = 3), 'the default';
  ASSERT (SELECT t = 8 FROM v_stock WHERE id = 3), 'the view and twice';
  BEGIN
    INSERT INTO stock (id, n) VALUES (4, 2000);
    RAISE EXCEPTION 'n_ok let 2000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
