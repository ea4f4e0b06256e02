DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || coalesce(tag, '-') || ':' || coalesce(p::text, '-'), ',' ORDER BY id) FROM items) = '1:5:a:3,2:0:-:-', 'rows after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'amount') = 'bigint';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'code') = 'z_short';
  ASSERT (SELECT pg_typeof(qty)::text FROM items LIMIT 1) = 'amount';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'price') = 'zcents';
END $$;
