DO $$ BEGIN
  ASSERT n_big() = 1, 'n_big reads the old view';
  ASSERT n_wide() = 2 AND n_fresh() = 0, 'n_wide, n_fresh';
END $$;
