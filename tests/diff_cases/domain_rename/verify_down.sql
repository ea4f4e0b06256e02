DO $$ BEGIN
  ASSERT (SELECT m || ms::text FROM people) = 'a@b{x@y}', 'rows after down';
  ASSERT (SELECT pg_typeof(m)::text FROM people) = 'mail';
END $$;
