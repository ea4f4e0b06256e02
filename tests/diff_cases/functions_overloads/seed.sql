INSERT INTO t (id, a, b) VALUES (1, 'x', 1), (2, NULL, NULL);
