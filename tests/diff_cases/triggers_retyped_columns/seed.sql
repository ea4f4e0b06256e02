INSERT INTO items (id, amount, code, label, qty, kept) VALUES (1, 10, 'a', 'x', 1, 1), (2, NULL, NULL, NULL, NULL, NULL);
DELETE FROM notes;
