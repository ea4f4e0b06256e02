DO $$ BEGIN
  DELETE FROM notes;
  UPDATE accounts SET name = 'c';
  UPDATE accounts SET qty = 3;
  ASSERT (SELECT count(*) FROM notes WHERE what = 'acc_upd') = 1, 'acc_upd';
  ASSERT (SELECT count(*) FROM notes WHERE what = 'acc_when') = 1, 'acc_when';
END $$;
