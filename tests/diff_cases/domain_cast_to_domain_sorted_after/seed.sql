INSERT INTO stock (id, n) VALUES (1, 10);
