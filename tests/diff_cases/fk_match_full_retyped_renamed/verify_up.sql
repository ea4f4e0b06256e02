DO $$
BEGIN
	ASSERT (SELECT count(*) FROM child) = 2 AND (SELECT count(*) FROM other) = 2;
	ASSERT (SELECT confmatchtype FROM pg_constraint WHERE conname = 'child_p_fk') = 'f';
	ASSERT (SELECT confmatchtype FROM pg_constraint WHERE conname = 'other_x_fk') = 's';
	INSERT INTO other VALUES (3, 7, NULL); -- MATCH SIMPLE now
	BEGIN
		INSERT INTO child VALUES (3, 7, NULL);
		RAISE EXCEPTION 'MATCH FULL let a partly NULL key in';
	EXCEPTION WHEN foreign_key_violation THEN NULL;
	END;
	DELETE FROM other WHERE id = 3;
END
$$;
