DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || c || ':' || coalesce(d, '-') || ':' || coalesce(e::text, '-'), ',' ORDER BY id) FROM rows_all()) = '1:10:abc:-,2:20:-:-', 'rows_all after up';
  ASSERT (SELECT n || ':' || longest || ':' || ids FROM v_rows) = '2:3:3', 'view after up';
  ASSERT c_sum() = 30 AND (SELECT sum(id_of(t) + p_id(t)) FROM t) = 6, 'functions after up';
END $$;
