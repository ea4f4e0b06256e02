DO $$ BEGIN
  ASSERT (SELECT open_count FROM report WHERE id = 1) = 2, 'report calls n_open() over the new open_items';
  ASSERT (SELECT closed || ',' || open FROM summary) = '2,2', 'summary calls both';
  ASSERT (SELECT total FROM top) = 4, 'top reads summary';
  ASSERT (SELECT count(*) FROM items) = 4, 'rows kept';
END $$;
