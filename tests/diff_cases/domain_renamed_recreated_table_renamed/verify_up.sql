INSERT INTO goods (id, q) VALUES (2, 3000000000);
DO $$ BEGIN
  ASSERT (SELECT m = 5 AND q = 6 FROM goods WHERE id = 1), 'the rows kept';
  ASSERT (SELECT m = 0 FROM goods WHERE id = 2), 'the default';
  ASSERT (SELECT t = 6000000000 FROM v_stock WHERE id = 2), 'the view and twice';
  ASSERT (SELECT count(*) = 2 FROM pg_indexes WHERE tablename = 'goods' AND indexname LIKE 'stock_%'), 'the indexes';
END $$;
DELETE FROM goods WHERE id = 2;
