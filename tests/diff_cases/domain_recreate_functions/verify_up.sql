DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || n2, ',' ORDER BY id) FROM v_twice) = '1:15,2:3', 'v_twice after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'bigint';
  INSERT INTO stock (id) VALUES (3);
  INSERT INTO stock VALUES (4, 5000, NULL);
  ASSERT (SELECT string_agg(id || ':' || n, ',' ORDER BY id) FROM stock) = '1:5,2:1,3:1,4:999', 'stock after up';
  DELETE FROM stock WHERE id > 2;
END $$;
