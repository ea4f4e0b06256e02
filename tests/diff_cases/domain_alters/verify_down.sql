DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || c || ':' || p, ',' ORDER BY id) FROM items) = '1:abc:1,2:a:2', 'rows after down';
END $$;
