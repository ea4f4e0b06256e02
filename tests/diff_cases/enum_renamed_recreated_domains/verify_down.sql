DO $$ BEGIN
  ASSERT (SELECT string_agg(id || f::text || coalesce(fa::text, '-') || ms::text, ',' ORDER BY id) FROM t)
    = '1happy{happy,meh}{happy},2meh-{happy}', 'rows after down';
  ASSERT 'happy'::feeling < 'meh'::feeling, 'the old order';
  ASSERT (SELECT typbasetype::regtype::text FROM pg_type WHERE typname = 'fd') = 'feeling', 'the domain';
END $$;
