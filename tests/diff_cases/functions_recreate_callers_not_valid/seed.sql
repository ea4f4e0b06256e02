INSERT INTO tickets VALUES ('a1'), ('b2');
INSERT INTO notes VALUES ('hello');
