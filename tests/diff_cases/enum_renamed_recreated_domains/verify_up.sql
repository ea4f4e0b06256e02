DO $$ BEGIN
  ASSERT (SELECT string_agg(id || f::text || coalesce(fa::text, '-') || ms::text, ',' ORDER BY id) FROM t)
    = '1happy{happy,meh}{happy},2meh-{happy}', 'rows after up';
  ASSERT 'meh'::mood < 'happy'::mood, 'the new order';
  ASSERT (SELECT typbasetype::regtype::text FROM pg_type WHERE typname = 'fd') = 'mood', 'the domain';
END $$;
