DO $$ BEGIN ASSERT next_no() >= 1, 'next_no'; END $$;
