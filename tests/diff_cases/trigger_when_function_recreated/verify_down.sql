UPDATE items SET n = 20; DO $$ BEGIN ASSERT (SELECT count(*) FROM log) = 1; END $$; DELETE FROM log; UPDATE items SET n = 1; DELETE FROM log;
