DO $$ BEGIN
  ASSERT n_big() = 1, 'n_big reads the old view';
END $$;
