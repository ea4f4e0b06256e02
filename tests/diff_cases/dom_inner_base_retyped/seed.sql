INSERT INTO items VALUES (1, 5, ARRAY[1, 2]::price[], 3), (2, NULL, NULL, 0);
INSERT INTO items (id, a) VALUES (3, 9);
