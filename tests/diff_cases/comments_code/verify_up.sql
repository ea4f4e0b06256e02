DO $$ BEGIN
  ASSERT (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname, p.oid)
          FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace)
    = 'f_change=the new words,f_keep=now commented,f_new=brand new,f_new_name=after the rename,f_recreate=kept through a drop and create: it''s the same,'
      'f_replace=-,f_sig=two arguments,f_uncomment=-,p_log=a procedure, commented again,'
      'stamp=a trigger function, its body replaced,stamp2=-',
    (SELECT string_agg(p.proname || '=' || COALESCE(obj_description(p.oid, 'pg_proc'), '-'), ',' ORDER BY p.proname, p.oid)
     FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace);
  ASSERT (SELECT string_agg(c.relname || '=' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ',' ORDER BY c.relname)
          FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i' AND c.relname NOT LIKE 'schema\_migrations%')
    = 'items_lower=added,items_name_idx=by name, now said otherwise,items_new=new index,items_note=-,items_pkey=-,'
      'items_redo=rebuilt,things_code_idx=followed its table,totals_n=by count,totals_name=-,totals_new=new on the view',
    (SELECT string_agg(c.relname || '=' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ',' ORDER BY c.relname)
     FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'i' AND c.relname NOT LIKE 'schema\_migrations%');
  ASSERT (SELECT string_agg(t.tgname || '=' || COALESCE(obj_description(t.oid, 'pg_trigger'), '-'), ',' ORDER BY t.tgname)
          FROM pg_trigger t WHERE NOT t.tgisinternal)
    = 'items_new_name=renamed,items_quiet=no longer quiet,items_stamp=stamps,v_items_ins=on a view, changed',
    (SELECT string_agg(t.tgname || '=' || COALESCE(obj_description(t.oid, 'pg_trigger'), '-'), ',' ORDER BY t.tgname)
     FROM pg_trigger t WHERE NOT t.tgisinternal);
  ASSERT (SELECT string_agg(k.conname || '=' || COALESCE(obj_description(k.oid, 'pg_constraint'), '-'), ',' ORDER BY k.conname)
          FROM pg_constraint k WHERE k.contype = 'c' AND k.connamespace = 'public'::regnamespace AND k.conname NOT LIKE 'schema\_migrations%')
    = 'items_new_check=new check,items_plain=now said,items_redo_check=re-added, it''s kept,'
      'items_short=names are short, still,tags_lower=created with its table,things_code_check=a default name, renamed',
    (SELECT string_agg(k.conname || '=' || COALESCE(obj_description(k.oid, 'pg_constraint'), '-'), ',' ORDER BY k.conname)
     FROM pg_constraint k WHERE k.contype = 'c' AND k.connamespace = 'public'::regnamespace AND k.conname NOT LIKE 'schema\_migrations%');
  ASSERT (SELECT count(*) FROM totals) = 2, 'the materialized view kept its rows';
  ASSERT (SELECT string_agg(t.typname || '=' || COALESCE(obj_description(t.oid, 'pg_type'), '-'), ',' ORDER BY t.typname)
          FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace)
    = 'mood=how it feels,new_enum=new,size=sizes, re-created',
    (SELECT string_agg(t.typname || '=' || COALESCE(obj_description(t.oid, 'pg_type'), '-'), ',' ORDER BY t.typname)
     FROM pg_type t WHERE t.typtype = 'e' AND t.typnamespace = 'public'::regnamespace);
END $$;
