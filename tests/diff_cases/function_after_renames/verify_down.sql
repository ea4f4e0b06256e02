DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || total, ',' ORDER BY id) FROM orders) = '1:5,2:7', 'rows after down';
  ASSERT NOT EXISTS (SELECT FROM pg_proc WHERE proname IN ('order_sum', 'next_no'));
END $$;
