SELECT setval('plain', 42);
SELECT setval('ranged', 300);
SELECT setval('old_name', 99);
INSERT INTO things (id, x) VALUES (1, 5);
