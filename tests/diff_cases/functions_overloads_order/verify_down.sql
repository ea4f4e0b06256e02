DO $$ BEGIN
  ASSERT (SELECT count(*) FROM pg_proc WHERE proname IN ('score', 'grade', 'pick')) = 0, 'the functions are gone';
  ASSERT (SELECT count(*) FROM t) = 2, 'rows kept';
END $$;
