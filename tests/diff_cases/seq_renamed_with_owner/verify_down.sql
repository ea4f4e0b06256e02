DO $$
BEGIN
	INSERT INTO orders DEFAULT VALUES;
	ASSERT (SELECT no FROM orders WHERE id = 4) = 103, 'the sequence continues after the down';
	INSERT INTO lines (order_id) VALUES (4);
	ASSERT (SELECT count(*) FROM lines) = 4;
END
$$;
