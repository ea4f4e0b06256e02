INSERT INTO t (id, b) VALUES (3, 'Z');
DO $$ BEGIN
  ASSERT (SELECT a FROM t WHERE id = 3) = 7, 'the default calls the old next_code()';
  ASSERT (SELECT string_agg(id || ':' || a || ':' || b, ',' ORDER BY id) FROM t) = '1:7:Xy,2:3:q,3:7:Z', 'rows kept';
END $$;
DO $$ BEGIN
  INSERT INTO t (id, a, b) VALUES (4, -1, 'r');
  RAISE EXCEPTION 'the check ok(a) is back: -1 must be refused';
EXCEPTION WHEN check_violation THEN NULL;
END $$;
DELETE FROM t WHERE id = 3;
