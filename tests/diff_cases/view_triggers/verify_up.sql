DELETE FROM notes;
INSERT INTO v_items (id, name) VALUES (10, 'x');
INSERT INTO v_names (id, name) VALUES (11, 'y');
INSERT INTO v_new (id, name) VALUES (12, 'w');
DO $$ BEGIN
  ASSERT (SELECT string_agg(name, ',' ORDER BY id) FROM items WHERE id >= 10) = 'X,Y,W', 'inserted by the INSTEAD OF triggers';
  ASSERT (SELECT string_agg(what, ',' ORDER BY what) FROM notes) = 'v_items_note,v_names_note',
    (SELECT string_agg(what, ',' ORDER BY what) FROM notes);
  ASSERT (SELECT string_agg(c.relname || '.' || t.tgname, ',' ORDER BY c.relname, t.tgname) FROM pg_trigger t
          JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relkind = 'v')
    = 'v_items.v_items_insert,v_items.v_items_note,v_keep.v_keep_note,v_names.v_names_insert,v_names.v_names_note,'
      'v_new.v_new_insert,v_price.v_price_note', 'the views'' triggers';
END $$;
DELETE FROM items WHERE id >= 10;
DELETE FROM notes;
