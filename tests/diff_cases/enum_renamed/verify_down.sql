DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || coalesce(ms::text, '-'), ',' ORDER BY id) FROM people)
    = '1happy{happy,sad},2meh-,3meh-', 'rows after down';
  ASSERT (SELECT pg_typeof(m)::text FROM people LIMIT 1) = 'feeling', 'the column type';
  ASSERT (SELECT count(*) FROM happy_people) = 1, 'the view calling the function';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'mood'), 'the new name';
END $$;
