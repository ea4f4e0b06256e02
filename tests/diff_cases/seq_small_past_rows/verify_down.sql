DO $$
BEGIN
	INSERT INTO u DEFAULT VALUES;
	ASSERT (SELECT max(id) FROM u) = 4, 'old_small does not start past the rows';
	DELETE FROM u WHERE id = 4;
END
$$;
