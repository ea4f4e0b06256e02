INSERT INTO keep (id) VALUES (1);
INSERT INTO old_t (id, n, q) VALUES (1, 5, 6);
