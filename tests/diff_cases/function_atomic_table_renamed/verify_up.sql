DO $$ BEGIN
  ASSERT order_sum() = 12, 'order_sum';
  ASSERT (SELECT s FROM v_sum) = 12, 'v_sum';
  ASSERT line_count() = 1, 'line_count';
END $$;
