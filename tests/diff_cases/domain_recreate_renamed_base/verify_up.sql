DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(t, '-') || ':' || coalesce(n, '-'), ',' ORDER BY id) FROM docs) = '1:b:x,2:-:-', 'rows after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'title') = 'caption';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'note') = 'caption';
  ASSERT NOT EXISTS (SELECT FROM pg_type WHERE typname = 'label');
END $$;
