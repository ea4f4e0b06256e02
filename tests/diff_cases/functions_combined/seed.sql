INSERT INTO items (id, label, qty) VALUES (1, 'a', 2), (2, NULL, 3);
