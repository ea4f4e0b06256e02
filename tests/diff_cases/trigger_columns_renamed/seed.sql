INSERT INTO accounts VALUES (1, 'a', 1);
