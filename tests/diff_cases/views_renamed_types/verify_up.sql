DO $$ BEGIN
  ASSERT (SELECT last_value FROM v_seq) = 1, 'v_seq';
  ASSERT (SELECT q FROM v_cast) = 5, 'v_cast';
END $$;
DO $$ BEGIN ASSERT (SELECT q FROM v_dom) = 5, 'v_dom'; END $$;
