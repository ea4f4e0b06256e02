INSERT INTO orders VALUES (1, 5), (2, 7);
