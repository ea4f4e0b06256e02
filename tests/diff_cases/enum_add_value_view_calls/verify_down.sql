DO $$ BEGIN
  ASSERT (SELECT string_agg(label, ',' ORDER BY id) FROM labels) = 'SAD,HAPPY', 'labels after down';
  ASSERT (SELECT n FROM counts) = 1, 'counts after down';
  ASSERT (SELECT count(*) FROM names WHERE label_of(t) = 'SAD') = 1, 'the materialized view after down';
  ASSERT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'names_label'), 'its index';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_enum WHERE enumlabel = 'meh'), 'the value removed';
END $$;
