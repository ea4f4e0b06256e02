DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || f || ':' || coalesce(past::text, '-'), ',' ORDER BY id) FROM diary) = '1:sad:{happy,sad},2:happy:-', 'rows after down';
  ASSERT (SELECT string_agg(enumlabel::text, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'mood'::regtype) = 'sad,happy';
END $$;
