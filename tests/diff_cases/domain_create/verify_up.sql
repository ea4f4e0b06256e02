DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(email, '-'), ',' ORDER BY id) FROM accounts) = '1:x@y.z,2:-', 'rows after up';
  ASSERT (SELECT pg_typeof(email)::text FROM accounts LIMIT 1) = 'email_address';
  INSERT INTO orders (id) VALUES (1);
  ASSERT (SELECT qty || ':' || how FROM orders) = '1:ok', 'the domains'' defaults';
  DELETE FROM orders;
END $$;
