INSERT INTO t (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT n FROM t WHERE id = 2) = 5, 'the new default';
  ASSERT total() = 7 AND twice() = 14, 'total, twice';
  ASSERT pg_typeof(rate()) = 'bigint'::regtype, 'rate returns bigint';
END $$;
