DO $$ BEGIN
  ASSERT (SELECT count(*) FROM m_new) = 2, 'materialized rows kept (not recomputed)';
  ASSERT (SELECT loud FROM v_reader WHERE id = 1) = 'A', 'reader';
END $$;
