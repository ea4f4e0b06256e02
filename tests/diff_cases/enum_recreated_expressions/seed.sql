INSERT INTO t (id, s, m, l) VALUES (1, 'happy', 'happy', 'high'), (2, 'sad', 'sad', 'low');
