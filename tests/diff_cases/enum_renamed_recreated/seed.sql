INSERT INTO people (id, m, ms) VALUES (1, 'happy', '{happy,sad}'), (2, 'sad', '{meh}');
INSERT INTO people (id) VALUES (3);
