DO $$ BEGIN
  ASSERT (SELECT sum(t) FROM v_totals) = 24, 'v_totals';
  ASSERT (SELECT count(*) FROM all_orders()) = 2, 'all_orders';
END $$;
