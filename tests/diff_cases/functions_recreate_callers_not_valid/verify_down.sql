DO $$ BEGIN
  ASSERT (SELECT string_agg(conname || '=' || convalidated || ':' || pg_get_constraintdef(oid), ',' ORDER BY conname)
          FROM pg_constraint WHERE contype = 'c' AND conrelid IN ('tickets'::regclass, 'notes'::regclass))
    = 'notes_body_ok=false:CHECK (ok(body)) NOT VALID,tickets_code_check=false:CHECK (ok(code)) NOT VALID', 'checks after the down';
  ASSERT (SELECT string_agg(code, ',' ORDER BY code) FROM tickets) = 'a1,b2', 'rows after the down';
END $$;
