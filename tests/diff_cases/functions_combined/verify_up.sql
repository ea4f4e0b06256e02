INSERT INTO goods (id, label) VALUES (3, 'c');
DO $$ BEGIN
  ASSERT (SELECT n FROM goods WHERE id = 3) = 2, 'the default calls cnt() on the renamed table';
  ASSERT sum_all() = 6 AND good('x') AND ok(1), 'the renamed functions';
END $$;
DELETE FROM goods WHERE id = 3;
