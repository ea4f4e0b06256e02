DO $$ BEGIN
  ASSERT (SELECT string_agg(c.relname || ':' || format_type(s.seqtypid, NULL) || ':' || s.seqstart || ':' || s.seqincrement
                            || ':' || s.seqmax || ':' || COALESCE(obj_description(c.oid, 'pg_class'), '-'), ' ' ORDER BY c.relname)
          FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid
          WHERE c.relname IN ('counters_id_seq', 'orders_id_seq', 'tickets_no_seq'))
    = 'counters_id_seq:integer:1:1:2147483647:- orders_id_seq:integer:1:5:2147483647:- '
      'tickets_no_seq:integer:1:1:2147483647:-',
    'the sequences after the down';
  ASSERT (SELECT string_agg(id::text || note, ',' ORDER BY id) FROM orders) = '1a,6b', 'orders rows after the down';
  ASSERT (SELECT count(*) FROM tickets) = 1 AND (SELECT count(*) FROM counters) = 1, 'rows after the down';
END $$;
