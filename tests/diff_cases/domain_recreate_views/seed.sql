INSERT INTO stock VALUES (1, 5, 'a'), (2, 1, NULL);
