DO $$ BEGIN
  ASSERT n_big() = 1 AND top_a() = 7 AND n_named() = 4, 'the functions read the old views';
  ASSERT (SELECT count(*) FROM t) = 4, 'rows kept';
END $$;
