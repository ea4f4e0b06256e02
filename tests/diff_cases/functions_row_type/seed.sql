INSERT INTO t VALUES (1, 10, 'abc', 7), (2, 20, NULL, 8);
