DO $$ BEGIN
  ASSERT (SELECT account_id FROM invoice WHERE id = 10) = '7', 'the reference kept as text';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname IN ('account_id_seq', 'invoice_id_seq')) = 0,
    'the serials'' sequences gone';
END $$;
