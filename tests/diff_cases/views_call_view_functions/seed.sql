INSERT INTO items VALUES (1, 'open'), (2, 'new'), (3, 'closed'), (4, 'closed');
