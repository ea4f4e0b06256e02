INSERT INTO people VALUES (1, 'sad', '{happy,sad}', 'happy'), (2, DEFAULT, NULL, NULL), (3, 'happy', '{}', 'sad');
REFRESH MATERIALIZED VIEW m_moods;
