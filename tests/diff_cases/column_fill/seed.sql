INSERT INTO users (id, email, nick, old_name) VALUES (1, 'Ann@X.org', NULL, 'ann'), (2, NULL, 'bob', NULL);
