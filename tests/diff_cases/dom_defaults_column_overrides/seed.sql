INSERT INTO orders (id) VALUES (1);
INSERT INTO orders VALUES (2, 'y', 'x', 3, 4);
