SET TimeZone = 'UTC';
DO $$ BEGIN
  ASSERT (SELECT happened::text || '|' || due::text || '|' || logged::text || '|' || opens::text FROM events)
    = '2024-02-29|2024-02-29 00:00:00+00|2024-02-29 23:30:00+00|08:00:00+00', 'values read in UTC';
END $$;
SET TimeZone = 'Asia/Kolkata';
