INSERT INTO docs VALUES (1, 'b', 'x'), (2, NULL, NULL);
