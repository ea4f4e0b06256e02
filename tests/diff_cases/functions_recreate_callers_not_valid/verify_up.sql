DO $$ BEGIN
  ASSERT (SELECT string_agg(conname || '=' || convalidated || ':' || pg_get_constraintdef(oid), ',' ORDER BY conname)
          FROM pg_constraint WHERE contype = 'c' AND conrelid IN ('issues'::regclass, 'notes'::regclass))
    = 'issues_code_check=false:CHECK (ok(code)) NOT VALID,notes_body_ok=false:CHECK (ok(body)) NOT VALID', 'checks after the up';
  ASSERT (SELECT string_agg(code, ',' ORDER BY code) FROM issues) = 'a1,b2', 'rows after the up';
END $$;
