SET TimeZone = 'UTC';
INSERT INTO events VALUES (1, '2024-02-29 00:00:00+00', '2024-02-29', '2024-02-29 23:30:00', '08:00');
-- the migration runs in a session far from UTC
SET TimeZone = 'Asia/Kolkata';
