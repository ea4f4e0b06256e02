DO $$ BEGIN
  ASSERT (SELECT string_agg(concat_ws(',', id, nick, handle, region, login, kind, coalesce(note, '-')), ';' ORDER BY id)
          FROM users) = '1,anon,ann,eu,ann@x.org,basic,imported;2,bob,h2,eu,none,basic,imported', 'rows filled';
  ASSERT (SELECT bool_and(flag) FROM users), 'flag filled';
  ASSERT (SELECT bool_and(joined = '2020-01-01 00:00:00+00') FROM users), 'joined: the fill, not the default';
  ASSERT (SELECT count(DISTINCT token) FROM users WHERE token IS NOT NULL) = 2, 'a volatile fill: each row its own';
  ASSERT (SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute
          WHERE attrelid = 'users'::regclass AND attnum > 0 AND NOT attisdropped AND NOT attnotnull) = 'email,note',
         'NOT NULL';
  ASSERT (SELECT string_agg(a.attname, ',') FROM pg_attrdef d
          JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum
          WHERE d.adrelid = 'users'::regclass) = 'joined', 'no default left but the model''s';
END $$;
INSERT INTO users (id, nick, handle, region, login, token, kind, flag) VALUES (3, 'c', 'c', 'us', 'c', gen_random_uuid(), 'pro', false);
DO $$ BEGIN
  ASSERT (SELECT joined > '2020-01-02' AND note IS NULL FROM users WHERE id = 3), 'new rows: the default, not the fill';
END $$;
DELETE FROM users WHERE id = 3;
