DO $$
BEGIN
	ASSERT (SELECT string_agg(id || ':' || coalesce(p::text, '-') || ':' || coalesce(ps::text, '-') || ':' || a, ',' ORDER BY id) FROM items)
		= '1:5:{1,2}:3,2:-:-:0,3:1:-:9', (SELECT string_agg(items::text, ',') FROM items);
	INSERT INTO items (id, p, a) VALUES (4, 4000000000, 3000000000);
	INSERT INTO items (id, a) VALUES (5, 1);
	ASSERT (SELECT p FROM items WHERE id = 5) = 2;
	DELETE FROM items WHERE id IN (4, 5);
	ASSERT (SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'ps') = 'price[]';
END
$$;
