DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname IN ('webhook_id_seq', 'hook_log_id_seq')) = 0,
    'the serials'' sequences gone';
END $$;
