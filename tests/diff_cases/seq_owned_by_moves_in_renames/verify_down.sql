DO $$
BEGIN
	ASSERT (SELECT string_agg(id || ':' || no, ',' ORDER BY id) FROM orders) = '1:100,2:101';
	ASSERT (SELECT pg_get_serial_sequence('orders', 'no')) = 'public.no_seq';
	ASSERT (SELECT count(*) FROM invoices) = 1;
END
$$;
