INSERT INTO registry (name) VALUES ('x');
INSERT INTO schedule_job (state) VALUES ('new');
DO $$ BEGIN
  ASSERT pg_get_serial_sequence('registry', 'id') = 'public.target_id_seq', 'the sequence owned by registry.id';
  ASSERT pg_get_serial_sequence('schedule_job', 'id') = 'public.job_id_seq', 'the sequence owned by schedule_job.id';
END $$;
DELETE FROM registry;
DELETE FROM schedule_job;
