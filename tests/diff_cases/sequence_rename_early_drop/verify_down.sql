DO $$ BEGIN
  ASSERT (SELECT code2 FROM t WHERE id = 1) = 7;
  ASSERT (SELECT string_agg(id::text, ',') FROM b) = '5';
  INSERT INTO a DEFAULT VALUES;
  ASSERT (SELECT count(*) FROM a) = 1;
END $$;
