DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || n2, ',' ORDER BY id) FROM v_twice) = '1:15,2:3', 'v_twice after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'bigint';
  INSERT INTO stock (id) VALUES (3);
  INSERT INTO stock VALUES (4, 5000, NULL);
  ASSERT (SELECT string_agg(id || ':' || n, ',' ORDER BY id) FROM stock) = '1:5,2:1,3:1,4:999', 'stock after up';
  DELETE FROM stock WHERE id > 2;
  ASSERT (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname)
          FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace)
    = 'bucket=tens,clamp=-,first_n=-,is_ok=below 1000, it''s fine,twice=triples now', 'functions'' comments';
  ASSERT obj_description('stock_bucket'::regclass, 'pg_class') = 'by bucket', 'index comment';
  ASSERT (SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 'stock_n_ok') = 'checked by a function';
  ASSERT (SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'stock_clamp') = 'clamps';
END $$;
