INSERT INTO items VALUES (1, 'abc', 1), (2, 'a', 2);
