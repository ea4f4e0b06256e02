DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || full_name || ':' || tag || ':' || points || ':' || doubled || ':' || coalesce(mail, '-'), ',' ORDER BY id) FROM people)
    = '1:Ada Lovelace:a1:10:20:ada@example.org,2:Alan Turing:b2:0:0:-', 'rows after up';
END $$;
