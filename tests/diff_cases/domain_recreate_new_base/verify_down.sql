DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || coalesce(tag, '-') || ':' || coalesce(p::text, '-'), ',' ORDER BY id) FROM items) = '1:5:a:3,2:0:-:-', 'rows after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'amount') = 'integer';
  ASSERT NOT EXISTS (SELECT FROM pg_type WHERE typname IN ('z_short', 'z_text', 'zcents', 'zz_base'));
END $$;
