DO $$ BEGIN
  ASSERT (SELECT m::text || n::text || ms::text FROM t WHERE id = 1) = 'okhappy{ok,happy}', 'values kept';
  ASSERT (SELECT count(*) FROM t WHERE m::text = 'happy' AND n IS NULL) = 1, 'rows kept';
  ASSERT (SELECT typbasetype::regtype::text FROM pg_type WHERE typname = 'dn') = 'mood', 'the new base';
END $$;
