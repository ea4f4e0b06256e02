INSERT INTO target (name) VALUES ('a'), ('b');
INSERT INTO job (state) VALUES ('done');
