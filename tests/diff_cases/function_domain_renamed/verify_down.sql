DO $$ BEGIN
  ASSERT (SELECT twice(n) FROM stock) = 10, 'twice';
  ASSERT zero() = 0, 'zero';
END $$;
DO $$ BEGIN
  ASSERT (SELECT z FROM v_zero) = 0, 'v_zero';
  BEGIN
    INSERT INTO stock VALUES (2, 600);
    RAISE EXCEPTION 'n_small let 600 in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
