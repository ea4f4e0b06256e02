DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || s || ':' || live || ':' || coalesce(history::text, '-') || ':' || raw, ',' ORDER BY id) FROM tickets)
    = '1:waiting:open:{open,closed}:closed,2:open:waiting:-:open', 'rows after up';
  ASSERT (SELECT string_agg(enumlabel::text, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'status'::regtype) = 'open,closed,waiting';
  ASSERT (SELECT pg_typeof(live)::text FROM tickets LIMIT 1) = 'live_state';
  ASSERT NOT EXISTS (SELECT FROM pg_type WHERE typname = 'legacy');
  INSERT INTO tickets (id, s) VALUES (3, 'closed');
  ASSERT (SELECT live::text FROM tickets WHERE id = 3) = 'waiting';
  DELETE FROM tickets WHERE id = 3;
END $$;
