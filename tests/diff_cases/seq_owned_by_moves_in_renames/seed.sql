INSERT INTO orders (id) VALUES (1), (2);
INSERT INTO invoices VALUES (1, 500);
