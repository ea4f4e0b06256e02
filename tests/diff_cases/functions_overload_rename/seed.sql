INSERT INTO items (id, label) VALUES (1, 'a'), (2, NULL);
