INSERT INTO items VALUES (1, 'fine'), (2, NULL);
