INSERT INTO v2 (id) VALUES (10);
INSERT INTO w2 (id) VALUES (11);
DO $$ BEGIN
  ASSERT (SELECT string_agg(note, ',' ORDER BY id) FROM items WHERE id >= 10) = 'via v2_ins,via w_ins',
    (SELECT string_agg(note, ',' ORDER BY id) FROM items WHERE id >= 10);
END $$;
DELETE FROM items WHERE id >= 10;
