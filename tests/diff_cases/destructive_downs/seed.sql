INSERT INTO parents VALUES (1), (2);
INSERT INTO children VALUES (10, 1, 'x', 5), (11, 2, 'y', 6);
INSERT INTO pairs VALUES (1, 1, 'a'), (1, 2, 'b');
INSERT INTO pair_refs VALUES (1, 1);
