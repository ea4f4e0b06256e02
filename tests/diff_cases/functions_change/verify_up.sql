DO $$ BEGIN
  ASSERT double(4) = 8 AND double(1.5) = 3.0, 'double';
  ASSERT label(3) = 'n3' AND pg_typeof(label(3)) = 'character varying'::regtype, 'label';
  ASSERT half(NULL) IS NULL AND half(9) = 4, 'half';
  ASSERT scale(3, factor => 2) = 6, 'scale';
  ASSERT new_name(1) = 3, 'new_name';
  ASSERT (SELECT prosecdef FROM pg_proc WHERE proname = 'secret'), 'secret';
  ASSERT (SELECT count(*) FROM items WHERE created IS NOT NULL) = 2, 'rows';
END $$;
CALL cleanup();
