INSERT INTO users VALUES (1, 'ann', true, 5), (2, 'bob', false, 20);
REFRESH MATERIALIZED VIEW m_counts;
REFRESH MATERIALIZED VIEW m_names;
