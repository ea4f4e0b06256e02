DO $$
BEGIN
	INSERT INTO purchases DEFAULT VALUES;
	ASSERT (SELECT number FROM purchases WHERE id = 3) = 102, 'the renamed sequence continues';
	INSERT INTO items (order_id) VALUES (3);
	ASSERT (SELECT count(*) FROM items) = 3, 'items continue'; -- cache 10: another session's value may be past 3
	ASSERT (SELECT count(*) FROM pg_depend WHERE objid = 'purchases_number_seq'::regclass AND refobjid = 'purchases'::regclass AND deptype = 'a') = 1;
END
$$;
