/* Incremental catalog fingerprints (see fingerprint.h). */
#include "fingerprint.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "checksum.h"
#include "strbuf.h"

/*
 * One row per relation of the schema that can carry columns or rules, with a
 * key that changes whenever any catalog row describing it is rewritten, and
 * (schema_sql) one row (oid 0) digesting the schema-wide objects in full.  Two
 * constants joined at run time: one would pass the 4,095 characters ISO C
 * promises a string literal.
 */
static const char relations_sql[] =
    "WITH ns AS (SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = $1) "
    "SELECT c.oid::text, c.relname, md5(concat_ws('|', c.xmin, "
    "(SELECT string_agg(a.attnum || ':' || a.xmin, ',' ORDER BY a.attnum) FROM pg_catalog.pg_attribute a "
    "  WHERE a.attrelid = c.oid AND a.attnum > 0), "
    "(SELECT string_agg(d.oid || ':' || d.xmin, ',' ORDER BY d.oid) FROM pg_catalog.pg_attrdef d "
    "  WHERE d.adrelid = c.oid), "
    "(SELECT string_agg(k.oid || ':' || k.xmin, ',' ORDER BY k.oid) FROM pg_catalog.pg_constraint k "
    "  WHERE k.conrelid = c.oid), "
    "(SELECT string_agg(i.indexrelid || ':' || i.xmin || ':' || ic.xmin, ',' ORDER BY i.indexrelid) "
    "  FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid WHERE i.indrelid = c.oid), "
    "(SELECT string_agg(t.oid || ':' || t.xmin, ',' ORDER BY t.oid) FROM pg_catalog.pg_trigger t "
    "  WHERE t.tgrelid = c.oid), "
    "(SELECT string_agg(p.oid || ':' || p.xmin, ',' ORDER BY p.oid) FROM pg_catalog.pg_policy p "
    "  WHERE p.polrelid = c.oid), "
    "(SELECT string_agg(r.oid || ':' || r.xmin, ',' ORDER BY r.oid) FROM pg_catalog.pg_rewrite r "
    "  WHERE r.ev_class = c.oid), "
    "(SELECT string_agg(s.objsubid || ':' || s.xmin, ',' ORDER BY s.objsubid) FROM pg_catalog.pg_description s "
    "  WHERE s.objoid = c.oid AND s.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass), "
    /* the comments of its indexes, triggers and constraints */
    "(SELECT string_agg(s.objoid || ':' || s.xmin, ',' ORDER BY s.classoid, s.objoid) "
    "  FROM pg_catalog.pg_description s WHERE s.objsubid = 0 AND ((s.classoid = "
    "  'pg_catalog.pg_class'::pg_catalog.regclass AND s.objoid IN (SELECT i.indexrelid FROM pg_catalog.pg_index i "
    "  WHERE i.indrelid = c.oid)) OR (s.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass AND s.objoid IN "
    "  (SELECT t.oid FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid)) OR (s.classoid = "
    "  'pg_catalog.pg_constraint'::pg_catalog.regclass AND s.objoid IN (SELECT k.oid FROM pg_catalog.pg_constraint k "
    "  WHERE k.conrelid = c.oid)))), "
    "(SELECT string_agg(h.inhparent || ':' || h.xmin, ',' ORDER BY h.inhseqno) FROM pg_catalog.pg_inherits h "
    "  WHERE h.inhrelid = c.oid))) "
    "FROM pg_catalog.pg_class c WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('r','p','v','m','f') "
    "AND c.relname <> ALL (ARRAY[$2, $2 || '_history', $2 || '_golang_migrate']) "
    "UNION ALL ";
