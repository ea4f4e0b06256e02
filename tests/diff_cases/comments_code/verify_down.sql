DO $$ BEGIN
  ASSERT (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname, p.oid)
          FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace)
    = 'f_change=the old words,f_gone=dropped, and back in the down,f_keep=-,f_old_name=before the rename,'
      'f_recreate=kept through a drop and create: it''s the same,f_replace=replaced without a comment,f_sig=one argument,'
      'f_uncomment=goes away,p_log=a procedure,stamp=a trigger function, its body replaced,stamp2=-',
    (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname, p.oid)
     FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace);
  ASSERT (SELECT string_agg(c.relname || '=' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ',' ORDER BY c.relname)
          FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i' AND c.relname NOT LIKE 'schema\_migrations%')
    = 'gone_id_idx=the table goes,items_lower=-,items_name_idx=by name,items_note=two' || chr(10) || 'lines, it''s,items_pkey=-,'
      'items_redo=rebuilt,old_things_code_idx=follows its table,totals_n=-,totals_name=one row per name',
    (SELECT string_agg(c.relname || '=' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ',' ORDER BY c.relname)
     FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i' AND c.relname NOT LIKE 'schema\_migrations%');
  ASSERT (SELECT string_agg(t.tgname || '=' || COALESCE(obj_description(t.oid, 'pg_trigger'), '-'), ',' ORDER BY t.tgname)
          FROM pg_trigger t WHERE NOT t.tgisinternal)
    = 'gone_stamp=goes too,items_old=renamed below,items_quiet=-,items_stamp=stamps,v_items_ins=on a view',
    (SELECT string_agg(t.tgname || '=' || COALESCE(obj_description(t.oid, 'pg_trigger'), '-'), ',' ORDER BY t.tgname)
     FROM pg_trigger t WHERE NOT t.tgisinternal);
  ASSERT (SELECT string_agg(k.conname || '=' || COALESCE(obj_description(k.oid, 'pg_constraint'), '-'), ',' ORDER BY k.conname)
          FROM pg_constraint k WHERE k.contype = 'c' AND k.connamespace = 'public'::regnamespace AND k.conname NOT LIKE 'schema\_migrations%')
    = 'items_gone_check=dropped,items_plain=-,items_redo_check=re-added, it''s kept,items_short=names are short,'
      'old_things_code_check=a default name',
    (SELECT string_agg(k.conname || '=' || COALESCE(obj_description(k.oid, 'pg_constraint'), '-'), ',' ORDER BY k.conname)
     FROM pg_constraint k WHERE k.contype = 'c' AND k.connamespace = 'public'::regnamespace AND k.conname NOT LIKE 'schema\_migrations%');
  ASSERT (SELECT string_agg(t.typname || '=' || COALESCE(obj_description(t.oid, 'pg_type'), '-'), ',' ORDER BY t.typname)
          FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace)
    = 'gone_enum=dropped,mood=feelings,size=sizes, re-created',
    (SELECT string_agg(t.typname || '=' || COALESCE(obj_description(t.oid, 'pg_type'), '-'), ',' ORDER BY t.typname)
     FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace);
END $$;
