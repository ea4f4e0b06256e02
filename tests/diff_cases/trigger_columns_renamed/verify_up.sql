DO $$ BEGIN
  UPDATE accounts SET label = 'b';
  UPDATE accounts SET amount = 2;
  ASSERT (SELECT count(*) FROM notes WHERE what = 'acc_upd') = 1, 'acc_upd';
  ASSERT (SELECT count(*) FROM notes WHERE what = 'acc_when') = 1, 'acc_when';
END $$;
