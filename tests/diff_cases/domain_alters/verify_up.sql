DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || c || ':' || p, ',' ORDER BY id) FROM items) = '1:abc:1,2:a:2', 'rows after up';
  INSERT INTO items (id) VALUES (3);
  ASSERT (SELECT c || ':' || coalesce(p::text, '-') FROM items WHERE id = 3) = 'b:-', 'new defaults';
  DELETE FROM items WHERE id = 3;
END $$;
