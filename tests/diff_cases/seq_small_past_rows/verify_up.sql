DO $$
BEGIN
	INSERT INTO t DEFAULT VALUES;
	ASSERT (SELECT max(id) FROM t) = 101, 'small_seq does not start past the rows';
	DELETE FROM t WHERE id = 101;
	ASSERT (SELECT count(*) FROM u) = 3;
END
$$;
