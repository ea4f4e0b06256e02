DO $$ BEGIN
  ASSERT n_big() = 2, 'n_big reads the new view';
END $$;
