INSERT INTO orders (id, qty, price, legacy, label) VALUES (1, 3, 5, 7, 'a'), (2, 4, NULL, NULL, NULL);
