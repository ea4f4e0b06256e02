DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(l::text, '-') || ':' || feeling || ':' || is_sad || ':' || coalesce(is_low::text, '-'), ',' ORDER BY id) FROM persons)
    = '1:low:happy:false:true,2:high:sad:true:false,3:-:sad:true:-', 'rows after down';
  ASSERT (SELECT pg_typeof(l)::text FROM persons LIMIT 1) = 'lvl';
END $$;
