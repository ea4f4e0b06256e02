DO $$
BEGIN
	ASSERT (SELECT count(*) FROM child) = 2 AND (SELECT count(*) FROM other) = 2;
	ASSERT (SELECT confmatchtype FROM pg_constraint WHERE conname = 'child_p_fk') = 's';
	ASSERT (SELECT confmatchtype FROM pg_constraint WHERE conname = 'other_x_fk') = 'f';
END
$$;
