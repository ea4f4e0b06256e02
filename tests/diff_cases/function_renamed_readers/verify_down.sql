DO $$ BEGIN ASSERT (SELECT count(*) FROM m_items) = 1, 'the rows of m_items were computed again'; END $$;
INSERT INTO ve VALUES (5, 5); DELETE FROM items WHERE id = 5;
DO $$ BEGIN ASSERT (SELECT c FROM vc WHERE id = 1) = 4, (SELECT c FROM vc WHERE id = 1)::text; ASSERT (SELECT count(*) FROM log) = 1, (SELECT string_agg(what, ',') FROM log); END $$;
DELETE FROM log;
