INSERT INTO owner VALUES (1);
INSERT INTO folder (name) VALUES ('root');
INSERT INTO folder (parent_id, name) VALUES (1, 'child');
INSERT INTO document VALUES (1, 2, 1), (2, NULL, 1);