static const char schema_sql[] =
    /*
     * Each part labelled (a NULL part is empty, not skipped: a statistics
     * object and a collation of the same name do not digest alike), and
     * whether the schema exists at all: a down that leaves behind the schema
     * its up created does not undo it (the up then fails on it).
     */
    "SELECT '0', '', md5(concat('schema ', (SELECT count(*) FROM ns), "
    "E'\\ntypes ', (SELECT string_agg(concat_ws(' ', t.typname, t.typtype, (SELECT string_agg(e.enumlabel, ',' "
    "  ORDER BY e.enumsortorder) FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid), "
    /* a domain's definition: base type, NOT NULL, default, collation, checks, comment */
    "  CASE WHEN t.typtype = 'd' THEN concat_ws('|', pg_catalog.format_type(t.typbasetype, t.typtypmod), "
    "  t.typnotnull, pg_catalog.pg_get_expr(t.typdefaultbin, 0), t.typcollation, "
    "  (SELECT string_agg(k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid), ',' ORDER BY k.conname) "
    "  FROM pg_catalog.pg_constraint k WHERE k.contypid = t.oid), "
    "  pg_catalog.obj_description(t.oid, 'pg_type')) END, "
    /* an enum's comment */
    "  CASE WHEN t.typtype = 'e' THEN md5(COALESCE(pg_catalog.obj_description(t.oid, 'pg_type'), '')) END), "
    "  ',' ORDER BY t.typname) "
    "  FROM pg_catalog.pg_type t WHERE t.typnamespace = (SELECT oid FROM ns) AND t.typtype IN ('e','d','r','m')), "
    "E'\\nroutines ', (SELECT string_agg(concat_ws(' ', p.proname, "
    "pg_catalog.pg_get_function_identity_arguments(p.oid), "
    "  p.prokind, md5(CASE WHEN p.prokind IN ('f', 'p') THEN pg_catalog.pg_get_functiondef(p.oid) "
    "ELSE p.prosrc END), md5(COALESCE(pg_catalog.obj_description(p.oid, 'pg_proc'), ''))), ',' ORDER BY p.proname, "
    "pg_catalog.pg_get_function_identity_arguments(p.oid)) "
    "  FROM pg_catalog.pg_proc p WHERE p.pronamespace = (SELECT oid FROM ns)), "
    "E'\\nextensions ', (SELECT string_agg(concat_ws(' ', x.extname, x.extversion, "
    "  x.extnamespace::pg_catalog.regnamespace), ',' ORDER BY x.extname) FROM pg_catalog.pg_extension x), "
    /* A sequence with its options, owner (by name: a down re-creates tables) and comment; never its value. */
    "E'\\nrelations ', (SELECT string_agg(concat_ws(' ', c.relname, c.relkind, "
    "  (SELECT (q.seqtypid, q.seqstart, q.seqincrement, q.seqmin, q.seqmax, q.seqcache, q.seqcycle)::text "
    "    FROM pg_catalog.pg_sequence q WHERE q.seqrelid = c.oid), "
    "  (SELECT string_agg(a.attrelid::pg_catalog.regclass || '.' || a.attname, ',') FROM pg_catalog.pg_depend d "
    "    JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
    "    WHERE d.classid = 1259 AND d.objid = c.oid AND d.deptype = 'a'), "
    "  pg_catalog.obj_description(c.oid, 'pg_class')), ',' ORDER BY c.relname) "
    "  FROM pg_catalog.pg_class c WHERE c.relnamespace = (SELECT oid FROM ns) AND c.relkind IN ('S','c') "
    "  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_class o ON o.oid = d.refobjid "
    "    WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid "
    "    AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype IN ('a','i') "
    "    AND o.relname = ANY (ARRAY[$2, $2 || '_history', $2 || '_golang_migrate']))), "
    "E'\\nstatistics ', (SELECT string_agg(s.stxname, ',' ORDER BY s.stxname) FROM pg_catalog.pg_statistic_ext s "
    "  WHERE s.stxnamespace = (SELECT oid FROM ns)), "
    "E'\\ncollations ', (SELECT string_agg(co.collname, ',' ORDER BY co.collname) FROM pg_catalog.pg_collation co "
    "  WHERE co.collnamespace = (SELECT oid FROM ns))))";

