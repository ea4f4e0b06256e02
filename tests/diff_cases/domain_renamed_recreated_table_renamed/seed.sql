INSERT INTO stock (id, n, q) VALUES (1, 5, 6);
