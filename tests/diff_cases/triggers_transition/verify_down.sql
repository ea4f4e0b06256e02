DELETE FROM audit;
INSERT INTO items VALUES (10, 'x'), (11, 'y');
UPDATE items SET name = name || '!' WHERE id < 10;
DELETE FROM items WHERE id >= 10;
DO $$ BEGIN
  ASSERT (SELECT string_agg(what || '=' || n, ',' ORDER BY what) FROM audit)
    = 'insert=2,items_always=1,items_always=1,items_checked=1,items_checked=1,items_checked=1,items_deleted=1',
    (SELECT string_agg(what || '=' || n, ',' ORDER BY what) FROM audit);
END $$;
UPDATE items SET name = rtrim(name, '!');
DELETE FROM audit;
