INSERT INTO t (id) VALUES (3);
DO $$ BEGIN
  ASSERT (SELECT n FROM t WHERE id = 3) = 7, 'the old default calls rate()';
  ASSERT twice() = 14, 'twice';
  ASSERT pg_typeof(rate()) = 'integer'::regtype, 'rate returns integer';
END $$;
