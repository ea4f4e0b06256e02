INSERT INTO config (v) VALUES ('a'), ('b'), ('c');
INSERT INTO other (v) VALUES ('a');
