INSERT INTO v (id) VALUES (10);
INSERT INTO w (id) VALUES (11);
DO $$ BEGIN
  ASSERT (SELECT string_agg(note, ',' ORDER BY id) FROM items WHERE id >= 10) = 'via v_ins,via w_ins',
    (SELECT string_agg(note, ',' ORDER BY id) FROM items WHERE id >= 10);
  ASSERT (SELECT string_agg(c.relname || '.' || t.tgname, ',' ORDER BY c.relname) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relkind = 'v') = 'v.v_ins,w.w_ins', 'the views'' triggers';
END $$;
DELETE FROM items WHERE id >= 10;
