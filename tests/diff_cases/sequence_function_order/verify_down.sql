DO $$ BEGIN
  ASSERT (SELECT string_agg(id::text, ',' ORDER BY id) FROM tickets) = '1,2', 'rows after down';
  ASSERT NOT EXISTS (SELECT FROM pg_class WHERE relname = 'ticket_no');
END $$;
