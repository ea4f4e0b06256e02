DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || coalesce(ms::text, '-'), ',' ORDER BY id) FROM people)
    = '1happy{happy,sad},2sad{meh},3meh-', 'rows after down';
  ASSERT (SELECT pg_typeof(m)::text FROM people LIMIT 1) = 'feeling', 'the column type';
  ASSERT 'sad'::feeling < 'meh'::feeling, 'the old order';
  ASSERT (SELECT count(*) FROM pg_enum WHERE enumtypid = 'feeling'::regtype) = 4, 'the values';
  ASSERT (SELECT count(*) FROM happy_people) = 1, 'the view calling the function';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname IN ('mood', 'feeling__old', 'mood__old')), 'the new types';
END $$;
