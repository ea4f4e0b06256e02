INSERT INTO items (id, label) VALUES (3, 'c');
DO $$ BEGIN
  ASSERT (SELECT mark FROM items WHERE id = 3) = 7, 'the default back';
  ASSERT ok('x'), 'the old signature';
END $$;
DELETE FROM items WHERE id = 3;
