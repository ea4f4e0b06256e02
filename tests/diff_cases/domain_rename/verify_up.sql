DO $$ BEGIN
  ASSERT (SELECT m || ms::text FROM people) = 'a@b{x@y}', 'rows after up';
  ASSERT (SELECT pg_typeof(m)::text FROM people) = 'email';
END $$;
