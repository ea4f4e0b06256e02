DO $$ BEGIN
  ASSERT order_sum() = 12, 'order_sum';
  ASSERT (SELECT total FROM v_last) = 12, 'v_last';
  INSERT INTO receipts DEFAULT VALUES;
  ASSERT (SELECT no FROM receipts) = 10, 'receipt no';
  DELETE FROM receipts;
END $$;
