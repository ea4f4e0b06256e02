DO $$ BEGIN
  ASSERT (SELECT string_agg(x || ',' || y, ';' ORDER BY id) FROM t) = '6,9;6,9', 'existing rows got the defaults';
  ASSERT (SELECT count(DISTINCT z) FROM t) = 2, 'a volatile default gives each row its own value';
  ASSERT (SELECT attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'x'), 'x is NOT NULL';
END $$;
INSERT INTO t (id) VALUES (3);
DO $$ BEGIN
  ASSERT (SELECT x || ',' || y FROM t WHERE id = 3) = '6,9', 'the defaults call the functions';
END $$;
DELETE FROM t WHERE id = 3;
