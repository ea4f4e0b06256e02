DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(email, '-'), ',' ORDER BY id) FROM accounts) = '1:x@y.z,2:-', 'rows after down';
  ASSERT (SELECT pg_typeof(email)::text FROM accounts LIMIT 1) = 'text';
END $$;
