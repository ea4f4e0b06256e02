DO $$ BEGIN ASSERT total() = 1 AND base() = 7, 'down'; END $$;
