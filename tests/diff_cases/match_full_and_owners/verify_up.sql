DO $$
BEGIN
	ASSERT (SELECT last_value FROM counter) = 50, 'the sequence outlives the table that owned it';
	BEGIN
		INSERT INTO child VALUES (3, 1, NULL, NULL);
		RAISE EXCEPTION 'MATCH FULL accepted a half-null key';
	EXCEPTION WHEN foreign_key_violation THEN
		NULL;
	END;
END
$$;
