DELETE FROM notes;
INSERT INTO accounts VALUES (10, 'x');
INSERT INTO users VALUES (10, 'y');
INSERT INTO v_accounts VALUES (11, 'z');
INSERT INTO v_notes VALUES ('w');
DO $$ BEGIN
  ASSERT (SELECT string_agg(what, ',' ORDER BY what) FROM notes WHERE what <> 'w')
    = 'accounts_changed,accounts_check,accounts_kept,accounts_note,old accounts_swap,users_kept,users_note,'
      'v_accounts_insert,v_notes_insert',
    (SELECT string_agg(what, ',' ORDER BY what) FROM notes);
  ASSERT (SELECT string_agg(c.relname || '.' || t.tgname, ',' ORDER BY c.relname, t.tgname) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal)
    = 'accounts.accounts_changed,accounts.accounts_check,accounts.accounts_kept,accounts.accounts_note,'
      'accounts.accounts_quiet,accounts.accounts_swap,users.users_kept,users.users_note,'
      'v_accounts.v_accounts_insert,v_notes.v_notes_insert',
    'the triggers';
  ASSERT (SELECT string_agg(conname, ',') FROM pg_constraint WHERE contype = 't') = 'accounts_check',
    'the constraint trigger under its old name';
  ASSERT (SELECT tgenabled FROM pg_trigger WHERE tgname = 'accounts_quiet') = 'D', 'disabled again';
END $$;
DELETE FROM accounts WHERE id >= 10;
DELETE FROM users WHERE id >= 10;
DELETE FROM notes;
