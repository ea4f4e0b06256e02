INSERT INTO webhook (url) VALUES ('d');
INSERT INTO hook_log (status) VALUES (404);
DO $$ BEGIN
  ASSERT pg_get_serial_sequence('webhook', 'id') = 'public.webhook_id_seq', 'webhook''s serial has its sequence';
  ASSERT (SELECT count(*) FROM webhook) = (SELECT count(DISTINCT id) FROM webhook), 'new keys past the old ones';
  ASSERT (SELECT count(*) FROM hook_log) = (SELECT count(DISTINCT id) FROM hook_log), 'new log keys past the old';
END $$;
DELETE FROM webhook WHERE url = 'd';
DELETE FROM hook_log WHERE status = 404;
