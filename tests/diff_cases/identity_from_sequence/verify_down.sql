DO $$ BEGIN
  ASSERT pg_get_serial_sequence('config', 'id') IS NULL, 'the standalone sequence again, owned by nobody';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname IN ('config_id_seq', 'shared_seq')) = 2,
    'both sequences back';
END $$;
INSERT INTO config (v) VALUES ('d');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM config) = 4, 'the sequence back past the rows';
END $$;
DELETE FROM config WHERE id = 4;
