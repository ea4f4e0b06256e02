INSERT INTO items VALUES (2, 0); DO $$ BEGIN ASSERT (SELECT count(*) FROM log) = 1, (SELECT string_agg(what, ',') FROM log); END $$; DELETE FROM items WHERE id = 2; DELETE FROM log;
