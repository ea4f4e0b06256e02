INSERT INTO accounts VALUES (1, 'old-a', 'keep-b', 10, 20);
INSERT INTO legacy_accounts VALUES (7);
INSERT INTO left_side VALUES ('left');
INSERT INTO right_side VALUES ('right');
