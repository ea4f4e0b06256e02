DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(l::text, '-') || ':' || feeling, ',' ORDER BY id) FROM persons)
    = '1:low:happy,2:high:sad,3:-:sad', 'rows after down';
  ASSERT (SELECT pg_typeof(l)::text FROM persons LIMIT 1) = 'lvl';
END $$;
