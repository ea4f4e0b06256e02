DO $$ BEGIN
  ASSERT (SELECT string_agg(x || ',' || y, ';' ORDER BY id) FROM t) = '6,9;6,9', 'existing rows got the defaults';
  ASSERT (SELECT count(DISTINCT z) FROM t) = 2, 'a volatile default gives each row its own value';
  ASSERT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'x'), 'x is NOT NULL';
  ASSERT (SELECT string_agg(w || ',' || v || ',' || u, ';' ORDER BY id) FROM t) = '7,7,6;8,7,6', 'the fills, not the defaults';
END $$;
INSERT INTO t (id, u) VALUES (3, 0);
DO $$ BEGIN
  ASSERT (SELECT x || ',' || y || ',' || w || ',' || v FROM t WHERE id = 3) = '6,9,0,6', 'the defaults call the functions';
END $$;
DELETE FROM t WHERE id = 3;
