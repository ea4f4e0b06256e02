INSERT INTO stock (id, n, q, s) VALUES (1, 10, 40, 50);
INSERT INTO stock (id, n) VALUES (2, 1);
REFRESH MATERIALIZED VIEW mv_stock;
