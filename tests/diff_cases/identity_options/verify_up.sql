DO $$ BEGIN
  ASSERT (SELECT string_agg(a.attname || ':' || format_type(s.seqtypid, NULL) || ':' || s.seqstart || ':' || s.seqincrement
                            || ':' || s.seqmin || ':' || s.seqmax || ':' || s.seqcache || ':' || s.seqcycle, ' ' ORDER BY a.attnum)
          FROM pg_attribute a JOIN pg_depend d ON d.refobjid = a.attrelid AND d.refobjsubid = a.attnum AND d.deptype = 'i'
          JOIN pg_sequence s ON s.seqrelid = d.objid WHERE a.attrelid = 'tickets'::regclass)
    = 'id:integer:100:10:1:2147483647:5:false big:bigint:1:1:1:5000000000:1:true code:integer:1000:1:1:2147483647:1:false '
      'down:integer:-1:-1:-500:-1:1:false',
    'the identities after the up';
  -- The current values are kept: id and big go on from 2, down from -2; code starts past its rows.
  INSERT INTO tickets (note) VALUES ('c');
  ASSERT (SELECT id || ',' || big || ',' || code || ',' || COALESCE(gone::text, '-') || ',' || down FROM tickets WHERE note = 'c')
    = '12,3,1501,-,-3', 'the new row after the up';
  DELETE FROM tickets WHERE note = 'c';
  ASSERT (SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'children_pa_pb_fkey')
    = 'FOREIGN KEY (pa, pb) REFERENCES parents(a, b) ON DELETE SET NULL (pa)', 'the foreign key after the up';
  DELETE FROM parents;
  ASSERT (SELECT pa IS NULL AND pb = 1 FROM children), 'ON DELETE SET NULL (pa)';
  UPDATE children SET pa = NULL, pb = NULL;
  INSERT INTO parents VALUES (1, 1);
  UPDATE children SET pa = 1, pb = 1;
END $$;
