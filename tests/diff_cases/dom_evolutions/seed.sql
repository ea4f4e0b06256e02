INSERT INTO items (id, c, cs, sc, scs, k) VALUES (1, 'abc', ARRAY['x', 'y'], 'ab', ARRAY['a'], 7);
INSERT INTO refs VALUES (1, 7);
