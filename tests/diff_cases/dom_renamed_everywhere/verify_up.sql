DO $$
BEGIN
	ASSERT (SELECT sc FROM v_items WHERE id = 1) = 'b';
	INSERT INTO items (id, s) VALUES (2, 'c');
	ASSERT (SELECT pg_typeof(c)::text FROM items WHERE id = 2) = 'label';
END
$$;
