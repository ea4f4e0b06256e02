/*
 * The tables and columns of the catalog reader (catalog_int.h): the managed
 * tables (SG_CATALOG__TABLES_CTE) with their comments, then every column of
 * them (statistics targets too), one query each, and the readers of their
 * rows.  The tables are read first and in oid order, so every per-table kind
 * after them attaches its rows in one merge pass (sg_catalog__for_each_table);
 * the columns are kept by attribute number for the later kinds, whose keys
 * name columns by number (sg_catalog__columns_named).
 */
#include "catalog_int.h"

#include <stdio.h>
#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
const char sg_catalog__tables_sql[] =
	SG_CATALOG__TABLES_CTE
	"SELECT tbl.oid, tbl.relname, d.description, "
	/* What the models cannot say (inspect notes it): persistence, storage parameters, replica identity. */
	"NULLIF(concat_ws(', ', CASE WHEN r.relpersistence = 'u' THEN 'UNLOGGED' END, "
	"'WITH (' || pg_catalog.array_to_string(r.reloptions, ', ') || ')', "
	"CASE r.relreplident WHEN 'f' THEN 'REPLICA IDENTITY FULL' WHEN 'n' THEN 'REPLICA IDENTITY NOTHING' "
	"WHEN 'i' THEN 'REPLICA IDENTITY USING INDEX' END), '') AS unmanaged "
	"FROM tbl JOIN pg_catalog.pg_class r ON r.oid = tbl.oid "
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND d.objoid = tbl.oid AND d.objsubid = 0 "
	"ORDER BY tbl.oid";

/*
 * COMPRESSION: the column's compression method, pg_attribute.attcompression
 * from PostgreSQL 14 on; NULL before.
 */
#define COLUMNS_SQL(COMPRESSION)                                                                           \
	SG_CATALOG__TABLES_CTE \
	"SELECT a.attrelid, a.attname, a.attnum, pg_catalog.quote_ident(a.attname) AS qname, " \
	"pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, " \
	/* A default cannot refer to a column: deparsed without the table, whose relcache entry would cost more. */ \
	"CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END AS default_expr, " \
	"a.attidentity, a.attgenerated, " \
	"CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated, " \
	"CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation, " \
	"d.description, " \
	/* The server's default is -1 up to PostgreSQL 16, NULL from 17. */ \
	"CASE WHEN a.attstattarget >= 0 THEN a.attstattarget END AS stattarget, " \
	/* An identity's sequence options (never its current value, which is data), looked up for identities only. */ \
	"CASE WHEN a.attidentity <> '' THEN (SELECT pg_catalog.format_type(s.seqtypid, NULL) || ' ' || s.seqstart " \
	"|| ' ' || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' ' || s.seqcycle " \
	"FROM pg_catalog.pg_depend dep JOIN pg_catalog.pg_sequence s ON s.seqrelid = dep.objid " \
	"WHERE dep.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND dep.refobjid = a.attrelid " \
	"AND dep.refobjsubid = a.attnum AND dep.classid = 'pg_catalog.pg_class'::pg_catalog.regclass " \
	"AND dep.deptype = 'i') END AS identity_sequence, " \
	/* What the models cannot say (inspect notes it): STORAGE other than the type's, COMPRESSION, SET (...). */ \
	"NULLIF(concat_ws(' ', CASE WHEN a.attstorage <> t.typstorage THEN 'STORAGE ' || CASE a.attstorage " \
	"WHEN 'p' THEN 'PLAIN' WHEN 'e' THEN 'EXTERNAL' WHEN 'm' THEN 'MAIN' ELSE 'EXTENDED' END END, " \
	COMPRESSION ", 'SET (' || pg_catalog.array_to_string(a.attoptions, ', ') || ')'), '') AS unmanaged " \
	"FROM tbl JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl.oid " \
	"JOIN pg_catalog.pg_type t ON t.oid = a.atttypid " \
	"LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum " \
	"LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation " \
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass " \
	"AND d.objoid = a.attrelid AND d.objsubid = a.attnum " \
	"WHERE a.attnum > 0 AND NOT a.attisdropped " \
	"ORDER BY a.attrelid, a.attnum"

