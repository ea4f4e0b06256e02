DO $$ BEGIN
  ASSERT (SELECT string_agg(conname || '=' || convalidated, ',' ORDER BY conname) FROM pg_constraint
          WHERE contype = 'c' AND conrelid IN ('kept'::regclass, 'fresh'::regclass))
    = 'fresh_qty_positive=false,fresh_qty_small=true,kept_n_small=false', 'validity after the up';
  ASSERT (SELECT string_agg(n::text, ',' ORDER BY n) FROM kept) = '5,50', 'the row that violates the check stays';
END $$;
