INSERT INTO _bkp_totp (secret) VALUES ('moved');
INSERT INTO totp (secret) VALUES ('new');
INSERT INTO _bkp_device (kid) VALUES ('moved');
INSERT INTO device (kid) VALUES ('new');
DO $$ BEGIN
  ASSERT (SELECT id FROM _bkp_totp WHERE secret = 'moved') = 4, 'the kept sequence continues past the old rows';
  ASSERT (SELECT id FROM totp WHERE secret = 'new') = 4, 'the new sequence starts past the rows the table kept';
  ASSERT (SELECT id FROM _bkp_device WHERE kid = 'moved') = 3, 'the kept bigserial sequence continues';
  ASSERT pg_get_serial_sequence('_bkp_totp', 'id') = 'public.totp_id_seq', 'handed over to _bkp_totp.id';
  ASSERT pg_get_serial_sequence('totp', 'id') = 'public.totp_id_seq1', 'totp.id owns its new sequence';
  ASSERT pg_get_serial_sequence('_bkp_device', 'id') = 'public.device_id_seq', 'handed over to _bkp_device.id';
END $$;
DELETE FROM _bkp_totp;
DELETE FROM totp WHERE secret = 'new';
DELETE FROM _bkp_device;
DELETE FROM device WHERE kid = 'new';
