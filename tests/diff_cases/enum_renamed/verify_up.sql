DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || coalesce(ms::text, '-'), ',' ORDER BY id) FROM people)
    = '1happy{happy,sad},2meh-,3meh-', 'rows after up';
  ASSERT (SELECT pg_typeof(m)::text FROM people LIMIT 1) = 'mood', 'the column type';
  ASSERT (SELECT count(*) FROM happy_people) = 1, 'the view calling the function';
  ASSERT (SELECT best FROM moods LIMIT 1) = 'happy'::mood, 'the view casting';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'feeling'), 'the old name';
  ASSERT obj_description('mood'::regtype, 'pg_type') = 'How one feels', 'the comment';
END $$;
