DO $$
BEGIN
	INSERT INTO orders (id) VALUES (10);
	ASSERT (SELECT s1 = 'new' AND s2 = 'col' AND q1 = 0 AND q2 = 5 FROM orders WHERE id = 10), 'defaults after down';
	DELETE FROM orders WHERE id = 10;
END
$$;
