INSERT INTO tickets VALUES (1, 'waiting', 'open', '{open,closed}', 'closed'), (2, DEFAULT, DEFAULT, NULL, 'open');
