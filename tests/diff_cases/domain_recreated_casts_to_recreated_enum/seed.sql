INSERT INTO item (id, n, k) VALUES (1, 5, 'a'), (2, 2000000000, 'b');
INSERT INTO item (id, n, l, k) VALUES (3, NULL, 'x', NULL);
