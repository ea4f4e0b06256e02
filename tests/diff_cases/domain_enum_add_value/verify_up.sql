DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || f || ':' || coalesce(past::text, '-'), ',' ORDER BY id) FROM diary) = '1:sad:{happy,sad},2:happy:-', 'rows after up';
END $$;
