DO $$
BEGIN
	INSERT INTO items VALUES (3, -1);
	DELETE FROM items WHERE id = 3;
END
$$;
