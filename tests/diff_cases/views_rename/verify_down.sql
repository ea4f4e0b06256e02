DO $$ BEGIN
  ASSERT (SELECT count(*) FROM m_old) = 2, 'materialized rows kept';
  ASSERT (SELECT loud FROM v_reader WHERE id = 2) = 'B', 'reader';
END $$;
