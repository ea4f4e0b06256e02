INSERT INTO items (id, c, l) VALUES (1, 'abc', 'lbl');
INSERT INTO items (id) VALUES (2);
