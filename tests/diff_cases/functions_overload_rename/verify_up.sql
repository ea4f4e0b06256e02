DO $$ BEGIN
  ASSERT good('x') AND fine(1), 'the renamed function and the overload that kept the name';
  ASSERT (SELECT count(*) FROM fine_items WHERE ok) = 2, 'the view calls the renamed function';
END $$;
DO $$ BEGIN
  INSERT INTO items (id, label) VALUES (3, 'bad');
  RAISE EXCEPTION 'the check calling the renamed function let a bad label in';
EXCEPTION WHEN check_violation THEN NULL;
END $$;