static const char columns_sql_14[] = COLUMNS_SQL(
	"CASE a.attcompression WHEN 'p' THEN 'COMPRESSION pglz' WHEN 'l' THEN 'COMPRESSION lz4' END");
static const char columns_sql_13[] = COLUMNS_SQL("NULL::text");
/* clang-format on */

const char *sg_catalog__columns_sql(int server_version)
{
	return server_version >= 140000 ? columns_sql_14 : columns_sql_13;
}

int sg_catalog__read_tables(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"oid", "relname", "description", "unmanaged"};
	int f[4] = {0};
	int rc = sg_catalog__fields(l, res, "tables", names, f, 4);
	size_t n = (size_t)PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_table *tables = sg_arena_array(l->arena, n, sizeof(*tables));
		l->oids = malloc(n * sizeof(*l->oids));
		if (!tables || !l->oids) {
			rc = sg_catalog__out_of_memory(l);
		} else {
			for (size_t i = 0; i < n; i++) {
				l->oids[i] = sg_catalog__oid_of(res, (int)i, f[0]);
				tables[i].name = sg_catalog__dup(l, res, (int)i, f[1]);
				tables[i].comment = sg_catalog__dup(l, res, (int)i, f[2]);
				tables[i].unmanaged = sg_catalog__dup(l, res, (int)i, f[3]);
			}
			l->schema->tables = tables;
			l->schema->ntables = n;
		}
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}

enum {
	C_RELID,
	C_NAME,
	C_ATTNUM,
	C_QNAME,
	C_TYPE,
	C_NOTNULL,
	C_DEFAULT,
	C_IDENTITY,
	C_GENERATED_KIND,
	C_GENERATED,
	C_COLLATION,
	C_COMMENT,
	C_STATTARGET,
	C_IDENTITY_SEQUENCE,
	C_UNMANAGED,
	C_COUNT
};

/* An identity column's sequence options from "type start increment min max cache cycle". */
static int identity_sequence(sg_catalog__loader *l, const sg_table *t, sg_column *c, const char *text)
{
	char type[SG_NAMEDATALEN], cycle[8];
	sg_sequence *q = sg_arena_alloc(l->arena, sizeof(*q));
	if (!q)
		return sg_catalog__out_of_memory(l);
	*q = (sg_sequence){0};
	if (!text || sscanf(text, "%63s %lld %lld %lld %lld %lld %7s", type, &q->start, &q->increment, &q->min, &q->max,
			    &q->cache, cycle) != 7)
		return sg_error_set(l->err, SG_ERR_DB,
				    "catalog query 'columns' returned no sequence for identity column '%s.%s'", t->name,
				    c->name ? c->name : "?");
	q->type = sg_arena_strdup(l->arena, type);
	q->cycle = strcmp(cycle, "true") == 0;
	if (!q->type)
		return sg_catalog__out_of_memory(l);
	c->identity_seq = q;
	return 0;
}

