DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || unit || ':' || cut || ':' || coalesce(history::text, '-'), ',' ORDER BY id) FROM items)
    = '1:5:7:2:{1,2},2:0:1:0:-', 'rows after down';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'amount') = 'integer';
  ASSERT (SELECT format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'old_price') = 'amount';
  ASSERT (SELECT pg_typeof(unit)::text FROM items LIMIT 1) = 'price';
END $$;
