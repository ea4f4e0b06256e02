DO $$
BEGIN
	INSERT INTO child VALUES (3, 5, NULL); -- MATCH SIMPLE: a partly NULL key is not checked
	BEGIN
		INSERT INTO other VALUES (3, 5, NULL);
		RAISE EXCEPTION 'MATCH FULL let a partly NULL key in';
	EXCEPTION WHEN foreign_key_violation THEN NULL;
	END;
	DELETE FROM child WHERE id = 3;
END
$$;
