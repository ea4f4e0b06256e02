INSERT INTO items (id, c) VALUES (5, 'ten chars.');
DO $$ BEGIN
  ASSERT (SELECT c = 'abc' AND l = 'lbl' FROM items WHERE id = 1), 'the rows kept';
  ASSERT (SELECT n = 1 AND l = 'x' FROM items WHERE id = 5), 'the trigger and label''s default';
  ASSERT (SELECT typlen = -1 AND format_type(typbasetype, typtypmod) = 'character varying(10)' FROM pg_type WHERE typname = 'code'), 'code is varchar(10)';
END $$;
