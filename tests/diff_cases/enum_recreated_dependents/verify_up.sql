INSERT INTO people (id, m, t) VALUES (3, 'meh', 'happy');
DO $$ BEGIN
  ASSERT (SELECT m = 'happy' AND n = 1 AND l = 'meh' FROM people WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 1 AND l = 'happy' FROM people WHERE id = 3), 'the trigger and label''s default';
  ASSERT (SELECT h FROM v_people WHERE id = 1) AND NOT (SELECT h FROM v_people WHERE id = 2), 'the view and is_happy';
  ASSERT 'meh'::mood < 'sad'::mood, 'the new order';
  BEGIN
    INSERT INTO people (id, l) VALUES (4, 'sad');
    RAISE EXCEPTION 'label_ok let sad in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
