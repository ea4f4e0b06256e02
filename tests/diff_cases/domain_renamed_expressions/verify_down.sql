DO $$ BEGIN
  ASSERT (SELECT g FROM stock WHERE id = 1) = 6, 'g';
END $$;
