DO $$ BEGIN ASSERT (SELECT count(*) FROM mv) = 2, 'mv'; END $$;
