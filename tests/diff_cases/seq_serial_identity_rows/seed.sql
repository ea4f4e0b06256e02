INSERT INTO t1 (v) VALUES ('a'), ('b');
INSERT INTO t2 (v) VALUES ('a'), ('b');
INSERT INTO t3 (v) VALUES ('a'), ('b');
INSERT INTO t3 (id, v) VALUES (10, 'explicit');
INSERT INTO t4 (v) VALUES ('a'), ('b');
SELECT setval('t1_seq', 50);
