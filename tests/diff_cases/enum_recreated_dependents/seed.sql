INSERT INTO people (id, m, t, l) VALUES (1, 'happy', 'happy', 'meh');
INSERT INTO people (id, m, t) VALUES (2, 'sad', 'sad');
