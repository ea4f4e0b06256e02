INSERT INTO items (id, c) VALUES (3, 'fifteen chars..');
DO $$ BEGIN
  ASSERT (SELECT c = 'abc' AND l = 'lbl' AND n = 1 FROM items WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 1 AND l = 'x' FROM items WHERE id = 3), 'the trigger and label''s default';
  ASSERT (SELECT n = 0 FROM items WHERE id = 2), 'no trigger without c';
  BEGIN
    INSERT INTO items (id, l) VALUES (4, '');
    RAISE EXCEPTION 'label_ok let '''' in';
  EXCEPTION WHEN check_violation THEN NULL;
  END;
END $$;
DELETE FROM items WHERE id = 3;
