INSERT INTO stock (id) VALUES (5);
DO $$ BEGIN
  ASSERT (SELECT n = 5 FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 3 FROM stock WHERE id = 5), 'the default';
  ASSERT twice(4::qty) = 8, 'twice takes qty';
  BEGIN
    INSERT INTO stock (id, n) VALUES (6, 3000);
    RAISE EXCEPTION 'n_twice let 3000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
