INSERT INTO users (id, name) VALUES (2, 'b');
UPDATE users SET name = 'd' WHERE id = 1;
DO $$ BEGIN
  ASSERT (SELECT updated_at FROM users WHERE id = 1) = '2000-01-01', 'touch back';
  ASSERT (SELECT n FROM counters WHERE name = 'users') = 1, 'count on insert only';
END $$;
DELETE FROM users WHERE id = 2;
UPDATE counters SET n = 0;
