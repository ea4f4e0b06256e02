DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN ('folder'::regclass, 'document'::regclass)) = 3,
    'the three foreign keys back';
  ASSERT (SELECT folder_id FROM document WHERE id = 1) = '2', 'the reference kept as text';
END $$;
