DO $$
BEGIN
	ASSERT (SELECT c FROM items WHERE id = 1) = 'abc', 'rows kept';
	INSERT INTO items (id, c, k) VALUES (3, 'z', 9);
	ASSERT (SELECT l1 || '/' || l2 FROM items WHERE id = 3) = 'dom/col', 'defaults back';
END
$$;
