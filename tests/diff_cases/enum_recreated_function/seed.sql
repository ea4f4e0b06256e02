INSERT INTO people (id, m) VALUES (1, 'happy'), (2, 'sad');
