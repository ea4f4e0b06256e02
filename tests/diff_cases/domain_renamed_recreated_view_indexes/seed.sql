INSERT INTO stock (id, n) VALUES (1, 5), (2, -1);
REFRESH MATERIALIZED VIEW mv_stock;
