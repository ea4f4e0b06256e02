INSERT INTO a (n) VALUES (1), (2);
INSERT INTO b (m) VALUES (1);
SELECT setval('cyc', 9);
SELECT setval('small', 32000);
