DO $$ BEGIN
  ASSERT (SELECT count(*) FROM t) = 2, 'rows kept';
  ASSERT limit_of() = 9, 'limit_of reads limits again';
END $$;
