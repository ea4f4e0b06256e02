DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || display_name || ':' || code || ':' || score || ':' || doubled || ':' || coalesce(email, '-'), ',' ORDER BY id) FROM persons)
    = '1:Ada Lovelace:a1:10:20:ada@example.org,2:Alan Turing:b2:0:0:-', 'rows after down';
END $$;
