DO $$ BEGIN
  ASSERT (SELECT n = 5 AND l = 'a' AND k = 'a' FROM item WHERE id = 1), 'the rows kept';
  ASSERT (SELECT l = 'x' AND k IS NULL FROM item WHERE id = 3), 'a row without the enum';
  ASSERT (SELECT typbasetype = 'bigint'::regtype FROM pg_type WHERE typname = 'amount'), 'amount is bigint';
  ASSERT (SELECT count(*) = 2 FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'kind'), 'kind lost c';
  ASSERT NOT EXISTS (SELECT 1 FROM pg_type WHERE typname LIKE 'kind\_\_%'), 'no old enum left';
  ASSERT (SELECT count(*) = 1 FROM pg_constraint WHERE conname = 'amount_kind'), 'the check is back';
END $$;
INSERT INTO item (id, n) VALUES (4, 3000000000);
DO $$ BEGIN
  ASSERT (SELECT l = 'a' FROM item WHERE id = 4), 'the default casts to the new enum';
END $$;
DELETE FROM item WHERE id = 4;
