DO $$ BEGIN
  ASSERT n_big() = 2, 'n_big reads the new view';
  ASSERT n_wide() = 2 AND n_fresh() = 0, 'n_wide, n_fresh';
END $$;