/* The content of the relations named by oid, as the server prints it; column order left out. */
static const char content_sql[] =
    "SELECT c.oid::text, md5(concat_ws(E'\\n', "
    /* An inheritance child is not a managed table for the catalog reader. */
    "concat_ws(' ', c.relname, c.relkind, c.relispartition, c.relrowsecurity, c.reloftype::pg_catalog.regtype, "
    "  'inherits=' || COALESCE((SELECT string_agg(h.inhparent::pg_catalog.regclass::text, ',' ORDER BY h.inhseqno) "
    "  FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid), ''), pg_catalog.obj_description(c.oid, 'pg_class'), "
    /* a view's options (security_barrier, check_option) are not in its rule's text */
    "  c.reloptions::text), "
    "(SELECT string_agg(x, E'\\n' ORDER BY x) FROM (SELECT concat_ws(' ', a.attname, "
    "  pg_catalog.format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated, "
    "  pg_catalog.pg_get_expr(d.adbin, d.adrelid), a.attcollation::pg_catalog.regcollation, "
    "  pg_catalog.col_description(c.oid, a.attnum), 'stat=' || COALESCE(a.attstattarget::int, -1)) FROM "
    "pg_catalog.pg_attribute a LEFT JOIN pg_catalog.pg_attrdef d "
    "  ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT "
    "  a.attisdropped) s(x)), "
    "(SELECT string_agg(k.conname || ' ' || pg_catalog.pg_get_constraintdef(k.oid) || ' ' || "
    "  md5(COALESCE(pg_catalog.obj_description(k.oid, 'pg_constraint'), '')), E'\\n' ORDER BY k.conname) "
    "  FROM pg_catalog.pg_constraint k WHERE k.conrelid = c.oid), "
    "(SELECT string_agg(pg_catalog.pg_get_indexdef(i.indexrelid) || ' ' || "
    "  md5(COALESCE(pg_catalog.obj_description(i.indexrelid, 'pg_class'), '')), E'\\n' ORDER BY "
    "  pg_catalog.pg_get_indexdef(i.indexrelid)) FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid), "
    "(SELECT string_agg(t.tgname || ' ' || t.tgenabled::text || ' ' || md5(pg_catalog.pg_get_triggerdef(t.oid)) "
    "  || ' ' || md5(COALESCE(pg_catalog.obj_description(t.oid, 'pg_trigger'), '')), E'\\n' "
    "  ORDER BY t.tgname) "
    "  FROM pg_catalog.pg_trigger t WHERE t.tgrelid = c.oid AND NOT t.tgisinternal), "
    "(SELECT string_agg(p.polname, E'\\n' ORDER BY p.polname) FROM pg_catalog.pg_policy p WHERE p.polrelid = c.oid), "
    "(SELECT string_agg(r.rulename || ' ' || md5(pg_catalog.pg_get_ruledef(r.oid)), E'\\n' ORDER BY r.rulename) "
    "  FROM pg_catalog.pg_rewrite r WHERE r.ev_class = c.oid))) "
    "FROM pg_catalog.pg_class c WHERE c.oid = ANY ($1::pg_catalog.oid[])";

typedef struct sg_fp_table {
	unsigned long oid;
	char *name;
	char key[33];
	char content[33]; /* "" until digested */
} sg_fp_table;

static int cmp_oid(const void *a, const void *b)
{
	const sg_fp_table *x = a, *y = b;
	return x->oid < y->oid ? -1 : x->oid > y->oid;
}

static int cmp_name(const void *a, const void *b)
{
	const sg_fp_table *const *x = a, *const *y = b;
	return strcmp((*x)->name, (*y)->name);
}

static int query_failed(PGresult *res, PGconn *conn, const char *what, sg_error *err)
{
	sg_error_set(err, SG_ERR_DB, "fingerprinting the catalog (%s): %s", what, PQerrorMessage(conn));
	PQclear(res);
	return -1;
}

static void free_tables(sg_fp_table *t, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(t[i].name);
	free(t);
}

