DO $$ BEGIN
  ASSERT pg_get_serial_sequence('config', 'id') = 'public.config_id_seq', 'the identity takes the old sequence''s name';
  ASSERT pg_get_serial_sequence('other', 'id') = 'public.other_id_seq', 'other''s identity sequence';
  ASSERT (SELECT count(*) FROM pg_class WHERE relkind = 'S' AND relname IN ('config_id_seq1', 'shared_seq')) = 0,
    'no sequence left behind';
END $$;
INSERT INTO config (v) VALUES ('d');
INSERT INTO other (v) VALUES ('b');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM config) = 4 AND (SELECT max(id) FROM other) = 2, 'identities past the rows';
END $$;
DELETE FROM config WHERE id = 4;
DELETE FROM other WHERE id = 2;
