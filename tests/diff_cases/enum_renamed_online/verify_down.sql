DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || l::text, ',' ORDER BY id) FROM people)
    = '1happyhigh,2sadlow,3mehlow', 'rows after down';
  ASSERT (SELECT string_agg(pg_typeof(m)::text || pg_typeof(l)::text, ',') FROM people WHERE id = 1) = 'feelinglevel', 'the types';
  ASSERT 'sad'::feeling < 'meh'::feeling, 'the old order';
  ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 'people') = 4, 'the indexes';
END $$;
