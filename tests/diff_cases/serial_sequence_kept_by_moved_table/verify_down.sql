INSERT INTO totp (secret) VALUES ('back');
INSERT INTO device (kid) VALUES ('back');
DO $$ BEGIN
  ASSERT pg_get_serial_sequence('totp', 'id') = 'public.totp_id_seq', 'totp''s serial has its sequence back';
  ASSERT pg_get_serial_sequence('device', 'id') = 'public.device_id_seq', 'device''s serial has its sequence back';
  ASSERT (SELECT id FROM totp WHERE secret = 'back') = 5, 'the sequence kept its value through up and down';
  ASSERT (SELECT count(*) FROM totp) = 4, 'the rows are kept';
END $$;
DELETE FROM totp WHERE secret = 'back';
DELETE FROM device WHERE kid = 'back';
