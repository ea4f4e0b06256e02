INSERT INTO members (id, name) VALUES (2, 'b');
UPDATE members SET name = 'c' WHERE id = 1;
DO $$ BEGIN
  ASSERT (SELECT updated_at FROM members WHERE id = 1) = '2001-01-01', 'touch replaced';
  ASSERT (SELECT n FROM counters WHERE name = 'members') = 2, 'count on insert and update';
END $$;
DELETE FROM members WHERE id = 2;
UPDATE counters SET n = 0;
