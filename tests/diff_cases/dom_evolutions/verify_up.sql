DO $$
BEGIN
	ASSERT (SELECT c || cs::text || sc || scs::text FROM items WHERE id = 1) = 'abc{x,y}ab{a}', 'rows kept';
	INSERT INTO items (id, c, cs, sc, k) VALUES (2, 'abcdefghijklmno', ARRAY['abcdefghijklmno'], 'abcd', 8);
	ASSERT (SELECT l1 || '/' || l2 FROM items WHERE id = 2) = 'col1/dom2', 'defaults: the column''s over the domain''s';
	INSERT INTO refs VALUES (2, 8);
END
$$;
