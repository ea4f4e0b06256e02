DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || a || ':' || x || ':' || z, ',') FROM legacy_accounts) = '1:keep-b:10:20', 'b kept under a';
  ASSERT (SELECT v FROM right_side) = 'left', 'left_side kept under right_side';
END $$;
