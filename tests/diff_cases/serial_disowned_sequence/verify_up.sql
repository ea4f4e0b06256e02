DO $$ BEGIN
  ASSERT pg_get_serial_sequence('account', 'id') = 'public.account_id_seq', 'account.id owns its sequence again';
  ASSERT pg_get_serial_sequence('log', 'id') = 'public.log_counter', 'log.id owns its sequence';
END $$;
INSERT INTO account (v) VALUES ('d');
INSERT INTO log (v) VALUES ('c');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM account) = 4, 'the sequence kept its value';
  ASSERT (SELECT max(id) FROM log) = 16, 'the sequence kept its value (next by 1 now)';
END $$;
DELETE FROM account WHERE id = 4;
DELETE FROM log WHERE id = 16;
