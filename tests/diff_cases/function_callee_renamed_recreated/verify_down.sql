DO $$ BEGIN ASSERT total() = 1 AND pg_typeof(base()) = 'integer'::regtype, 'down'; END $$;
