INSERT INTO t (id, f, fa) VALUES (1, 'happy', '{happy,meh}'), (2, 'meh', NULL);
