DO $$ BEGIN ASSERT (SELECT count(*) FROM m_items) = 1, 'the rows of m_items were computed again'; END $$;
INSERT INTO ve VALUES (5, 5); UPDATE items SET n = 2 WHERE id = 1; DELETE FROM items WHERE id = 5;
DO $$ BEGIN ASSERT (SELECT c FROM vc WHERE id = 1) = 32; ASSERT (SELECT count(*) FROM log) = 3, (SELECT string_agg(what, ',') FROM log); END $$;
UPDATE items SET n = 1; DELETE FROM log;
