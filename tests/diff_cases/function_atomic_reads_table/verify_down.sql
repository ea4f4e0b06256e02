DO $$ BEGIN
  ASSERT order_sum() = 12, 'order_sum';
  ASSERT NOT EXISTS (SELECT FROM pg_proc WHERE proname = 'note_count');
END $$;
