DO $$ BEGIN
  ASSERT label() = 'HAPPY' AND grade() = 'high', 'the functions after up';
  ASSERT (SELECT string_agg(id || m::text || l::text, ',' ORDER BY id) FROM t) = '1happyhigh,2mehlow', 'rows after up';
END $$;
