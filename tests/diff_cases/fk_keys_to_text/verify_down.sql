DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('folder'::regclass, 'document'::regclass)) = 3,
    'the three foreign keys back';
END $$;
