/*
 * What the catalog reader's files share: catalog.c (the snapshot, the two
 * pipelines, the row helpers) and one catalog_<kind>.c per object kind, each
 * holding that kind's query beside the reader of its rows.  Not a public
 * header: only the files of the reader include it (catalog.h is the
 * contract).
 *
 * A kind's reader is called with its query's result while the pipeline is
 * being read, in the order of load_all()'s list in catalog.c: extensions,
 * enums, tables, then the per-table kinds (columns, constraints, indexes),
 * which attach their rows to the tables already read, then sequences (which
 * look at the columns), then the unmanaged objects.  It copies what it keeps into the schema's arena and returns 0,
 * or -1 with l->err set; the result is cleared by the caller.
 */
#ifndef SG_CATALOG_INT_H
#define SG_CATALOG_INT_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "catalog.h"
#include "strbuf.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */

/*
 * The schema, as $1: its oid, which the settings statement looked up (0 when
 * there is no such schema).  A constant the planner sees: it knows how few of
 * the catalogs' rows belong to the schema and reads a small schema in a large
 * database through the catalogs' indexes.  (A subquery on pg_namespace here
 * is opaque to the planner: a one-table schema next to 10,000 others took
 * half a second; a stable function of the name is run for every row.)
 */
#define SG_CATALOG__SCHEMA_OID "$1::pg_catalog.oid"

/*
 * The managed tables: ordinary tables of the schema that are not partitions,
 * inheritance children or typed tables, not owned by an extension, not
 * excluded.  $1 is the schema's oid, $2 the excluded names as a name[] literal.
 * Every per-table kind's query starts with it and joins `tbl`.
 */
#define SG_CATALOG__TABLES_CTE                                                                             \
	"WITH tbl AS (SELECT c.oid, c.relname, c.relnamespace FROM pg_catalog.pg_class c "                  \
	"WHERE c.relnamespace = " SG_CATALOG__SCHEMA_OID " AND c.relkind = 'r' AND NOT c.relispartition "   \
	"AND c.reloftype = 0 AND c.relname <> ALL ($2::pg_catalog.name[]) "                                 \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid) "                 \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass " \
	"AND d.objid = c.oid AND d.deptype = 'e')) "

/*
 * `ALIAS.oid` of catalog CATALOG is its own object: not a member of an
 * extension, not an internal part of another object (the constructor
 * functions of a range type, the sequence of an identity column).
 */
#define SG_CATALOG__OWN_OBJECT(CATALOG, ALIAS) SG_CATALOG__NOT_DEPENDENT(CATALOG, ALIAS, "'e', 'i'")
#define SG_CATALOG__NOT_DEPENDENT(CATALOG, ALIAS, DEPTYPES)                                                \
	"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid = 'pg_catalog." CATALOG       \
	"'::pg_catalog.regclass AND dep.objid = " ALIAS ".oid AND dep.deptype IN (" DEPTYPES "))"

/* clang-format on */

enum {
	SG_CATALOG__NSETTINGS = 11, /* the settings pinned for the call (catalog.c) */
	SG_CATALOG__MAX_KEYS = 64   /* room for a key's columns: more than INDEX_MAX_KEYS (32) */
};

/* One sg_catalog_load() call. */
typedef struct sg_catalog__loader {
	PGconn *conn;
	sg_schema *schema;
	sg_arena *arena;
	const char *params[2]; /* [1]: $2 of the kinds' queries, the excluded tables as a name[] literal */
	bool restored;	       /* the statement that puts the caller's settings back was sent */
	sg_catalog_stats stats;
	const sg_catalog_hook *hook; /* the caller's statements, NULL when none (catalog.h) */
	sg_error *err;
	bool oom;	/* an arena copy failed; reported once per phase */
	uint32_t *oids; /* table oids, ascending, parallel to schema->tables (malloc'd) */
	/* Every column read, in the columns query's order; a table's run starts at first_column[table]. */
	int *attnums;	      /* malloc'd */
	const char **qnames;  /* quote_ident(name): the column's own name when equal, else an arena copy (malloc'd) */
	size_t *first_column; /* per table (malloc'd) */
	char *old_settings[SG_CATALOG__NSETTINGS]; /* the caller's settings, malloc'd copies */
	char schema_oid[16];			   /* the schema's oid in decimal, "0" when it does not exist */
} sg_catalog__loader;

