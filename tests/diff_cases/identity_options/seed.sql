INSERT INTO tickets (code, note) VALUES (7, 'a'), (1500, 'b');
INSERT INTO parents VALUES (1, 1);
INSERT INTO children VALUES (1, 1);
