DO $$
BEGIN
	ASSERT (SELECT string_agg(items::text, ';' ORDER BY id) FROM items) = '(1,"{1,999}","{a,b}",a,{t1},1);(2,,,b,,)',
		(SELECT string_agg(items::text, ';' ORDER BY id) FROM items);
	ASSERT (SELECT count(*) FROM sales) = 2;
	BEGIN
		UPDATE items SET prices = '{5000}' WHERE id = 2;
		RAISE EXCEPTION 'price_cap not restored';
	EXCEPTION WHEN check_violation THEN NULL;
	END;
	INSERT INTO sales VALUES ('2024-03-01', 0);
	DELETE FROM sales WHERE q = 0;
END
$$;
