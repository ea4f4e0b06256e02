DO $$
BEGIN
	INSERT INTO a (n) VALUES (4);
	ASSERT (SELECT id FROM a WHERE n = 4) = 8, 'shared continues after the down';
	ASSERT (SELECT max_value FROM pg_sequences WHERE sequencename = 'small') = 32767, 'small narrowed back';
	ASSERT (SELECT cycle FROM pg_sequences WHERE sequencename = 'cyc'), 'cycle back';
END
$$;
