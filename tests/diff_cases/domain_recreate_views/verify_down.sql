DO $$ BEGIN
  ASSERT (SELECT string_agg(id::text || ':' || zero, ',' ORDER BY id) FROM v_cast) = '1:0,2:0';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'integer';
END $$;
