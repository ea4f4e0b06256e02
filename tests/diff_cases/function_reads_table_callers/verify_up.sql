INSERT INTO t (id) VALUES (2);
INSERT INTO fresh (id) VALUES (1);
DO $$ BEGIN
  ASSERT (SELECT x || ',' || y FROM t WHERE id = 2) = '6,9', 'the defaults call the functions again';
  ASSERT (SELECT k FROM fresh WHERE id = 1) = 1, 'the new default';
  ASSERT (SELECT x || ',' || y FROM t WHERE id = 1) = '6,9', 'rows kept';
END $$;
DELETE FROM t WHERE id = 2;
DELETE FROM fresh;
