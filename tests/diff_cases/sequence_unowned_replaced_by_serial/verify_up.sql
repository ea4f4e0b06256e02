INSERT INTO target (name) VALUES ('c');
INSERT INTO job (state) VALUES ('next');
DO $$ BEGIN
  ASSERT pg_get_serial_sequence('target', 'id') = 'public.target_id_seq', 'target''s serial has the name serial gives';
  ASSERT pg_get_serial_sequence('job', 'id') = 'public.job_id_seq', 'job''s serial has the name serial gives';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND (relname LIKE 'target\_id\_seq%' OR relname LIKE 'job\_id\_seq%')) = 2,
    'no sequence left beside them';
END $$;
DELETE FROM target;
DELETE FROM job;
