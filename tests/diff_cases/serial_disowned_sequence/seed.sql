INSERT INTO account (v) VALUES ('a'), ('b'), ('c');
INSERT INTO log (v) VALUES ('a'), ('b');
