DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_constraint WHERE contype = 'c' AND conrelid = 'kept'::regclass) = 0, 'check left';
  ASSERT to_regclass('fresh') IS NULL, 'fresh left';
  ASSERT (SELECT string_agg(n::text, ',' ORDER BY n) FROM kept) = '5,50', 'rows after the down';
END $$;
