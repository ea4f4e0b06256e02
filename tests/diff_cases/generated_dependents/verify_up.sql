DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || qty || ':' || coalesce(total::text, '-') || ':' || with_legacy || ':' || frozen || ':' || shout, ',' ORDER BY id) FROM orders)
    = '1:3:15:6:4:1,2:4:-:8:5:2', 'rows after up (frozen keeps its values)';
  ASSERT (SELECT count(*) FROM pg_indexes WHERE tablename = 'orders' AND indexname IN ('orders_total_idx', 'orders_frozen_idx')) = 2, 'indexes';
END $$;
