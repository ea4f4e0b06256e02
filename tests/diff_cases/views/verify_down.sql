DO $$ BEGIN
  ASSERT (SELECT string_agg(loud, ',' ORDER BY id) FROM v_top) = 'ANN,BOB', 'v_top';
  ASSERT (SELECT sum(n) FROM m_counts) = 2, 'm_counts';
  ASSERT pg_typeof((SELECT score FROM v_score LIMIT 1)) = 'integer'::regtype, 'v_score';
END $$;
