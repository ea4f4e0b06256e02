DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || unit || ':' || cut || ':' || coalesce(history::text, '-'), ',' ORDER BY id) FROM items)
    = '1:5:7:2:{1,2},2:0:1:0:-', 'rows after up';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'amount') = 'bigint';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'discount') = 'price';
  ASSERT (SELECT pg_typeof(cut)::text FROM items LIMIT 1) = 'discount';
  ASSERT NOT EXISTS (SELECT FROM pg_type WHERE typname = 'old_price');
END $$;
