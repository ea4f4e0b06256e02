INSERT INTO t (id, b) VALUES (3, 'Z');
DO $$ BEGIN
  ASSERT (SELECT a FROM t WHERE id = 3) = 8, 'the default calls the new next_code()';
  ASSERT (SELECT string_agg(id || ':' || a || ':' || b, ',' ORDER BY id) FROM t) = '1:7:Xy,2:3:q,3:8:Z', 'rows kept';
  ASSERT (SELECT count(*) FROM pg_depend d JOIN pg_proc p ON p.oid = d.refobjid
          WHERE d.classid = 'pg_constraint'::regclass AND p.proname = 'pick' AND p.pronargs = 2) = 1,
         'the check calls the new pick(text, integer)';
END $$;
DO $$ BEGIN
  INSERT INTO t (id, a, b) VALUES (4, -1, 'r');
  RAISE EXCEPTION 'the check ok(a) is back: -1 must be refused';
EXCEPTION WHEN check_violation THEN NULL;
END $$;
SET enable_seqscan = off;
DO $$ BEGIN
  ASSERT (SELECT id FROM t WHERE norm(b) = 'xy') = 1, 'the index on norm(b) is back';
END $$;
RESET enable_seqscan;
DELETE FROM t WHERE id = 3;
