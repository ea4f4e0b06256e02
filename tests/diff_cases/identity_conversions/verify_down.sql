INSERT INTO a (v) VALUES ('4');
INSERT INTO b VALUES (11, 'z');
INSERT INTO c (v) VALUES ('3');
INSERT INTO d (v) VALUES ('2');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM a) >= 4 AND (SELECT max(id) FROM c) >= 3 AND (SELECT max(id) FROM d) = 2, 'sequences past the rows';
END $$;
