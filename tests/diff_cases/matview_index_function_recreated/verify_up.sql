DO $$ BEGIN ASSERT (SELECT count(*) FROM m_names) = 1, 'm_names computed again'; ASSERT (SELECT g FROM v_hello WHERE id = 1) = 'hi A'; END $$;
