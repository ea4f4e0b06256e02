DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || mood || ':' || coalesce(moods::text, '-'), ',' ORDER BY id) FROM people) = '1:sad:{happy,sad},2:happy:-,3:happy:{}', 'rows after down';
  ASSERT (SELECT string_agg(enumlabel::text, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'mood'::regtype) = 'sad,happy';
  ASSERT (SELECT n FROM v_glad_count) = 2, 'view after down';
  ASSERT (SELECT count(*) FROM pg_trigger WHERE tgname = 'v_glad_ins' AND tgrelid = 'v_glad'::regclass) = 1, 'trigger of the view after down';
  ASSERT (SELECT string_agg(id || ':' || coalesce(f::text, '-'), ',' ORDER BY id) FROM v_feel) = '1:happy,2:-,3:sad', 'domain view after down';
  ASSERT (SELECT string_agg(mood || ':' || n, ',' ORDER BY mood) FROM m_moods) = 'sad:1,happy:2', 'materialized view after down';
END $$;
