DO $$ BEGIN
  ASSERT (SELECT n = 5 AND l = 'a' AND k = 'a' FROM item WHERE id = 1), 'the rows kept';
  ASSERT (SELECT typbasetype = 'integer'::regtype FROM pg_type WHERE typname = 'amount'), 'amount is integer again';
  ASSERT (SELECT count(*) = 3 FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'kind'), 'kind has c again';
  ASSERT (SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'amount_kind'), 'the check is back';
  ASSERT (SELECT typdefault IS NOT NULL FROM pg_type WHERE typname = 'label'), 'the default is back';
END $$;
INSERT INTO item (id, k) VALUES (5, 'c');
DELETE FROM item WHERE id = 5;