/* ---- reading rows (catalog.c) ----------------------------------------- */

/* Set l->err to the reader's out-of-memory error; returns -1. */
int sg_catalog__out_of_memory(sg_catalog__loader *l);

/*
 * Look up the result's columns `names` once into out[0..n).  The query text
 * is ours, so a missing column is a mismatch between the reader and the
 * server: returns -1 with err naming it, else 0.
 */
int sg_catalog__fields(sg_catalog__loader *l, const PGresult *res, const char *what, const char *const *names, int *out,
		       int n);

/* A field's text, NULL for SQL NULL.  Borrowed from the result. */
static inline const char *sg_catalog__val(const PGresult *res, int row, int field)
{
	return PQgetisnull(res, row, field) ? NULL : PQgetvalue(res, row, field);
}

static inline bool sg_catalog__flag(const PGresult *res, int row, int field)
{
	const char *v = sg_catalog__val(res, row, field);
	return v && v[0] == 't';
}

/* A "char" column: its one byte, '\0' for the empty value or NULL. */
static inline char sg_catalog__char_of(const PGresult *res, int row, int field)
{
	const char *v = sg_catalog__val(res, row, field);
	return v ? v[0] : '\0';
}

static inline uint32_t sg_catalog__oid_of(const PGresult *res, int row, int field)
{
	const char *v = sg_catalog__val(res, row, field);
	return v ? (uint32_t)strtoul(v, NULL, 10) : 0;
}

/* An integer field; -1 for NULL. */
static inline long sg_catalog__long_of(const PGresult *res, int row, int field)
{
	const char *v = sg_catalog__val(res, row, field);
	return v ? strtol(v, NULL, 10) : -1;
}

/*
 * A field's text copied into the schema's arena, NULL for SQL NULL.  A failed
 * copy returns NULL too and sets l->oom, which the reader checks once.
 */
const char *sg_catalog__dup(sg_catalog__loader *l, const PGresult *res, int row, int field);

/*
 * Parse the text of a one-dimensional text/name array ("{a,\"b c\"}") into an
 * exact-sized arena array of arena strings (*out NULL when empty).  `expect`
 * is the element count the catalog reported (-1: unknown), a cross-check of
 * the server's answer.  Returns 0, or -1 with err set.
 */
int sg_catalog__parse_array(sg_catalog__loader *l, const char *what, const char *text, long expect, const char ***out,
			    size_t *nout);

/*
 * Attribute numbers from an int2[] ("{1,2}") or int2vector ("1 2") text into
 * out (room for SG_CATALOG__MAX_KEYS): their count (0 for NULL), or -1 when
 * malformed.
 */
int sg_catalog__parse_attnums(const char *text, long *out);

/* Append already quoted names, comma-separated. */
void sg_catalog__join_list(sg_strbuf *sb, const char *const *quoted, size_t n);

/*
 * A per-table kind's reader of one table's rows [begin, end) of `res`, `f`
 * being the query's field numbers: 0, or -1 with err set.
 */
typedef int (*sg_catalog__fill_fn)(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin,
				   int end);

/*
 * The rows of `res` for each table, in one pass: rows are ordered by the
 * table oid in field `relid`, like l->oids.  Calls `fill` with each table and
 * its row range [begin, end).  Rows of a table that is not in the set (only
 * possible when a concurrent transaction created it between two queries of
 * the caller's READ COMMITTED transaction) are skipped.  Returns 0, or -1
 * with err set (out of memory when l->oom is set at the end).
 */
int sg_catalog__for_each_table(sg_catalog__loader *l, const PGresult *res, int relid, const int *f,
			       sg_catalog__fill_fn fill);

/* ---- tables and columns (catalog_tables.c) ---------------------------- */

/*
 * Tables: fills schema->tables and l->oids, in oid order.  Columns: each
 * table's columns, and l->attnums, l->qnames and l->first_column, which the
 * later kinds name their columns from.
 */
extern const char sg_catalog__tables_sql[];
int sg_catalog__read_tables(sg_catalog__loader *l, const PGresult *res);
/* The columns query for a server of `server_version` (COMPRESSION from PostgreSQL 14). */
const char *sg_catalog__columns_sql(int server_version);
int sg_catalog__read_columns(sg_catalog__loader *l, const PGresult *res);

