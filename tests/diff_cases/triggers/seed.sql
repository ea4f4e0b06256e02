INSERT INTO counters VALUES ('users', 0), ('members', 0), ('logs', 0);
INSERT INTO users (id, name) VALUES (1, 'a');
