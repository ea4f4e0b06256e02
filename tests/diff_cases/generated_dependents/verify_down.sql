DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || coalesce(total::text, '-') || ':' || coalesce(legacy::text, '-') || ':' || frozen, ',' ORDER BY id) FROM orders)
    = '1:3:15:-:4,2:4:-:-:5', 'rows after down';
END $$;
