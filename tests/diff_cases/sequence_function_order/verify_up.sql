DO $$ BEGIN
  INSERT INTO tickets (id) VALUES (3);
  ASSERT (SELECT min(no) FROM tickets) = 100 AND (SELECT count(DISTINCT no) FROM tickets) = 3,
    'the default reads the new sequence';
  ASSERT (SELECT min(batch) FROM tickets) = 1 AND (SELECT count(DISTINCT batch) FROM tickets) = 3,
    'the domain default reads the new sequence';
  ASSERT bump() = 103;
  DELETE FROM tickets WHERE id = 3;
END $$;
