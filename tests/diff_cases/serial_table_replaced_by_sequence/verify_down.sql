INSERT INTO target (name) VALUES ('c');
INSERT INTO job (state) VALUES ('next');
DO $$ BEGIN
  ASSERT pg_get_serial_sequence('target', 'id') = 'public.target_id_seq', 'target''s serial has its sequence';
  ASSERT pg_get_serial_sequence('job', 'id') = 'public.job_id_seq', 'job''s serial has its sequence';
END $$;
DELETE FROM target WHERE name = 'c';
DELETE FROM job WHERE state = 'next';