static int fill_columns(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin);
	t->columns = sg_arena_array(l->arena, n, sizeof(*t->columns));
	if (!t->columns)
		return sg_catalog__out_of_memory(l);
	t->ncolumns = n;
	l->first_column[t - l->schema->tables] = (size_t)begin;
	for (int i = begin; i < end; i++) {
		sg_column *c = &t->columns[i - begin];
		c->name = sg_catalog__dup(l, res, i, f[C_NAME]);
		l->attnums[i] = (int)sg_catalog__long_of(res, i, f[C_ATTNUM]);
		const char *q = sg_catalog__val(res, i, f[C_QNAME]);
		l->qnames[i] =
		    c->name && q && strcmp(q, c->name) == 0 ? c->name : sg_catalog__dup(l, res, i, f[C_QNAME]);
		c->type = sg_catalog__dup(l, res, i, f[C_TYPE]);
		c->nullable = !sg_catalog__flag(res, i, f[C_NOTNULL]);
		c->default_expr = sg_catalog__dup(l, res, i, f[C_DEFAULT]);
		switch (sg_catalog__char_of(res, i, f[C_IDENTITY])) {
		case 'a':
			c->identity = SG_IDENTITY_ALWAYS;
			break;
		case 'd':
			c->identity = SG_IDENTITY_BY_DEFAULT;
			break;
		default:
			c->identity = SG_IDENTITY_NONE;
			break;
		}
		if (c->identity != SG_IDENTITY_NONE &&
		    identity_sequence(l, t, c, sg_catalog__val(res, i, f[C_IDENTITY_SEQUENCE])) != 0)
			return -1;
		char gen = sg_catalog__char_of(res, i, f[C_GENERATED_KIND]);
		if (gen == 's') {
			c->generated = sg_catalog__dup(l, res, i, f[C_GENERATED]);
		} else if (gen) {
			/* Not STORED (PostgreSQL 18's VIRTUAL): nothing the schema can say; report it, never manage it.
			 */
			return sg_error_set(l->err, SG_ERR_DB,
					    "column '%s.%s' is generated in a way schemagen does not "
					    "support (attgenerated '%c')",
					    t->name, c->name ? c->name : "?", gen);
		}
		c->collation = sg_catalog__dup(l, res, i, f[C_COLLATION]);
		c->comment = sg_catalog__dup(l, res, i, f[C_COMMENT]);
		c->unmanaged = sg_catalog__dup(l, res, i, f[C_UNMANAGED]);
		c->has_statistics = !PQgetisnull(res, i, f[C_STATTARGET]);
		c->statistics = c->has_statistics ? (int)sg_catalog__long_of(res, i, f[C_STATTARGET]) : 0;
	}
	return 0;
}

int sg_catalog__read_columns(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[C_COUNT] = {"attrelid",	   "attname",		"attnum",	"qname",
						   "type",	   "attnotnull",	"default_expr", "attidentity",
						   "attgenerated", "generated",		"collation",	"description",
						   "stattarget",   "identity_sequence", "unmanaged"};
	int f[C_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "columns", names, f, C_COUNT);
	size_t n = (size_t)PQntuples(res);
	if (rc == 0) {
		l->attnums = malloc((n + 1) * sizeof(*l->attnums));
		l->qnames = malloc((n + 1) * sizeof(*l->qnames));
		l->first_column = calloc(l->schema->ntables + 1, sizeof(*l->first_column));
		if (!l->attnums || !l->qnames || !l->first_column)
			rc = sg_catalog__out_of_memory(l);
	}
	if (rc == 0)
		rc = sg_catalog__for_each_table(l, res, f[C_RELID], f, fill_columns);
	return rc;
}

/* Table `ti`'s column with attribute number `attnum`: its position in the table's columns, or -1. */
static long column_at(const sg_catalog__loader *l, size_t ti, long attnum)
{
	const sg_table *t = &l->schema->tables[ti];
	const int *a = l->attnums + l->first_column[ti];
	size_t lo = 0, hi = t->ncolumns;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (a[mid] < attnum)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < t->ncolumns && a[lo] == attnum ? (long)lo : -1;
}

/* Binary search of l->oids (catalog_int.h). */
long sg_catalog__table_with_oid(const sg_catalog__loader *l, uint32_t oid)
{
	size_t lo = 0, hi = l->schema->ntables;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->oids[mid] < oid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < l->schema->ntables && l->oids[lo] == oid ? (long)lo : -1;
}

/* A column list by attribute numbers, named from the columns read (catalog_int.h). */
int sg_catalog__columns_named(sg_catalog__loader *l, const char *what, size_t ti, const long *nums, int from, int to,
			      const char ***names, size_t *nnames, const char **qnames)
{
	size_t n = to > from ? (size_t)(to - from) : 0;
	const char **out = NULL;
	if (names && n && !(out = sg_arena_array(l->arena, n, sizeof(*out))))
		return sg_catalog__out_of_memory(l);
	const sg_table *t = &l->schema->tables[ti];
	for (size_t k = 0; k < n; k++) {
		long at = column_at(l, ti, nums[from + (int)k]);
		if (at < 0)
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query '%s' names column number %ld of table '%s', "
					    "which was not read",
					    what, nums[from + (int)k], t->name);
		if (out)
			out[k] = t->columns[at].name;
		qnames[k] = l->qnames[l->first_column[ti] + (size_t)at];
	}
	if (names) {
		*names = out;
		*nnames = n;
	}
	return 0;
}
