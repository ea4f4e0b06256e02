DO $$ BEGIN
  ASSERT (SELECT total FROM v_total) = 12, 'v_total after down';
  ASSERT (SELECT string_agg(id || ':' || n || ':' || m, ',' ORDER BY id) FROM stock) = '1:5:2,2:1:1', 'stock after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'integer';
END $$;
