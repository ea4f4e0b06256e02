DO $$
BEGIN
	ASSERT (SELECT count(*) FROM tickets) = 2;
	INSERT INTO legacy (id) VALUES (10);
	INSERT INTO tickets (v) VALUES ('d');
	ASSERT (SELECT count(DISTINCT n) FROM legacy) = (SELECT count(*) FROM legacy);
	DELETE FROM legacy WHERE id = 10; DELETE FROM tickets WHERE v = 'd';
END
$$;
