DO $$ BEGIN ASSERT total() = 1 AND pg_typeof(base2()) = 'bigint'::regtype, 'up'; END $$;
