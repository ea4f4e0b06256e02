INSERT INTO t (id, a, b) VALUES (3, 'y', 3);
DO $$ BEGIN
  ASSERT (SELECT n FROM t WHERE id = 3) = 3, 'the new default calls the new d()';
  ASSERT (SELECT m FROM t WHERE id = 3) = 5, 'the default of d(integer) kept';
  ASSERT (SELECT count(*) FROM t WHERE n = 1) = 2, 'rows kept';
  ASSERT h('x') AND f(val => 'x'), 'the renamed and re-created overloads';
END $$;
DELETE FROM t WHERE id = 3;
