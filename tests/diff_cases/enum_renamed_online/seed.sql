INSERT INTO people (id, m, l) VALUES (1, 'happy', 'high'), (2, 'sad', 'low');
INSERT INTO people (id) VALUES (3);
