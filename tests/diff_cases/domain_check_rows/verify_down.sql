DO $$ BEGIN
  ASSERT (SELECT string_agg(id || ':' || s, ',' ORDER BY id) FROM scores) = '1:99.50,2:0.00', 'rows after down';
  INSERT INTO grades VALUES (2, 101);
  DELETE FROM grades WHERE id = 2;
END $$;
