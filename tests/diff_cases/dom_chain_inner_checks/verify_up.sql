DO $$
BEGIN
	ASSERT (SELECT string_agg(id || ':' || p, ',' ORDER BY id) FROM items) = '1:5,2:0';
	BEGIN
		INSERT INTO items VALUES (3, -1);
		RAISE EXCEPTION 'amount_check does not hold for price';
	EXCEPTION WHEN check_violation THEN NULL;
	END;
END
$$;
