INSERT INTO t (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT total FROM t WHERE id = 2) = 21, 'the default calls a_total()';
  ASSERT a_price() = 14, 'a_price';
  ASSERT pg_typeof(base_rate()) = 'bigint'::regtype, 'base_rate returns bigint';
END $$;
