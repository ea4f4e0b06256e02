DO $$ BEGIN
  ASSERT (SELECT string_agg(concat_ws(',', id, coalesce(email, '-'), nick, old_name), ';' ORDER BY id) FROM users)
         = '1,Ann@X.org,anon,ann;2,-,bob,h2', 'the filled values stay';
  ASSERT (SELECT count(*) FROM pg_attribute WHERE attrelid = 'users'::regclass AND attnum > 0 AND NOT attisdropped
          AND attnotnull) = 1, 'only id is NOT NULL again';
END $$;
