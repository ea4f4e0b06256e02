DO $$
BEGIN
	ASSERT (SELECT last_value FROM shared2) = 3, 'shared was reset';
	INSERT INTO a (n) VALUES (3);
	INSERT INTO b (m) VALUES (3);
	ASSERT (SELECT max(id) FROM a) = 5 AND (SELECT max(id) FROM b) = 7, 'both defaults read the renamed sequence';
	ASSERT (SELECT q FROM a WHERE n = 3) = 5, 'Seq continues';
	ASSERT (SELECT max_value FROM pg_sequences WHERE sequencename = 'small') = 2147483647, 'small widened';
	ASSERT (SELECT max_value FROM pg_sequences WHERE sequencename = 'big_at_int') = 2147483647;
	ASSERT (SELECT min_value FROM pg_sequences WHERE sequencename = 'desc_s') = -9223372036854775808, 'desc_s widened';
	ASSERT (SELECT d.refobjsubid FROM pg_depend d WHERE d.objid = 'owned_a'::regclass AND d.deptype = 'a') = 2;
	ASSERT (SELECT d.refobjid FROM pg_depend d WHERE d.objid = 'owned_a'::regclass AND d.deptype = 'a') = 'b'::regclass;
END
$$;
