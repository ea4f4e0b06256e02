INSERT INTO stock (id, n, s) VALUES (1, 10, 50);
