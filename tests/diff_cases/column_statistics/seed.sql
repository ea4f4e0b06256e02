INSERT INTO docs (id, title, body, tag, old_name, n, gone) VALUES (1, 't', 'b', 'x', 'o', 7, 'g');
INSERT INTO archive VALUES (1, '/a');
