INSERT INTO a (v) VALUES ('4');
INSERT INTO b (v) VALUES ('z');
INSERT INTO c (v) VALUES ('3');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM a) = 4 AND (SELECT max(id) FROM b) = 10 AND (SELECT max(id) FROM c) = 3, 'sequences past the rows';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname = 'd_id_seq') = 0, 'the old serial sequence of d is gone';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname LIKE 'c_id_seq%') = 1, 'c has one sequence, its identity''s';
END $$;
DELETE FROM a WHERE id = 4;
DELETE FROM b WHERE id = 10;
DELETE FROM c WHERE id = 3;
