DO $$
DECLARE
	got text;
BEGIN
	SELECT string_agg(c.relname || '.' || a.attname || '=' || a.attstattarget, ' ' ORDER BY c.relname, a.attnum)
		INTO got FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		WHERE c.relname IN ('docs', 'archive') AND a.attnum > 0 AND NOT a.attisdropped;
	ASSERT got = 'archive.id=-1 archive.path=1000 docs.id=-1 docs.title=-1 docs.body=100 docs.tag=300 '
		'docs.old_name=50 docs.n=70 docs.gone=0', got;
	ASSERT (SELECT old_name FROM docs WHERE id = 1) = 'o', 'the renamed column lost its value';
END
$$;
