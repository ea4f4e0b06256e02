INSERT INTO people (id, m, t) VALUES (3, 'sad', 'happy');
DO $$ BEGIN
  ASSERT (SELECT n = 1 FROM people WHERE id = 3), 'the trigger';
  ASSERT is_happy('happy') AND NOT is_happy('sad'), 'is_happy';
  ASSERT (SELECT count(*) = 2 FROM pg_enum WHERE enumtypid = 'mood'::regtype), 'the values';
  BEGIN
    PERFORM 'sad'::label;
    RAISE EXCEPTION 'label_ok let sad in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
