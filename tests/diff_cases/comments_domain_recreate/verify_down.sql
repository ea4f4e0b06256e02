DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || n2, ',' ORDER BY id) FROM v_twice) = '1:10,2:2', 'v_twice after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'qty') = 'integer';
  ASSERT (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname)
          FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace)
    = 'bucket=tens,clamp=-,first_n=-,is_ok=below 1000, it''s fine,twice=doubles', 'functions'' comments';
  ASSERT obj_description('stock_bucket'::regclass, 'pg_class') = 'by bucket', 'index comment';
  ASSERT (SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 'stock_n_ok') = 'checked by a function';
  ASSERT (SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger WHERE tgname = 'stock_clamp') = 'clamps';
END $$;
