INSERT INTO items (id, qty) VALUES (3, 4);
DO $$ BEGIN
  ASSERT (SELECT tag FROM items WHERE id = 3) = 'c1', 'new default';
  ASSERT (SELECT mark FROM items WHERE id = 3) IS NULL, 'default dropped';
  ASSERT pg_typeof(code(1)) = 'character varying'::regtype, 'code';
  ASSERT (SELECT count(*) FROM items WHERE tag = 'c0') = 2, 'rows kept';
END $$;
DELETE FROM items WHERE id = 3;
