INSERT INTO a (v) VALUES ('1'), ('2'), ('3');
INSERT INTO b VALUES (5, 'x'), (9, 'y');
INSERT INTO c (v) VALUES ('1'), ('2');
INSERT INTO d (v) VALUES ('1');
