INSERT INTO registry (name) VALUES ('x');
DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname IN ('target_id_seq', 'job_id_seq')) = 2,
    'the two sequences back';
  ASSERT pg_get_serial_sequence('registry', 'id') IS NULL, 'target_id_seq owned by nothing again';
END $$;
DELETE FROM registry WHERE name = 'x';
