DO $$ BEGIN ASSERT next_no() >= 1 AND (SELECT prosqlbody IS NOT NULL FROM pg_proc WHERE proname = 'next_no'), 'next_no'; END $$;
