DO $$ BEGIN
  ASSERT (SELECT string_agg(id::text, ',') FROM v_top) = '1';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'bigint';
END $$;
