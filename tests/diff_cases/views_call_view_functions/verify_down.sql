DO $$ BEGIN
  ASSERT (SELECT open_count FROM report WHERE id = 1) = 1, 'report calls n_open() over the old open_items';
  ASSERT to_regclass('summary') IS NULL AND to_regprocedure('n_closed()') IS NULL, 'the new ones are gone';
  ASSERT (SELECT count(*) FROM items) = 4, 'rows kept';
END $$;
