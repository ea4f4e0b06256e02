INSERT INTO people (id, m, t) VALUES (5, 'meh', 'happy');
DO $$ BEGIN
  ASSERT (SELECT m = 'happy' AND l = 'meh' FROM people WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 1 AND l = 'happy' FROM people WHERE id = 5), 'the trigger and label''s default';
  ASSERT (SELECT h FROM v_people WHERE id = 5) IS FALSE, 'the view and is_happy';
  ASSERT 'sad'::mood < 'meh'::mood, 'the old order';
END $$;
