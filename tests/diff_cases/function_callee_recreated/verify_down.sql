INSERT INTO t (id) VALUES (3);
DO $$ BEGIN
  ASSERT (SELECT total FROM t WHERE id = 3) = 21, 'the default calls a_total()';
  ASSERT a_price() = 14, 'a_price';
  ASSERT pg_typeof(base_rate()) = 'integer'::regtype, 'base_rate returns integer';
END $$;
