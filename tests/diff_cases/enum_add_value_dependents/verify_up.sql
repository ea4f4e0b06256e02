DO $$ BEGIN
  ASSERT (SELECT n = 1 FROM people WHERE id = 1), 'the rows kept';
  ASSERT is_happy('happy') AND NOT is_happy('meh'), 'is_happy';
END $$;
