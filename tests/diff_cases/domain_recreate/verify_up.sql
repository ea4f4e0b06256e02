DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || n || ':' || coalesce(history::text, '-') || ':' || label, ',' ORDER BY id) FROM stock)
    = '1:5:{1,2}:b,2:0:-:A', 'rows after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'bigint';
  ASSERT (SELECT pg_typeof(n)::text FROM stock LIMIT 1) = 'qty';
END $$;
