DO $$ BEGIN
  ASSERT (SELECT count(*) FROM t) = 2, 'rows kept';
  ASSERT limit_of() = 9, 'limit_of reads limits again';
  ASSERT (SELECT string_agg(u::text, ',' ORDER BY id) FROM t) = '6,6', 'the filled values stay';
END $$;
