DO $$ BEGIN
  ASSERT (SELECT string_agg(id || m::text || coalesce(ms::text, '-'), ',' ORDER BY id) FROM people)
    = '1happy{happy,sad},2sad-', 'rows after up';
  ASSERT (SELECT pg_typeof(m)::text FROM people LIMIT 1) = 'mood', 'the column type';
  ASSERT 'meh'::mood < 'sad'::mood, 'the new order';
  ASSERT (SELECT count(*) FROM moods) = 1, 'the view';
END $$;
