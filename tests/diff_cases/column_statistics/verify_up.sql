DO $$
DECLARE
	got text;
BEGIN
	SELECT string_agg(c.relname || '.' || a.attname || '=' || a.attstattarget, ' ' ORDER BY c.relname, a.attnum)
		INTO got FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
		WHERE c.relname IN ('docs', 'fresh') AND a.attnum > 0 AND NOT a.attisdropped;
	ASSERT got = 'docs.id=-1 docs.title=500 docs.body=200 docs.tag=-1 docs.new_name=50 docs.n=70 docs.added=0 '
		'fresh.id=-1 fresh.Name=10000', got;
	ASSERT (SELECT new_name FROM docs WHERE id = 1) = 'o', 'the renamed column lost its value';
	ASSERT (SELECT n FROM docs WHERE id = 1) = 7, 'the retyped column lost its value';
END
$$;
