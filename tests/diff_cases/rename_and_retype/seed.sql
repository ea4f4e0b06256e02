INSERT INTO persons (id, display_name, code, score, email) VALUES
  (1, 'Ada Lovelace', 'a1', 10, 'ada@example.org'),
  (2, 'Alan Turing', 'b2', 0, NULL);
