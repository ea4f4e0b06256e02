DO $$ BEGIN
  ASSERT (SELECT count(*) FROM children) = 2 AND (SELECT count(*) FROM pairs) = 2, 'rows kept';
END $$;
