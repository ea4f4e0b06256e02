DO $$
BEGIN
	-- A sequence's current value is data: no option change, rename or owner change resets it.
	ASSERT (SELECT last_value FROM plain) = 42, 'plain was reset';
	ASSERT (SELECT last_value FROM ranged) = 300, 'ranged was reset';
	ASSERT (SELECT last_value FROM new_name) = 100, 'new_name was reset';
	ASSERT (SELECT y FROM things WHERE id = 1) = 100;
	INSERT INTO things (id, x) VALUES (2, 6);
	ASSERT (SELECT y FROM things WHERE id = 2) = 101, 'the default reads the renamed sequence';
	ASSERT (SELECT z FROM things WHERE id = 2) IS NULL;
END
$$;
