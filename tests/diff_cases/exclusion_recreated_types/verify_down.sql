DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_constraint WHERE contype = 'x' AND conrelid = 't'::regclass) = 3, 'all three back';
  ASSERT (SELECT string_agg(id || ':' || n || m::text, ',' ORDER BY id) FROM t) = '1:5happy,2:6meh,3:5happy', 'rows after down';
  BEGIN
    INSERT INTO t (id, n, m, r) VALUES (4, 5, 'meh', '[5,6)');
    RAISE EXCEPTION 'the exclusion on n::qty let a conflict in';
  EXCEPTION WHEN exclusion_violation THEN NULL;
  END;
END $$;
