DO $$
BEGIN
	INSERT INTO orders (id) VALUES (10);
	ASSERT (SELECT s1 = 'c1' AND s2 = 'open' AND q1 = 7 AND q2 IS NULL FROM orders WHERE id = 10), 'defaults after up';
	DELETE FROM orders WHERE id = 10;
END
$$;
