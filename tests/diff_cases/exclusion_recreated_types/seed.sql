INSERT INTO t (id, n, m, r, l) VALUES (1, 5, 'happy', '[1,10)', 'high'), (2, 6, 'meh', '[1,10)', 'low'), (3, 5, 'happy', '[20,30)', 'high');