/* Digest the content of every table of `t` whose content is empty. */
static int digest_changed(sg_fingerprinter *fp, PGconn *conn, sg_fp_table *t, size_t n, sg_error *err)
{
	sg_strbuf oids = SG_STRBUF_INIT;
	size_t changed = 0;
	sg_strbuf_addch(&oids, '{');
	for (size_t i = 0; i < n; i++)
		if (!t[i].content[0])
			sg_strbuf_addf(&oids, "%s%lu", changed++ ? "," : "", t[i].oid);
	sg_strbuf_addch(&oids, '}');
	if (!changed) {
		sg_strbuf_release(&oids);
		return 0;
	}
	if (sg_strbuf_failed(&oids)) {
		sg_strbuf_release(&oids);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	const char *params[] = {oids.data};
	PGresult *res = PQexecParams(conn, content_sql, 1, NULL, params, NULL, NULL, 0);
	sg_strbuf_release(&oids);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		return query_failed(res, conn, "table contents", err);
	for (int r = 0; r < PQntuples(res); r++) {
		sg_fp_table probe = {.oid = strtoul(PQgetvalue(res, r, 0), NULL, 10)};
		sg_fp_table *hit = bsearch(&probe, t, n, sizeof(*t), cmp_oid);
		if (hit)
			snprintf(hit->content, sizeof(hit->content), "%s", PQgetvalue(res, r, 1));
	}
	PQclear(res);
	fp->digested += changed;
	return 0;
}

int sg_fingerprint_take(sg_fingerprinter *fp, PGconn *conn, const char *schema, char out[SG_FINGERPRINT_LEN + 1],
			sg_error *err)
{
	const char *params[] = {schema, fp->exclude_table ? fp->exclude_table : ""};
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_adds(&sql, relations_sql);
	sg_strbuf_adds(&sql, schema_sql);
	if (sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	PGresult *res = PQexecParams(conn, sql.data, 2, NULL, params, NULL, NULL, 0);
	sg_strbuf_release(&sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		return query_failed(res, conn, "table keys", err);
	int rows = PQntuples(res);
	sg_fp_table *t = calloc((size_t)rows + 1, sizeof(*t));
	sg_fp_table **by_name = calloc((size_t)rows + 1, sizeof(*by_name));
	char global[33] = "";
	size_t n = 0;
	bool oom = !t || !by_name;
	for (int r = 0; r < rows && !oom; r++) {
		unsigned long oid = strtoul(PQgetvalue(res, r, 0), NULL, 10);
		if (oid == 0) {
			snprintf(global, sizeof(global), "%s", PQgetvalue(res, r, 2));
			continue;
		}
		sg_fp_table *e = &t[n++];
		e->oid = oid;
		oom = !(e->name = strdup(PQgetvalue(res, r, 1)));
		snprintf(e->key, sizeof(e->key), "%s", PQgetvalue(res, r, 2));
	}
	PQclear(res);
	if (oom) {
		free_tables(t, n);
		free(by_name);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	qsort(t, n, sizeof(*t), cmp_oid);
	/* A table whose rows were not rewritten keeps the content digested last time. */
	for (size_t i = 0; i < n; i++) {
		sg_fp_table *old = fp->ntables ? bsearch(&t[i], fp->tables, fp->ntables, sizeof(*t), cmp_oid) : NULL;
		if (old && strcmp(old->key, t[i].key) == 0 && strcmp(old->name, t[i].name) == 0)
			memcpy(t[i].content, old->content, sizeof(t[i].content));
	}
	if (digest_changed(fp, conn, t, n, err) != 0) {
		free_tables(t, n);
		free(by_name);
		return -1;
	}
	/* By name, not oid: a table dropped and created again as it was fingerprints the same. */
	for (size_t i = 0; i < n; i++)
		by_name[i] = &t[i];
	qsort(by_name, n, sizeof(*by_name), cmp_name);
	sg_strbuf all = SG_STRBUF_INIT;
	sg_strbuf_addf(&all, "schema %s\n", global);
	for (size_t i = 0; i < n; i++)
		sg_strbuf_addf(&all, "%s %s\n", by_name[i]->name, by_name[i]->content);
	free(by_name);
	int rc = sg_strbuf_failed(&all) ? sg_error_set(err, SG_ERR_SYSTEM, "out of memory")
					: sg_checksum_sha256_hex(out, all.data, all.len, err);
	sg_strbuf_release(&all);
	free_tables(fp->tables, fp->ntables);
	fp->tables = t;
	fp->ntables = n;
	return rc;
}

void sg_fingerprinter_release(sg_fingerprinter *fp)
{
	free_tables(fp->tables, fp->ntables);
	memset(fp, 0, sizeof(*fp));
}
