INSERT INTO stock (id, n) VALUES (1, 5), (2, -3);
