-- The domain's default fills no row: the up fails while q holds a NULL (needs-backfill), so none does here.
INSERT INTO stock VALUES (1, 0, 'a'), (2, 5, NULL);
