DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(l::text, '-') || ':' || state, ',' ORDER BY id) FROM people)
    = '1:low:happy,2:high:sad,3:-:sad', 'rows after up';
END $$;
