DO $$ BEGIN
  ASSERT (SELECT count(*) = 1 FROM people WHERE is_happy(m)), 'is_happy';
  ASSERT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'people_happy'), 'the index';
  ASSERT 'sad'::mood < 'meh'::mood, 'the old order';
END $$;
