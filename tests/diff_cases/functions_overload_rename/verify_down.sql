DO $$ BEGIN
  ASSERT fine('x') AND fine(1), 'both overloads under the old name';
  ASSERT (SELECT count(*) FROM fine_items WHERE ok) = 2, 'the view is back';
END $$;
DO $$ BEGIN
  INSERT INTO items (id, label) VALUES (3, 'bad');
  RAISE EXCEPTION 'the check put back let a bad label in';
EXCEPTION WHEN check_violation THEN NULL;
END $$;
