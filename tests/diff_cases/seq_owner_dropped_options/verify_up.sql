DO $$
BEGIN
	ASSERT (SELECT count(*) FROM tickets) = 2;
	ASSERT (SELECT increment_by FROM pg_sequences WHERE sequencename = 'ticket_seq') = 5;
	INSERT INTO tickets (v) VALUES ('c');
	ASSERT (SELECT max(id) FROM tickets) > 5, 'the sequence was reset';
	DELETE FROM tickets WHERE v = 'c';
END
$$;
