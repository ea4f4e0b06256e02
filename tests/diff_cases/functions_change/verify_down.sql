DO $$ BEGIN
  ASSERT double(4) = 8, 'double';
  ASSERT pg_typeof(label(3)) = 'text'::regtype, 'label';
  ASSERT scale(3, by => 2) = 6, 'scale';
  ASSERT old_name(1) = 2, 'old_name';
  ASSERT gone() = 1, 'gone';
  ASSERT NOT (SELECT prosecdef FROM pg_proc WHERE proname = 'secret'), 'secret';
  ASSERT (SELECT count(*) FROM items) = 2, 'rows';
END $$;
SELECT cleanup();
