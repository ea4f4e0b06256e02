DO $$ BEGIN
  ASSERT (SELECT string_agg(c.relname || ':' || format_type(s.seqtypid, NULL) || ':' || s.seqstart || ':' || s.seqincrement
                            || ':' || s.seqmax || ':' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ' ' ORDER BY c.relname)
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
          WHERE c.relname IN ('counters_id_seq', 'orders_id_seq', 'tickets_no_seq'))
    = 'counters_id_seq:bigint:1:1:9223372036854775807:- orders_id_seq:integer:1:1:2147483647:- '
      'tickets_no_seq:integer:1000:1:2147483647:numbered from 1000',
    'the sequences after the up';
  -- orders' sequence kept its value (1, 6 given out: the next is 7 with increment 1).
  INSERT INTO orders (note) VALUES ('c');
  ASSERT (SELECT string_agg(id::text, ',' ORDER BY id) FROM orders) = '1,6,7', 'orders ids after the up';
  ASSERT (SELECT format_type(atttypid, NULL) FROM pg_attribute WHERE attrelid = 'counters'::regclass AND attname = 'id') = 'bigint';
  DELETE FROM orders WHERE note = 'c';
  PERFORM setval('orders_id_seq', 6);
END $$;
