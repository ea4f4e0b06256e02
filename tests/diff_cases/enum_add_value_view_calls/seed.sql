INSERT INTO people (id, m, t) VALUES (1, 'happy', 'sad'), (2, 'sad', 'happy');
REFRESH MATERIALIZED VIEW names;
