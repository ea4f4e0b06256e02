INSERT INTO items (id, label) VALUES (3, 'c');
DO $$ BEGIN
  ASSERT (SELECT mark FROM items WHERE id = 3) = 7, 'the renamed default';
  ASSERT (SELECT count(*) FROM items WHERE mark = 7) = 3, 'rows kept';
  ASSERT ok('x', 1), 'the new signature';
END $$;
DELETE FROM items WHERE id = 3;
