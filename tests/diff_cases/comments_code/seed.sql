INSERT INTO items VALUES (1, 'a', NULL), (2, 'b', 'x');
INSERT INTO old_things VALUES (1, 'c');
INSERT INTO gone VALUES (1);
INSERT INTO shirts VALUES ('s', 'sad');
REFRESH MATERIALIZED VIEW totals;
