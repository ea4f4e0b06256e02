INSERT INTO receipts (no) VALUES (2);
DO $$ BEGIN
  ASSERT (SELECT extra FROM receipts WHERE no = 2) = 7, 'the default calls peek_no()';
  ASSERT seq_of()::text = 's_counter', 'seq_of';
END $$;
