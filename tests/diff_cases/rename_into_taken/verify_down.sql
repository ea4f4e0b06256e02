DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || coalesce(a, '-') || ':' || b || ':' || x || ':' || y, ',') FROM accounts) = '1:-:keep-b:10:20', 'b back, a empty';
  ASSERT (SELECT count(*) FROM legacy_accounts) = 0, 'legacy_accounts comes back empty';
  ASSERT (SELECT v FROM left_side) = 'left' AND (SELECT count(*) FROM right_side) = 0, 'tables back';
END $$;
