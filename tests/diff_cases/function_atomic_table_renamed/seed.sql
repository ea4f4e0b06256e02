INSERT INTO orders VALUES (1, 5), (2, 7);
INSERT INTO lines VALUES (1, 3), (2, NULL);
