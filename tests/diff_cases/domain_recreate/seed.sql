INSERT INTO stock VALUES (1, 5, '{1,2}', 'b'), (2, 0, NULL, 'A');
