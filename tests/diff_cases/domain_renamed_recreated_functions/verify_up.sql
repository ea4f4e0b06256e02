INSERT INTO stock (id) VALUES (3);
DO $$ BEGIN
  ASSERT (SELECT n = 5 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 3 FROM stock WHERE id = 3), 'the default';
  ASSERT twice(4000000000::amount) = 8000000000, 'twice takes bigint';
  BEGIN
    INSERT INTO stock (id, n) VALUES (4, 3000);
    RAISE EXCEPTION 'n_twice let 3000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
