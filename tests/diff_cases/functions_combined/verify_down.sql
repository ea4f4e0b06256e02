INSERT INTO items (id, label) VALUES (3, 'c');
DO $$ BEGIN
  ASSERT (SELECT n FROM items WHERE id = 3) = 2, 'the old default';
  ASSERT total() = 6 AND ok('x') AND ok(1), 'the old functions';
END $$;
DELETE FROM items WHERE id = 3;
