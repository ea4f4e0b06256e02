DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(l::text, '-') || ':' || state || ':' || is_sad || ':' || coalesce(is_low::text, '-'), ',' ORDER BY id) FROM people)
    = '1:low:happy:false:true,2:high:sad:true:false,3:-:sad:true:-', 'rows after up';
END $$;
