DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(t, '-') || ':' || coalesce(n, '-'), ',' ORDER BY id) FROM docs) = '1:b:x,2:-:-', 'rows after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'title') = 'label';
  ASSERT (SELECT typcollation FROM pg_type WHERE typname = 'title') = (SELECT typcollation FROM pg_type WHERE typname = 'text');
END $$;
