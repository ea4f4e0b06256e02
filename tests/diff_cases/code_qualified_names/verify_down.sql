DO $$ BEGIN ASSERT (SELECT count(*) FROM m_items) = 1, 'the rows of m_items were computed again'; ASSERT total() = 3; END $$;
