INSERT INTO t VALUES (1, 1, 'a'), (2, NULL, 'b');
