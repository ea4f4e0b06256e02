DO $$ BEGIN
  ASSERT order_sum() = 12, 'order_sum';
  ASSERT note_count() = 0, 'note_count';
END $$;
