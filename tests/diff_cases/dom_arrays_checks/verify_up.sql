DO $$
BEGIN
	ASSERT (SELECT string_agg(items::text, ';' ORDER BY id) FROM items) = '(1,"{1,999}","{a,b}",a,{t1},1);(2,,,b,,)',
		(SELECT string_agg(items::text, ';' ORDER BY id) FROM items);
	ASSERT (SELECT count(*) FROM sales) = 2;
	INSERT INTO items (id) VALUES (3);
	ASSERT (SELECT c FROM items WHERE id = 3) = 'x';
	UPDATE items SET prices = '{5000}' WHERE id = 3; -- price_cap is gone
	BEGIN
		UPDATE items SET prices = '{-1}' WHERE id = 3;
		RAISE EXCEPTION 'amount_check missing';
	EXCEPTION WHEN check_violation THEN NULL;
	END;
	BEGIN
		UPDATE items SET codes = '{""}' WHERE id = 3;
		RAISE EXCEPTION 'code_check missing';
	EXCEPTION WHEN check_violation THEN NULL;
	END;
	BEGIN
		INSERT INTO sales VALUES ('2024-03-01', 0);
		RAISE EXCEPTION 'qty_check missing';
	EXCEPTION WHEN check_violation THEN NULL;
	END;
	DELETE FROM items WHERE id = 3;
END
$$;
