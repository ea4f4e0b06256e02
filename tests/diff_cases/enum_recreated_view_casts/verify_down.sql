DO $$ BEGIN
  ASSERT (SELECT n FROM happy_count) = 1, 'the views after down';
END $$;
