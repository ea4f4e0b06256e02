INSERT INTO people (id, m, t) VALUES (1, 'happy', 'happy'), (2, 'sad', 'sad');
