DO $$ BEGIN ASSERT (SELECT count(*) FROM m_names) = 1, 'm_names computed again'; END $$;
