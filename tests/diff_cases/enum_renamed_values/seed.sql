INSERT INTO people (id, m, ms) VALUES (1, 'happy', '{happy,sad}'), (2, 'sad', NULL);
