DO $$ BEGIN
  ASSERT (SELECT string_agg(a.attname || ':' || format_type(s.seqtypid, NULL) || ':' || s.seqstart || ':' || s.seqincrement
                            || ':' || s.seqmin || ':' || s.seqmax || ':' || s.seqcache || ':' || s.seqcycle, ' ' ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_depend d ON d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.deptype = 'i'
          JOIN pg_sequence s ON s.seqrelid = d.objid WHERE a.attrelid = 'tickets'::regclass)
    = 'id:integer:1:1:1:2147483647:1:false big:integer:1:1:1:1000:1:false gone:bigint:50:5:1:9223372036854775807:1:false '
      'down:integer:-1:-1:-2147483648:-1:1:false',
    'the identities after the down';
  -- gone is an identity again, started past its rows (50, 55).
  INSERT INTO tickets (code, note) VALUES (8, 'd');
  ASSERT (SELECT gone FROM tickets WHERE note = 'd') = 56, 'gone after the down';
  DELETE FROM tickets WHERE note = 'd';
  DELETE FROM parents;
  ASSERT (SELECT pa = 1 AND pb IS NULL FROM children), 'ON DELETE SET NULL (pb)';
END $$;
