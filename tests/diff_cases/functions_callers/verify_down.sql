INSERT INTO items (id, qty) VALUES (3, 4);
DO $$ BEGIN
  ASSERT (SELECT tag FROM items WHERE id = 3) = 'c0', 'old default';
  ASSERT (SELECT mark FROM items WHERE id = 3) = 7, 'stamp default';
  ASSERT pg_typeof(code(1)) = 'text'::regtype, 'code';
END $$;
DELETE FROM items WHERE id = 3;
