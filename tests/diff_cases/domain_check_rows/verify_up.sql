DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || s, ',' ORDER BY id) FROM scores) = '1:99.50,2:0.00', 'rows after up';
  BEGIN
    INSERT INTO grades VALUES (2, 101);
    RAISE EXCEPTION 'the check did not hold';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
