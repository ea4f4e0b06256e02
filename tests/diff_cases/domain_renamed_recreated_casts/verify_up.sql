INSERT INTO stock (id) VALUES (3);
INSERT INTO stock (id, q) VALUES (4, 3000000000);
DO $$ BEGIN
  ASSERT (SELECT n = 5 AND q = 40 AND note = 'abc' FROM stock WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 0 AND q = 7 FROM stock WHERE id = 3), 'the defaults';
  ASSERT (SELECT typbasetype = 'bigint'::regtype FROM pg_type WHERE typname = 'amount'), 'amount is bigint';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'qty'), 'qty is gone';
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'stock' AND indexdef LIKE '%::amount%'), 'the indexes';
  BEGIN
    INSERT INTO stock (id, n) VALUES (5, 2000);
    RAISE EXCEPTION 'n_ok let 2000 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
DELETE FROM stock WHERE id = 4;
