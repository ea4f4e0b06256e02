DO $$
BEGIN
	ASSERT (SELECT last_value FROM plain) = 42, 'plain was reset';
	ASSERT (SELECT last_value FROM ranged) = 300, 'ranged was reset';
	ASSERT (SELECT last_value FROM old_name) = 101, 'old_name was reset';
	INSERT INTO things (id, x) VALUES (3, 7);
	ASSERT (SELECT y FROM things WHERE id = 3) = 102, 'the default reads the sequence by its old name';
	ASSERT (SELECT z FROM things WHERE id = 3) = 2, 'the dropped sequence comes back past the values its column holds';
END
$$;