/* The index of the table with oid `oid` in the set read, or -1 when it is not in it. */
long sg_catalog__table_with_oid(const sg_catalog__loader *l, uint32_t oid);

/*
 * A column list from attribute numbers [from, to) of `nums`, of table `ti`:
 * an arena array of the columns' own names into *names (when given) and their
 * quoted names into qnames (room for SG_CATALOG__MAX_KEYS; borrowed from the
 * loader).  Returns 0, or -1 with err set when a number names no column the
 * reader has (`what`: the query, for the message) or out of memory.
 */
int sg_catalog__columns_named(sg_catalog__loader *l, const char *what, size_t ti, const long *nums, int from, int to,
			      const char ***names, size_t *nnames, const char **qnames);

/* ---- one file per other kind: its query and its reader ---------------- */

/* catalog_extensions.c: schema->extensions. */
extern const char sg_catalog__extensions_sql[];
int sg_catalog__read_extensions(sg_catalog__loader *l, const PGresult *res);

/*
 * catalog_sequences.c: schema->sequences, read after the columns (a serial
 * column's sequence is left to its column).
 */
extern const char sg_catalog__sequences_sql[];
int sg_catalog__read_sequences(sg_catalog__loader *l, const PGresult *res);

/* catalog_enums.c: schema->enums with their labels in order. */
extern const char sg_catalog__enums_sql[];
int sg_catalog__read_enums(sg_catalog__loader *l, const PGresult *res);

/* catalog_domains.c: schema->domains with their checks. */
extern const char sg_catalog__domains_sql[];
int sg_catalog__read_domains(sg_catalog__loader *l, const PGresult *res);

/* catalog_constraints.c: each table's constraints; the query for a server version (PQserverVersion() form). */
const char *sg_catalog__constraints_sql(int server_version);
int sg_catalog__read_constraints(sg_catalog__loader *l, const PGresult *res);

/* catalog_indexes.c: each table's indexes; the query for a server version (PQserverVersion() form). */
const char *sg_catalog__indexes_sql(int server_version);
int sg_catalog__read_indexes(sg_catalog__loader *l, const PGresult *res);
/*
 * Split pg_get_indexdef(oid, 0, true) `def` of index `idx` (unique and where
 * set) into idx->elements (each key with its COLLATE, opclass, DESC, NULLS)
 * and idx->definition (the table unqualified), from the keys' bare texts
 * pg_get_indexdef(oid, k, true) and the quoted names.  Returns 0, or -1 with
 * l->err set.  Also used for a materialized view's indexes.
 */
int sg_catalog__index_elements(sg_catalog__loader *l, sg_index *idx, const char *table, const char *def,
			       const char *qname, const char *qschema, const char *qtable, const char *qmethod,
			       const char *const *keys, size_t nkeys);

/* catalog_triggers.c: each table's triggers; each view's (read after the views, attached to them by name). */
extern const char sg_catalog__triggers_sql[];
int sg_catalog__read_triggers(sg_catalog__loader *l, const PGresult *res);
extern const char sg_catalog__view_triggers_sql[];
int sg_catalog__read_view_triggers(sg_catalog__loader *l, const PGresult *res);

/* catalog_views.c: schema->views (read before their indexes, which attach to them by name). */
extern const char sg_catalog__views_sql[];
int sg_catalog__read_views(sg_catalog__loader *l, const PGresult *res);
extern const char sg_catalog__view_indexes_sql[];
int sg_catalog__read_view_indexes(sg_catalog__loader *l, const PGresult *res);

/* catalog_functions.c: schema->functions (and procedures); the query for a server version. */
const char *sg_catalog__functions_sql(int server_version);
int sg_catalog__read_functions(sg_catalog__loader *l, const PGresult *res);

/*
 * catalog_unmanaged.c: schema->unmanaged.  The query is joined at run time
 * (ISO C only promises string literals of 4095 bytes): a malloc'd text the
 * caller frees, NULL when out of memory.
 */
char *sg_catalog__unmanaged_sql(void);
int sg_catalog__read_unmanaged(sg_catalog__loader *l, const PGresult *res);

/*
 * catalog_dependents.c: schema->dependents, the objects outside the models
 * that depend on managed ones.  Joined at run time as the unmanaged query is.
 */
char *sg_catalog__dependents_sql(void);
int sg_catalog__read_dependents(sg_catalog__loader *l, const PGresult *res);

#endif
