DO $$
BEGIN
	INSERT INTO purchases DEFAULT VALUES;
	ASSERT (SELECT number FROM purchases WHERE id = 3) = 102, 'the renamed sequence continues';
	INSERT INTO items (order_id) VALUES (3);
	ASSERT (SELECT max(id) FROM items) = 3, 'items continue';
	ASSERT (SELECT count(*) FROM pg_depend WHERE objid = 'purchases_number_seq'::regclass AND refobjid = 'purchases'::regclass AND deptype = 'a') = 1;
END
$$;
