DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || coalesce(ms::text, '-'), ',' ORDER BY id) FROM people)
    = '1happy{happy,sad},2sad-', 'rows after down';
  ASSERT (SELECT pg_typeof(m)::text FROM people LIMIT 1) = 'feeling', 'the column type';
  ASSERT (SELECT count(*) FROM pg_enum WHERE enumtypid = 'feeling'::regtype) = 2, 'the values';
  ASSERT (SELECT count(*) FROM moods) = 1, 'the view';
END $$;
