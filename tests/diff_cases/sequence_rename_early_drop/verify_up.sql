DO $$ BEGIN
  ASSERT (SELECT code FROM t WHERE id = 1) = 7;
  ASSERT (SELECT string_agg(id::text, ',') FROM a) = '5';
END $$;
