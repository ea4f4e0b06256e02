INSERT INTO t VALUES (1, 'happy', 'high'), (2, 'meh', 'low');
