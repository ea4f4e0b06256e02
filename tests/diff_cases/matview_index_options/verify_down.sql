DO $$ BEGIN ASSERT NOT EXISTS (SELECT FROM pg_class WHERE relname = 'mv'), 'mv'; END $$;
