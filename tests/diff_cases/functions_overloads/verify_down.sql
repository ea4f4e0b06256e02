INSERT INTO t (id, a, b) VALUES (3, 'y', 3);
DO $$ BEGIN
  ASSERT (SELECT n FROM t WHERE id = 3) = 1, 'the old default';
  ASSERT (SELECT count(*) FROM t WHERE n = 1) = 3, 'rows kept';
  ASSERT g('x') AND f(v => 'x'), 'the old overloads';
END $$;
DELETE FROM t WHERE id = 3;
