INSERT INTO stock (id, n) VALUES (1, 5);
INSERT INTO stock (id) VALUES (2);
