DO $$ BEGIN ASSERT (SELECT count(*) FROM m_items) = 1, 'the rows of m_items were computed again'; END $$;
INSERT INTO extra VALUES (1);
DO $$ BEGIN ASSERT (SELECT t FROM v_extra) = 6; ASSERT total() = 3; ASSERT extra_count() = 1; END $$;
DELETE FROM extra;
