DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || mood || ':' || coalesce(moods::text, '-'), ',' ORDER BY id) FROM people) = '1:sad:{happy,sad},2:happy:-,3:happy:{}', 'rows after up';
  ASSERT (SELECT n FROM v_glad_count) = 2, 'view after up';
  ASSERT (SELECT string_agg(id || ':' || coalesce(f::text, '-'), ',' ORDER BY id) FROM v_feel) = '1:happy,2:-,3:sad', 'domain view after up';
  ASSERT (SELECT string_agg(mood || ':' || n, ',' ORDER BY mood) FROM m_moods) = 'sad:1,happy:2', 'materialized view after up';
END $$;
