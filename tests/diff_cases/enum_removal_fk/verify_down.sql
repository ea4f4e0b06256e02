DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(region::text, '-'), ',' ORDER BY id) FROM offices) = '1:eu,2:us,3:-';
END $$;
