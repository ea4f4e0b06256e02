INSERT INTO items (id, cs, s) VALUES (1, ARRAY['a', 'c'], 'a');
