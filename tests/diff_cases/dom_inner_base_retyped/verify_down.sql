DO $$
BEGIN
	ASSERT (SELECT string_agg(id || ':' || coalesce(p::text, '-') || ':' || coalesce(ps::text, '-') || ':' || a, ',' ORDER BY id) FROM items)
		= '1:5:{1,2}:3,2:-:-:0,3:1:-:9', (SELECT string_agg(items::text, ',') FROM items);
END
$$;
