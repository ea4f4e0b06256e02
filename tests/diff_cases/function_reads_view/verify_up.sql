DO $$ BEGIN
  ASSERT n_big() = 1 AND top_a() = 3 AND n_named() = 4 AND n_new() = 1, 'the functions read the new views';
  ASSERT (SELECT count(*) FROM t) = 4, 'rows kept';
END $$;
