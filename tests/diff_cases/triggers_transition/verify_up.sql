DELETE FROM audit;
INSERT INTO items VALUES (10, 'x'), (11, 'y');
UPDATE items SET name = name || '!' WHERE id < 10;
DELETE FROM items WHERE id >= 10;
SET CONSTRAINTS ALL IMMEDIATE;
DO $$ BEGIN
  ASSERT (SELECT string_agg(what || '=' || n, ',' ORDER BY what) FROM audit)
    = 'delete=2,insert=2,items_checked=1,items_checked=1,items_checked=1,items_replica=1,items_replica=1,items_replica=1,update=3',
    (SELECT string_agg(what || '=' || n, ',' ORDER BY what) FROM audit);
END $$;
UPDATE items SET name = rtrim(name, '!');
SET CONSTRAINTS ALL IMMEDIATE;
DELETE FROM audit;
