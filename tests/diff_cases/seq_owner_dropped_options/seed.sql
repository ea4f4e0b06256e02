INSERT INTO legacy (id) SELECT g FROM generate_series(1, 3) g;
INSERT INTO tickets (v) VALUES ('a'), ('b');
