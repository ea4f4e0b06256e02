INSERT INTO stock (id, n, q, note) VALUES (1, 5, 40, 'abc');
INSERT INTO stock (id) VALUES (2);
