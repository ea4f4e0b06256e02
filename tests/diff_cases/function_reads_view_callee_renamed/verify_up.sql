DO $$ BEGIN ASSERT total() = 1 AND base2() = 7, 'up'; END $$;
