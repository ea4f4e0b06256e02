DO $$ BEGIN
  ASSERT (SELECT string_agg(label, ',' ORDER BY id) FROM labels) = 'SAD,HAPPY', 'labels after up';
  ASSERT (SELECT n FROM counts) = 1, 'counts after up';
  ASSERT (SELECT count(*) FROM names WHERE label_of(t) = 'SAD') = 1, 'the materialized view after up';
END $$;
