DELETE FROM notes;
INSERT INTO accounts VALUES (10, 'x');
INSERT INTO members VALUES (10, 'y');
INSERT INTO v_acc VALUES (11, 'z');
INSERT INTO v_notes VALUES ('w');
DO $$ BEGIN
  ASSERT (SELECT string_agg(what, ',' ORDER BY what) FROM notes WHERE what <> 'w')
    = 'acc_changed,acc_check,acc_note,acc_quiet,accounts_kept,members_note,new acc_swap,users_kept,v_acc_insert,v_notes_ins',
    (SELECT string_agg(what, ',' ORDER BY what) FROM notes);
  ASSERT (SELECT string_agg(c.relname || '.' || t.tgname, ',' ORDER BY c.relname, t.tgname) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid WHERE NOT t.tgisinternal)
    = 'accounts.acc_changed,accounts.acc_check,accounts.acc_note,accounts.acc_quiet,accounts.acc_swap,'
      'accounts.accounts_kept,members.members_note,members.users_kept,v_acc.v_acc_insert,v_notes.v_notes_ins',
    'the triggers';
  ASSERT (SELECT string_agg(conname, ',') FROM pg_constraint WHERE contype = 't') = 'acc_check',
    'a constraint trigger renamed has its constraint renamed too';
END $$;
DELETE FROM accounts WHERE id >= 10;
DELETE FROM members WHERE id >= 10;
DELETE FROM notes;
