DO $$ BEGIN
  ASSERT label() = 'HAPPY' AND grade() = 'high', 'the functions after down';
  ASSERT (SELECT string_agg(id || m::text || l::text, ',' ORDER BY id) FROM t) = '1happyhigh,2mehlow', 'rows after down';
END $$;
