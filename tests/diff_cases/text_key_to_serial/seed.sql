INSERT INTO account VALUES ('1', 'a'), ('2', 'b'), ('7', 'c');
INSERT INTO invoice VALUES (10, '7'), (11, NULL), (12, '1');
