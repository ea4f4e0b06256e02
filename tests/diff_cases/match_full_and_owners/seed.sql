INSERT INTO parent VALUES (1, 1);
INSERT INTO child VALUES (1, 1, 1, 1), (2, NULL, NULL, NULL);
SELECT setval('counter', 50);
