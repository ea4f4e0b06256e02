DO $$ BEGIN
  ASSERT pg_get_serial_sequence('account', 'id') IS NULL, 'the sequence owned by nothing again';
  ASSERT (SELECT seqincrement FROM pg_sequence WHERE seqrelid = 'log_counter'::regclass) = 5, 'log_counter by 5 again';
END $$;
INSERT INTO account (v) VALUES ('e');
DO $$ BEGIN
  ASSERT (SELECT max(id) FROM account) = 5, 'the sequence kept its value';
END $$;
DELETE FROM account WHERE id = 5;
