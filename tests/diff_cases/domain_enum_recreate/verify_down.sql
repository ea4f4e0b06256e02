DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || s || ':' || live || ':' || coalesce(history::text, '-') || ':' || raw, ',' ORDER BY id) FROM tickets)
    = '1:waiting:open:{open,closed}:closed,2:open:waiting:-:open', 'rows after down';
  ASSERT (SELECT string_agg(enumlabel::text, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'status'::regtype) = 'open,waiting,closed,archived';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'legacy') = 'status';
END $$;
