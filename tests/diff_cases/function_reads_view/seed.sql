INSERT INTO t VALUES (1, 20), (2, 3), (3, 7), (4, NULL);
