INSERT INTO account (name) VALUES ('d');
INSERT INTO invoice (account_id) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT id FROM account WHERE name = 'd') = 8, 'the new key past the old ones';
  ASSERT (SELECT max(id) FROM invoice) = 13, 'the new invoice key past the old ones';
  ASSERT pg_get_serial_sequence('account', 'id') = 'public.account_id_seq', 'account''s serial has its sequence';
END $$;
DELETE FROM invoice WHERE id = 13;
DELETE FROM account WHERE name = 'd';
