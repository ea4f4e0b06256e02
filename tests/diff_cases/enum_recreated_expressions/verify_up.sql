DO $$ BEGIN
  ASSERT (SELECT string_agg(id || s || m::text || g::text || d || l::text || gl::text || dl, ',' ORDER BY id) FROM t)
    = '1happyhappytruemehhightruelow,2sadsadfalsemehlowfalselow', 'rows after up';
  ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 't') = 3, 'the indexes';
END $$;
