-- One row in every table of schema public that can take one, for tests/upgrade_debian.sh:
-- the rows an upgrade must carry over (and its down carry back).  A plain SQL generator
-- over the catalog, no knowledge of the schema:
--   - a column with a default, an identity or a generated column takes DEFAULT;
--   - a column of a foreign key takes the referenced column's value in the referenced
--     table's first row (so the tables are filled in passes, referenced tables first:
--     a table is tried again in the next pass until a pass adds no row);
--   - any other column a value of its type (through a domain to its base type): 1, 'x',
--     true, a fixed timestamp, an enum's first label, '{}' for arrays and
--     json, 16 bytes for bytea, a fixed uuid, 127.0.0.1 for inet...; NULL when no value
--     is known and the column is nullable.
-- A row the server refuses (a CHECK, a trigger, a cycle of NOT NULL foreign keys) is tried
-- once more with NULL in every nullable column that has no default; a table that refuses
-- that too stays empty.  Prints (NOTICE) the tables filled and the tables left empty.
-- migrate's tracking tables (schema_migrations and its history) are left alone.
DO $seed$
DECLARE
	t record;
	c record;
	progress boolean := true;
	pass integer := 0;
	filled text[] := '{}';
	cols text;
	vals text;
	vals_null text;
	v text;
	base oid;
	typmod integer;
	cat "char";
	tname text;
BEGIN
	WHILE progress AND pass < 20 LOOP
		progress := false;
		pass := pass + 1;
		FOR t IN SELECT cl.oid, cl.relname FROM pg_class cl
				WHERE cl.relnamespace = 'public'::regnamespace AND cl.relkind IN ('r', 'p')
					AND NOT cl.relispartition AND NOT (cl.relname = ANY (filled))
					AND cl.relname NOT IN ('schema_migrations', 'schema_migrations_history')
				ORDER BY cl.relname LOOP
			cols := '';
			vals := '';
			vals_null := '';
			FOR c IN SELECT a.attname, a.atttypid, a.atttypmod, a.attnotnull,
					a.atthasdef OR a.attidentity <> '' OR a.attgenerated <> '' AS defaulted,
					(SELECT format('(SELECT %I FROM %s ORDER BY ctid LIMIT 1)', ra.attname, k.confrelid::regclass)
						FROM pg_constraint k
						CROSS JOIN LATERAL unnest(k.conkey, k.confkey) AS u(col, refcol)
						JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = u.refcol
						WHERE k.conrelid = t.oid AND k.contype = 'f' AND u.col = a.attnum
						ORDER BY k.conname LIMIT 1) AS ref
					FROM pg_attribute a
					WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
					ORDER BY a.attnum LOOP
				IF c.ref IS NOT NULL THEN
					v := c.ref;
				ELSIF c.defaulted THEN
					v := 'DEFAULT';
				ELSE
					base := c.atttypid;
					typmod := c.atttypmod;
					-- through domains to the base type
					WHILE (SELECT typtype FROM pg_type WHERE oid = base) = 'd' LOOP
						SELECT typbasetype, CASE WHEN typtypmod >= 0 THEN typtypmod ELSE typmod END
							INTO base, typmod FROM pg_type WHERE oid = base;
					END LOOP;
					SELECT typcategory INTO cat FROM pg_type WHERE oid = base;
					v := CASE
						WHEN cat = 'A' THEN '''{}'''
						WHEN (SELECT typtype FROM pg_type WHERE oid = base) = 'e' THEN
							quote_literal((SELECT enumlabel FROM pg_enum WHERE enumtypid = base
								ORDER BY enumsortorder LIMIT 1))
						WHEN base IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype,
							'numeric'::regtype, 'real'::regtype, 'double precision'::regtype, 'oid'::regtype) THEN '1'
						WHEN base = 'boolean'::regtype THEN 'true'
						WHEN cat = 'S' THEN '''x'''
						WHEN base IN ('timestamp without time zone'::regtype, 'timestamp with time zone'::regtype,
							'date'::regtype) THEN '''2024-01-02 03:04:05'''
						WHEN base IN ('time without time zone'::regtype, 'time with time zone'::regtype) THEN '''03:04:05'''
						WHEN base = 'interval'::regtype THEN '''1 hour'''
						WHEN base = 'bytea'::regtype THEN '''\x00112233445566778899aabbccddeeff'''
						WHEN base = 'uuid'::regtype THEN '''00000000-0000-0000-0000-000000000001'''
						WHEN base IN ('json'::regtype, 'jsonb'::regtype) THEN '''{}'''
						WHEN base IN ('inet'::regtype, 'cidr'::regtype) THEN '''127.0.0.1'''
						WHEN base = 'macaddr'::regtype THEN '''08:00:2b:01:02:03'''
						WHEN base = 'xml'::regtype THEN '''<x/>'''
						WHEN base = 'tsvector'::regtype THEN '''x'''
						ELSE NULL
					END;
					IF v IS NULL THEN
						v := 'NULL';
					ELSE
						v := v || '::' || format_type(c.atttypid, c.atttypmod);
					END IF;
				END IF;
				cols := cols || CASE WHEN cols = '' THEN '' ELSE ', ' END || quote_ident(c.attname);
				vals := vals || CASE WHEN vals = '' THEN '' ELSE ', ' END || v;
				vals_null := vals_null || CASE WHEN vals_null = '' THEN '' ELSE ', ' END ||
					CASE WHEN NOT c.attnotnull AND NOT c.defaulted THEN 'NULL' ELSE v END;
			END LOOP;
			tname := t.oid::regclass::text;
			BEGIN
				IF cols = '' THEN
					EXECUTE format('INSERT INTO %s DEFAULT VALUES', tname);
				ELSE
					EXECUTE format('INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE VALUES (%s)', tname, cols, vals);
				END IF;
				filled := filled || t.relname::text;
				progress := true;
			EXCEPTION WHEN OTHERS THEN
				BEGIN
					EXECUTE format('INSERT INTO %s (%s) OVERRIDING SYSTEM VALUE VALUES (%s)', tname, cols, vals_null);
					filled := filled || t.relname::text;
					progress := true;
				EXCEPTION WHEN OTHERS THEN
					NULL;
				END;
			END;
		END LOOP;
	END LOOP;
	RAISE NOTICE 'filled: %', array_to_string(filled, ' ');
	RAISE NOTICE 'empty: %', (SELECT coalesce(string_agg(cl.relname, ' ' ORDER BY cl.relname), '') FROM pg_class cl
		WHERE cl.relnamespace = 'public'::regnamespace AND cl.relkind IN ('r', 'p') AND NOT cl.relispartition
			AND NOT (cl.relname = ANY (filled))
			AND cl.relname NOT IN ('schema_migrations', 'schema_migrations_history'));
END
$seed$;
