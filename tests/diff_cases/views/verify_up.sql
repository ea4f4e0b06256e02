DO $$ BEGIN
  ASSERT (SELECT string_agg(loud, ',' ORDER BY id) FROM v_top) = 'ANN,BOB', 'v_top';
  ASSERT (SELECT string_agg(grade, ',' ORDER BY id) FROM v_new) = 'low,high', 'v_new';
  ASSERT (SELECT top FROM m_counts WHERE NOT active) = 20, 'm_counts recomputed';
  ASSERT (SELECT count(*) FROM m_names) = 2, 'm_names kept its rows';
  ASSERT pg_typeof((SELECT score FROM v_score LIMIT 1)) = 'bigint'::regtype, 'v_score';
END $$;
