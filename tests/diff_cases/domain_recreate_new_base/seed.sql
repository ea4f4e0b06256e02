INSERT INTO items VALUES (1, 5, 'a', 3), (2, 0, NULL, NULL);
