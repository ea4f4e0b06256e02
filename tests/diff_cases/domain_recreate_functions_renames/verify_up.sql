DO $$ BEGIN
  ASSERT (SELECT total FROM v_total) = 12, 'v_total after up';
  ASSERT (SELECT string_agg(id || ':' || n || ':' || m, ',' ORDER BY id) FROM goods) = '1:5:2,2:1:1', 'goods after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'bigint';
  INSERT INTO goods (id, n) VALUES (3, 0);
  ASSERT (SELECT m FROM goods WHERE id = 3) = 1, 'default after up';
  DELETE FROM goods WHERE id = 3;
END $$;
