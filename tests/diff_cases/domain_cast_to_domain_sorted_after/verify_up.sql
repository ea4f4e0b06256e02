INSERT INTO stock (id, n) VALUES (2, 7);
DO $$ BEGIN
  ASSERT (SELECT n = 10 AND s = 1 FROM stock WHERE id = 1), 'the row kept, given lot''s default';
  ASSERT (SELECT s = 1 FROM stock WHERE id = 2), 'lot''s default';
  BEGIN
    INSERT INTO stock (id, s) VALUES (3, 500);
    RAISE EXCEPTION 'lot_ok let 500 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
  BEGIN
    INSERT INTO stock (id, s) VALUES (4, -1);
    RAISE EXCEPTION 'qty''s check let -1 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
