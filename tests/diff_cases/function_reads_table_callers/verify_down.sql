INSERT INTO t (id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT x || ',' || y FROM t WHERE id = 2) = '6,9', 'the old defaults';
  ASSERT (SELECT count(*) FROM t) = 2, 'rows kept';
END $$;
DELETE FROM t WHERE id = 2;
