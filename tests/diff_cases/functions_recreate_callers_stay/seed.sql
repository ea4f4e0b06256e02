INSERT INTO t (id, b) VALUES (1, 'Xy');
INSERT INTO t (id, a, b) VALUES (2, 3, 'q');
