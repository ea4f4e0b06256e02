DO $$
BEGIN
	ASSERT (SELECT string_agg(id || ':' || no, ',' ORDER BY id) FROM purchases) = '1:100,2:101';
	INSERT INTO bills (id) VALUES (2);
	ASSERT (SELECT number FROM bills WHERE id = 2) = 103, 'the sequence was reset';
	DELETE FROM bills WHERE id = 2;
	ASSERT (SELECT pg_get_serial_sequence('bills', 'number')) = 'public.doc_no_seq';
END
$$;
