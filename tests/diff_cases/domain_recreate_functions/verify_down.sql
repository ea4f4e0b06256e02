DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || n2, ',' ORDER BY id) FROM v_twice) = '1:10,2:2', 'v_twice after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'integer';
END $$;
