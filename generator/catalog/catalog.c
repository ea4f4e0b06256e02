/*
 * sg_catalog_load: one schema from pg_catalog into an sg_schema (catalog.h).
 *
 * Every object kind is one query for the whole schema.  Rows of the per-table
 * kinds (columns, constraints, indexes) come ordered by table oid, the same
 * order as the tables query, so each kind is attached to its tables in one
 * merge pass.  Strings are copied into the schema's arena and every result is
 * cleared as soon as it has been read.
 */
#include "catalog.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "strbuf.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */
/* ---- the queries ------------------------------------------------------ */

/*
 * The schema, as $1: its oid, which the settings statement looked up (0 when
 * there is no such schema).  A constant the planner sees: it knows how few of
 * the catalogs' rows belong to the schema and reads a small schema in a large
 * database through the catalogs' indexes.  (A subquery on pg_namespace here
 * is opaque to the planner: a one-table schema next to 10,000 others took
 * half a second; a stable function of the name is run for every row.)
 */
#define SCHEMA_OID "$1::pg_catalog.oid"

/*
 * The managed tables: ordinary tables of the schema that are not partitions,
 * inheritance children or typed tables, not owned by an extension, not
 * excluded.  $1 is the schema name, $2 the excluded names as a name[] literal.
 */
#define TABLES_CTE                                                                                         \
	"WITH tbl AS (SELECT c.oid, c.relname, c.relnamespace FROM pg_catalog.pg_class c "                  \
	"WHERE c.relnamespace = " SCHEMA_OID " AND c.relkind = 'r' AND NOT c.relispartition "               \
	"AND c.reloftype = 0 AND c.relname <> ALL ($2::pg_catalog.name[]) "                                 \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid) "                 \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass " \
	"AND d.objid = c.oid AND d.deptype = 'e')) "

/*
 * `ALIAS.oid` of catalog CATALOG is its own object: not a member of an
 * extension, not an internal part of another object (the constructor
 * functions of a range type, the sequence of an identity column).
 */
#define OWN_OBJECT(CATALOG, ALIAS) NOT_DEPENDENT(CATALOG, ALIAS, "'e', 'i'")
/* Not a member of an extension (a composite type's relation is an internal part of its type: still listed). */
#define NOT_EXTENSION_MEMBER(CATALOG, ALIAS) NOT_DEPENDENT(CATALOG, ALIAS, "'e'")
#define NOT_DEPENDENT(CATALOG, ALIAS, DEPTYPES)                                                            \
	"NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend dep WHERE dep.classid = 'pg_catalog." CATALOG       \
	"'::pg_catalog.regclass AND dep.objid = " ALIAS ".oid AND dep.deptype IN (" DEPTYPES "))"

/*
 * Extensions installed in the schema or in a schema of the pinned search_path:
 * the ones whose objects the schema's text can name without a qualification.
 */
static const char extensions_sql[] =
	"SELECT e.extname FROM pg_catalog.pg_extension e "
	"JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
	"WHERE (n.oid = " SCHEMA_OID " OR n.nspname = ANY (pg_catalog.current_schemas(false))) "
	"AND n.nspname <> 'pg_catalog' "
	"ORDER BY e.extname COLLATE \"C\"";

static const char enums_sql[] =
	"SELECT t.oid, t.typname, e.enumlabel FROM pg_catalog.pg_type t "
	"LEFT JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid "
	"WHERE t.typnamespace = " SCHEMA_OID " "
	"AND t.typtype = 'e' AND " OWN_OBJECT("pg_type", "t") " "
	"ORDER BY t.oid, e.enumsortorder";

static const char tables_sql[] =
	TABLES_CTE
	"SELECT tbl.oid, tbl.relname, d.description FROM tbl "
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND d.objoid = tbl.oid AND d.objsubid = 0 "
	"ORDER BY tbl.oid";

static const char columns_sql[] =
	TABLES_CTE
	"SELECT a.attrelid, a.attname, a.attnum, pg_catalog.quote_ident(a.attname) AS qname, "
	"pg_catalog.format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull, "
	/* A default cannot refer to a column: deparsed without the table, whose relcache entry would cost more. */
	"CASE WHEN a.attgenerated = '' THEN pg_catalog.pg_get_expr(ad.adbin, 0) END AS default_expr, "
	"a.attidentity, a.attgenerated, "
	"CASE WHEN a.attgenerated <> '' THEN pg_catalog.pg_get_expr(ad.adbin, ad.adrelid) END AS generated, "
	"CASE WHEN a.attcollation <> t.typcollation THEN co.collname END AS collation, "
	"d.description "
	"FROM tbl JOIN pg_catalog.pg_attribute a ON a.attrelid = tbl.oid "
	"JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
	"LEFT JOIN pg_catalog.pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum "
	"LEFT JOIN pg_catalog.pg_collation co ON co.oid = a.attcollation "
	"LEFT JOIN pg_catalog.pg_description d ON d.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND d.objoid = a.attrelid AND d.objsubid = a.attnum "
	"WHERE a.attnum > 0 AND NOT a.attisdropped "
	"ORDER BY a.attrelid, a.attnum";

/*
 * Names (NAME: attname or quote_ident(attname)) of attribute numbers ARR of
 * relation REL, in array order: only for foreign keys to tables outside the
 * set read, whose columns the reader does not have.
 */
#define ATTNAMES(NAME, ARR, REL)                                                                           \
	"ARRAY(SELECT " NAME " FROM pg_catalog.unnest(" ARR ") WITH ORDINALITY AS k(attnum, ord) "          \
	"JOIN pg_catalog.pg_attribute a ON a.attrelid = " REL " AND a.attnum = k.attnum ORDER BY k.ord)"
#define OUTSIDE_REFERENCE "con.contype = 'f' AND con.confrelid NOT IN (SELECT oid FROM tbl)"

/*
 * Constraints managed as such; clones of a partitioned parent's keys
 * (conparentid) are its, not ours.  Column lists come as attribute numbers,
 * named from the columns already read (pg_dump's way: a subquery per row
 * costs more than the rest of the query).  DEFINITION is the server's
 * pg_get_constraintdef(), or NULL where the reader writes the same text
 * itself (constraint_definition): a definition is a fixed frame around
 * column lists, the referenced table's name and, for a CHECK, the expression
 * deparsed anyway.  DELETE_SET_COLUMNS: the attribute numbers of ON DELETE
 * SET NULL / SET DEFAULT (PostgreSQL 15).
 */
#define CONSTRAINTS_SQL(NULLS_NOT_DISTINCT, DEFINITION, DELETE_SET_COLUMNS)                                \
	TABLES_CTE                                                                                         \
	"SELECT con.conrelid, con.conname, con.contype, " DEFINITION " AS definition, con.conkey, "          \
	"CASE WHEN con.contype = 'c' THEN pg_catalog.pg_get_expr(con.conbin, con.conrelid) END AS expression, " \
	NULLS_NOT_DISTINCT " AS nulls_not_distinct, "                                                        \
	"rc.relname AS ref_table, "                                                                         \
	"CASE WHEN rc.relnamespace <> tbl.relnamespace THEN rn.nspname END AS ref_schema, "                  \
	"con.confrelid, con.confkey, "                                                                      \
	"CASE WHEN " OUTSIDE_REFERENCE " THEN " ATTNAMES("a.attname", "con.confkey", "con.confrelid")        \
	" END AS outside_ref_columns, "                                                                     \
	"CASE WHEN " OUTSIDE_REFERENCE " THEN "                                                             \
	ATTNAMES("pg_catalog.quote_ident(a.attname)", "con.confkey", "con.confrelid") " END AS outside_qref_columns, " \
	"con.confdeltype, con.confupdtype, con.condeferrable, con.condeferred, con.convalidated, "           \
	"ui.indkey AS index_key, ui.indnkeyatts, ui.indnatts, con.connoinherit, con.confmatchtype, "        \
	"CASE WHEN pg_catalog.pg_table_is_visible(rc.oid) THEN pg_catalog.quote_ident(rc.relname) "         \
	"ELSE pg_catalog.quote_ident(rn.nspname) || '.' || pg_catalog.quote_ident(rc.relname) END AS qref_table, " \
	DELETE_SET_COLUMNS " AS delete_set_columns "                                                        \
	"FROM tbl JOIN pg_catalog.pg_constraint con ON con.conrelid = tbl.oid "                              \
	"LEFT JOIN pg_catalog.pg_index ui ON ui.indexrelid = con.conindid AND con.contype IN ('p', 'u') "   \
	"LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid AND con.contype = 'f' "                 \
	"LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace "                                  \
	"WHERE con.contype IN ('p', 'u', 'c', 'f') AND con.conparentid = 0 "                                \
	"ORDER BY con.conrelid, con.conname"

#define SERVER_CONSTRAINT_DEF "pg_catalog.pg_get_constraintdef(con.oid)"
#define OWN_CONSTRAINT_DEF "NULL::text"

/*
 * PostgreSQL 17 adds WITHOUT OVERLAPS and PERIOD to keys: from there on,
 * every definition is the server's.
 */
static const char constraints_sql_17[] =
	CONSTRAINTS_SQL("COALESCE(ui.indnullsnotdistinct, false)", SERVER_CONSTRAINT_DEF, "con.confdelsetcols");
static const char constraints_sql_15[] =
	CONSTRAINTS_SQL("COALESCE(ui.indnullsnotdistinct, false)", OWN_CONSTRAINT_DEF, "con.confdelsetcols");
static const char constraints_sql_13[] = CONSTRAINTS_SQL("false", OWN_CONSTRAINT_DEF, "NULL::pg_catalog.int2[]");

/*
 * Key elements start with the bare column or expression, as
 * pg_get_indexdef(oid, k, true) prints it: for an index without expressions
 * that is quote_ident(attname) of each key column, taken from the columns
 * already read; the full definition adds what follows each (collation,
 * opclass, ordering), and is split at those known texts (index_elements).
 */
#define INDEXES_SQL(NULLS_NOT_DISTINCT, DEFINITION)                                                        \
	TABLES_CTE                                                                                         \
	"SELECT i.indrelid, ic.relname, i.indisunique, " NULLS_NOT_DISTINCT " AS nulls_not_distinct, "      \
	"am.amname, " DEFINITION " AS definition, "                                                          \
	"CASE WHEN i.indexprs IS NOT NULL THEN ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true) " \
	"FROM pg_catalog.generate_series(1, i.indnkeyatts) AS k ORDER BY k) END AS expression_keys, "         \
	"i.indkey, i.indnkeyatts, i.indnatts, "                                                              \
	"pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate, "                                \
	"bk.contype IS NOT NULL AS constraint_backed, "                                                     \
	"pg_catalog.quote_ident(ic.relname) AS qname, pg_catalog.quote_ident(n.nspname) AS qschema, "      \
	"pg_catalog.quote_ident(tbl.relname) AS qtable, pg_catalog.quote_ident(am.amname) AS qmethod "     \
	"FROM tbl JOIN pg_catalog.pg_index i ON i.indrelid = tbl.oid "                                      \
	"JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "                                             \
	"JOIN pg_catalog.pg_am am ON am.oid = ic.relam "                                                    \
	"JOIN pg_catalog.pg_namespace n ON n.oid = tbl.relnamespace "                                       \
	"LEFT JOIN LATERAL (SELECT con.contype FROM pg_catalog.pg_constraint con "                          \
	"WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid AND con.contype IN ('p', 'u', 'x') " \
	"LIMIT 1) bk ON true "                                                                               \
	"ORDER BY i.indrelid, ic.relname"

/*
 * The index of a PRIMARY KEY or UNIQUE constraint has plain columns with
 * their default opclass, collation and order (PostgreSQL insists on it), no
 * predicate, and here no storage parameters: the reader writes its definition
 * itself (key_index_definition), exactly as pg_get_indexdef() would.
 */
#define SERVER_INDEX_DEF "pg_catalog.pg_get_indexdef(i.indexrelid, 0, true)"
#define OWN_KEY_INDEX_DEF                                                                                  \
	"CASE WHEN bk.contype IN ('p', 'u') AND ic.reloptions IS NULL THEN NULL "                           \
	"ELSE pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) END"

static const char indexes_sql_17[] = INDEXES_SQL("i.indnullsnotdistinct", SERVER_INDEX_DEF);
static const char indexes_sql_15[] = INDEXES_SQL("i.indnullsnotdistinct", OWN_KEY_INDEX_DEF);
static const char indexes_sql_13[] = INDEXES_SQL("false", OWN_KEY_INDEX_DEF);

/* Relations of the schema that are not excluded and not an extension's. */
#define SCHEMA_RELATION(ALIAS)                                                                             \
	ALIAS ".relnamespace = " SCHEMA_OID " AND " ALIAS ".relname <> ALL ($2::pg_catalog.name[]) AND "    \
	NOT_EXTENSION_MEMBER("pg_class", ALIAS)

/* Everything of the schema that schemagen does not manage (yet): listed, never touched. */
/*
 * (Pieces joined at run time: ISO C only promises string literals of 4095
 * bytes.)
 */
static const char *const unmanaged_sql[] = {
	"SELECT kind, name FROM ("
	/* relations other than managed tables */
	"SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view' "
	"WHEN 'p' THEN CASE WHEN c.relispartition THEN 'partition' ELSE 'partitioned table' END "
	"WHEN 'f' THEN CASE WHEN c.relispartition THEN 'partition' ELSE 'foreign table' END "
	"WHEN 'S' THEN 'sequence' WHEN 'c' THEN 'composite type' "
	"ELSE CASE WHEN c.relispartition THEN 'partition' WHEN c.reloftype <> 0 THEN 'typed table' "
	"ELSE 'inherited table' END END AS kind, c.relname::text AS name "
	"FROM pg_catalog.pg_class c WHERE " SCHEMA_RELATION("c") " AND ("
	"c.relkind IN ('v', 'm', 'p', 'f', 'c') "
	"OR (c.relkind = 'r' AND (c.relispartition OR c.reloftype <> 0 "
	"OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid))) "
	"OR (c.relkind = 'S' AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d "
	"WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = c.oid "
	"AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0 "
	"AND d.deptype IN ('a', 'i')))) "
	,
	/* routines */
	"UNION ALL SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' "
	"WHEN 'w' THEN 'window function' ELSE 'function' END, "
	"p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' "
	"FROM pg_catalog.pg_proc p WHERE p.pronamespace = " SCHEMA_OID " AND "
	OWN_OBJECT("pg_proc", "p") " "
	,
	/* types that are not relations' row types or enums */
	"UNION ALL SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'range type' END, t.typname::text "
	"FROM pg_catalog.pg_type t WHERE t.typnamespace = " SCHEMA_OID " AND t.typtype IN ('d', 'r') AND "
	OWN_OBJECT("pg_type", "t") " "
	,
	/* objects that belong to a relation of the schema; a partition's cloned triggers are its parent's */
	"UNION ALL SELECT 'trigger', c.relname || '.' || tg.tgname FROM pg_catalog.pg_trigger tg "
	"JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid "
	"WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'policy', c.relname || '.' || pol.polname FROM pg_catalog.pg_policy pol "
	"JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid WHERE " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'row level security', c.relname::text FROM pg_catalog.pg_class c "
	"WHERE c.relrowsecurity AND " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'rule', c.relname || '.' || r.rulename FROM pg_catalog.pg_rewrite r "
	"JOIN pg_catalog.pg_class c ON c.oid = r.ev_class WHERE r.rulename <> '_RETURN' AND " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'exclusion constraint', c.relname || '.' || con.conname FROM pg_catalog.pg_constraint con "
	"JOIN pg_catalog.pg_class c ON c.oid = con.conrelid WHERE con.contype = 'x' AND con.conparentid = 0 AND "
	SCHEMA_RELATION("c") " "
	,
	/* schema-level objects of other kinds */
	"UNION ALL SELECT 'statistics', s.stxname::text FROM pg_catalog.pg_statistic_ext s "
	"WHERE s.stxnamespace = " SCHEMA_OID " AND " OWN_OBJECT("pg_statistic_ext", "s") " "
	"UNION ALL SELECT 'collation', co.collname::text FROM pg_catalog.pg_collation co "
	"WHERE co.collnamespace = " SCHEMA_OID " AND " OWN_OBJECT("pg_collation", "co") " "
	") u ORDER BY kind COLLATE \"C\", name COLLATE \"C\"",
};

/*
 * Pin the deparse environment for this transaction, returning what it was
 * (read before anything is set: the CTE is evaluated first).  $1 is the schema
 * name, $2 the search_path.
 */
static const char pin_sql[] =
	"WITH old AS MATERIALIZED (SELECT "
	"COALESCE(pg_catalog.to_regnamespace(pg_catalog.quote_ident($1))::pg_catalog.oid, 0) AS schema_oid, "
	"pg_catalog.current_setting('search_path') AS search_path, "
	"pg_catalog.current_setting('quote_all_identifiers') AS quote_all_identifiers, "
	"pg_catalog.current_setting('DateStyle') AS datestyle, "
	"pg_catalog.current_setting('IntervalStyle') AS intervalstyle, "
	"pg_catalog.current_setting('extra_float_digits') AS extra_float_digits, "
	"pg_catalog.current_setting('max_parallel_workers_per_gather') AS max_parallel_workers_per_gather, "
	"pg_catalog.current_setting('work_mem') AS work_mem, "
	"pg_catalog.current_setting('jit') AS jit) "
	"SELECT old.*, pg_catalog.set_config('search_path', $2, true), "
	"pg_catalog.set_config('quote_all_identifiers', 'off', true), "
	"pg_catalog.set_config('DateStyle', 'ISO', true), "
	"pg_catalog.set_config('IntervalStyle', 'postgres', true), "
	"pg_catalog.set_config('extra_float_digits', '3', true), "
	/*
	 * Speed only: parallel workers start with cold catalog caches, the per-table sorts fit in memory, and
	 * compiling a catalog query's expressions (JIT: the plans of a large schema cost above jit_above_cost)
	 * took longer than running it, 1.2 of 1.8 s for the constraints of 10,000 tables.
	 */
	"pg_catalog.set_config('max_parallel_workers_per_gather', '0', true), "
	"pg_catalog.set_config('work_mem', '64MB', true), "
	"pg_catalog.set_config('jit', 'off', true) FROM old";

/* Put the caller's settings back (only inside the caller's transaction; our own COMMIT does it otherwise). */
static const char restore_sql[] =
	"SELECT pg_catalog.set_config('search_path', $1, true), "
	"pg_catalog.set_config('quote_all_identifiers', $2, true), "
	"pg_catalog.set_config('DateStyle', $3, true), "
	"pg_catalog.set_config('IntervalStyle', $4, true), "
	"pg_catalog.set_config('extra_float_digits', $5, true), "
	"pg_catalog.set_config('max_parallel_workers_per_gather', $6, true), "
	"pg_catalog.set_config('work_mem', $7, true), "
	"pg_catalog.set_config('jit', $8, true)";

/* clang-format on */

enum { NSETTINGS = 8 };

/* ---- the loader ------------------------------------------------------- */

typedef struct loader {
	PGconn *conn;
	sg_schema *schema;
	sg_arena *arena;
	const char *params[2]; /* [1]: $2 of the kinds' queries, the excluded tables as a name[] literal */
	bool restored;	       /* the statement that puts the caller's settings back was sent */
	sg_catalog_stats stats;
	sg_error *err;
	bool oom;	/* an arena copy failed; reported once per phase */
	uint32_t *oids; /* table oids, ascending, parallel to schema->tables (malloc'd) */
	/* Every column read, in the columns query's order; a table's run starts at first_column[table]. */
	int *attnums;	      /* malloc'd */
	const char **qnames;  /* quote_ident(name): the column's own name when equal, else an arena copy (malloc'd) */
	size_t *first_column; /* per table (malloc'd) */
	char *old_settings[NSETTINGS]; /* the caller's settings, malloc'd copies */
	char schema_oid[16];	       /* the schema's oid in decimal, "0" when it does not exist */
} loader;

static int out_of_memory(loader *l)
{
	return sg_error_set(l->err, SG_ERR_SYSTEM, "out of memory while reading the catalog");
}

/* The first line of libpq's connection-level message, for errors without a result. */
static int db_error(loader *l, const char *what, const PGresult *res)
{
	const char *msg = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	if (!msg)
		msg = PQerrorMessage(l->conn);
	size_t len = strcspn(msg, "\n");
	return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' failed: %.*s", what, (int)len,
			    len ? msg : "no result from the server");
}

/* Send one statement; NULL (err set) unless the server answered with rows or OK.  The caller clears the result. */
static PGresult *run(loader *l, const char *what, const char *sql, int nparams, const char *const *params)
{
	l->stats.queries++;
	PGresult *res = PQexecParams(l->conn, sql, nparams, NULL, params, NULL, NULL, 0);
	ExecStatusType st = PQresultStatus(res);
	if (res && (st == PGRES_TUPLES_OK || st == PGRES_COMMAND_OK)) {
		l->stats.rows += (size_t)PQntuples(res);
		return res;
	}
	db_error(l, what, res);
	PQclear(res);
	return NULL;
}

static int run_command(loader *l, const char *what, const char *sql)
{
	PGresult *res = run(l, what, sql, 0, NULL);
	PQclear(res);
	return res ? 0 : -1;
}

/*
 * Look up the result's columns once.  The query text is ours, so a missing
 * column is a mismatch between this file and the server: say which.
 */
static int fields(loader *l, const PGresult *res, const char *what, const char *const *names, int *out, int n)
{
	for (int i = 0; i < n; i++) {
		out[i] = PQfnumber(res, names[i]);
		if (out[i] < 0)
			return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' returned no column '%s'", what,
					    names[i]);
	}
	return 0;
}

/* A field's text, NULL for SQL NULL.  Borrowed from the result. */
static const char *val(const PGresult *res, int row, int field)
{
	return PQgetisnull(res, row, field) ? NULL : PQgetvalue(res, row, field);
}

/* A field's text copied into the arena, NULL for SQL NULL. */
static const char *dup(loader *l, const PGresult *res, int row, int field)
{
	if (PQgetisnull(res, row, field))
		return NULL;
	const char *s = sg_arena_strndup(l->arena, PQgetvalue(res, row, field), (size_t)PQgetlength(res, row, field));
	if (!s)
		l->oom = true;
	return s;
}

static bool flag(const PGresult *res, int row, int field)
{
	const char *v = val(res, row, field);
	return v && v[0] == 't';
}

/* A "char" column: its one byte, '\0' for the empty value or NULL. */
static char char_of(const PGresult *res, int row, int field)
{
	const char *v = val(res, row, field);
	return v ? v[0] : '\0';
}

static uint32_t oid_of(const PGresult *res, int row, int field)
{
	const char *v = val(res, row, field);
	return v ? (uint32_t)strtoul(v, NULL, 10) : 0;
}

static long long_of(const PGresult *res, int row, int field)
{
	const char *v = val(res, row, field);
	return v ? strtol(v, NULL, 10) : -1;
}

/*
 * One element of a one-dimensional array's text form, starting at *p (just
 * after '{' or ','): quoted ("a \"b\"") or bare.  Appends the decoded text to
 * `buf` when given and leaves *p on the ',' or '}' that ends it; false when
 * the text is malformed.
 */
static bool array_element(const char **p, sg_strbuf *buf)
{
	const char *s = *p;
	if (*s == '"') {
		for (s++; *s != '"'; s++) {
			if (*s == '\\')
				s++;
			if (!*s)
				return false;
			if (buf)
				sg_strbuf_addch(buf, *s);
		}
		s++;
	} else {
		const char *start = s;
		s += strcspn(s, ",}");
		if (s == start)
			return false;
		/* Bare NULL is an SQL NULL element, which none of our arrays may hold. */
		if (s - start == 4 && strncmp(start, "NULL", 4) == 0)
			return false;
		if (buf)
			sg_strbuf_add(buf, start, (size_t)(s - start));
	}
	if (*s != ',' && *s != '}')
		return false;
	*p = s;
	return true;
}

/*
 * Parse the text of a one-dimensional text/name array ("{a,\"b c\"}") into an
 * exact-sized arena array of arena strings.  `expect` is the element count
 * the catalog reported (-1: unknown), a cross-check of the server's answer.
 * Returns 0, or -1 with err set.
 */
static int parse_array(loader *l, const char *what, const char *text, long expect, const char ***out, size_t *nout)
{
	*out = NULL;
	*nout = 0;
	if (!text)
		text = "{}";
	if (text[0] != '{')
		return sg_error_set(l->err, SG_ERR_DB, "catalog query '%s' returned a malformed array '%s'", what,
				    text);
	size_t n = 0;
	if (text[1] != '}') {
		const char *p = text;
		do {
			p++;
			if (!array_element(&p, NULL))
				return sg_error_set(l->err, SG_ERR_DB,
						    "catalog query '%s' returned a malformed array '%s'", what, text);
			n++;
		} while (*p == ',');
	}
	if (expect >= 0 && (size_t)expect != n)
		return sg_error_set(l->err, SG_ERR_DB,
				    "catalog query '%s' returned %zu items where %ld were expected: '%s'", what, n,
				    expect, text);
	if (n == 0)
		return 0;
	const char **items = sg_arena_array(l->arena, n, sizeof(*items));
	if (!items)
		return out_of_memory(l);
	sg_strbuf buf = SG_STRBUF_INIT;
	const char *p = text;
	for (size_t i = 0; i < n; i++) {
		p++;
		sg_strbuf_reset(&buf);
		array_element(&p, &buf);
		if (sg_strbuf_failed(&buf) || !(items[i] = sg_arena_strndup(l->arena, buf.data, buf.len))) {
			sg_strbuf_release(&buf);
			return out_of_memory(l);
		}
	}
	sg_strbuf_release(&buf);
	*out = items;
	*nout = n;
	return 0;
}

/* The excluded table names as a name[] literal for $2: every element quoted, '"' and '\' escaped. */
static char *exclude_literal(const sg_catalog_options *opts)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addch(&sb, '{');
	bool first = true;
	for (size_t i = 0; opts && i < opts->nexclude_tables; i++) {
		const char *name = opts->exclude_tables[i];
		if (!name)
			continue;
		if (!first)
			sg_strbuf_addch(&sb, ',');
		first = false;
		sg_strbuf_addch(&sb, '"');
		for (const char *c = name; *c; c++) {
			if (*c == '"' || *c == '\\')
				sg_strbuf_addch(&sb, '\\');
			sg_strbuf_addch(&sb, *c);
		}
		sg_strbuf_addch(&sb, '"');
	}
	sg_strbuf_addch(&sb, '}');
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

/*
 * The rows of `res` for each table, in one pass: rows are ordered by the
 * table oid in field `relid`, like l->oids.  Calls `fill` with each table and
 * its row range [begin, end).  Rows of a table that is not in the set (only
 * possible when a concurrent transaction created it between two queries of
 * the caller's READ COMMITTED transaction) are skipped.
 */
typedef int (*fill_fn)(loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end);

static int for_each_table(loader *l, const PGresult *res, int relid, const int *f, fill_fn fill)
{
	int n = PQntuples(res);
	size_t t = 0;
	for (int i = 0; i < n;) {
		const char *key = PQgetvalue(res, i, relid);
		int j = i + 1;
		while (j < n && strcmp(PQgetvalue(res, j, relid), key) == 0)
			j++;
		uint32_t oid = oid_of(res, i, relid);
		while (t < l->schema->ntables && l->oids[t] < oid)
			t++;
		if (t < l->schema->ntables && l->oids[t] == oid && fill(l, &l->schema->tables[t], res, f, i, j) != 0)
			return -1;
		i = j;
	}
	return l->oom ? out_of_memory(l) : 0;
}

/* ---- each kind -------------------------------------------------------- */

static int read_settings(loader *l, const PGresult *res)
{
	static const char *const names[NSETTINGS + 1] = {"schema_oid",
							 "search_path",
							 "quote_all_identifiers",
							 "datestyle",
							 "intervalstyle",
							 "extra_float_digits",
							 "max_parallel_workers_per_gather",
							 "work_mem",
							 "jit"};
	int f[NSETTINGS + 1] = {0};
	int rc = fields(l, res, "settings", names, f, NSETTINGS + 1);
	if (rc == 0 && PQntuples(res) != 1)
		rc = sg_error_set(l->err, SG_ERR_DB, "catalog query 'settings' returned %d rows", PQntuples(res));
	if (rc == 0) {
		const char *oid = val(res, 0, f[0]);
		snprintf(l->schema_oid, sizeof(l->schema_oid), "%s", oid ? oid : "0");
		l->stats.schema_exists = strcmp(l->schema_oid, "0") != 0;
		for (int i = 0; i < NSETTINGS; i++) {
			const char *v = val(res, 0, f[1 + i]);
			if (!(l->old_settings[i] = strdup(v ? v : ""))) {
				rc = out_of_memory(l);
				break;
			}
		}
	}
	return rc;
}

static int restore_settings(loader *l)
{
	const char *params[NSETTINGS];
	for (int i = 0; i < NSETTINGS; i++)
		params[i] = l->old_settings[i];
	l->stats.round_trips++;
	PGresult *res = run(l, "restore settings", restore_sql, NSETTINGS, params);
	PQclear(res);
	return res ? 0 : -1;
}

static int read_extensions(loader *l, const PGresult *res)
{
	static const char *const names[] = {"extname"};
	int f[1] = {0};
	int rc = fields(l, res, "extensions", names, f, 1);
	int n = PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_extension *ext = sg_arena_array(l->arena, (size_t)n, sizeof(*ext));
		if (!ext) {
			rc = out_of_memory(l);
		} else {
			for (int i = 0; i < n; i++)
				ext[i].name = dup(l, res, i, f[0]);
			l->schema->extensions = ext;
			l->schema->nextensions = (size_t)n;
		}
	}
	return rc == 0 && l->oom ? out_of_memory(l) : rc;
}

static int read_enums(loader *l, const PGresult *res)
{
	static const char *const names[] = {"oid", "typname", "enumlabel"};
	int f[3] = {0};
	int rc = fields(l, res, "enums", names, f, 3);
	int n = PQntuples(res);
	size_t ntypes = 0;
	for (int i = 0; rc == 0 && i < n; i++)
		if (i == 0 || strcmp(PQgetvalue(res, i, f[0]), PQgetvalue(res, i - 1, f[0])) != 0)
			ntypes++;
	if (rc == 0 && ntypes) {
		sg_enum *enums = sg_arena_array(l->arena, ntypes, sizeof(*enums));
		if (!enums)
			rc = out_of_memory(l);
		size_t e = 0;
		for (int i = 0; rc == 0 && i < n;) {
			int j = i + 1;
			while (j < n && strcmp(PQgetvalue(res, j, f[0]), PQgetvalue(res, i, f[0])) == 0)
				j++;
			sg_enum *en = &enums[e++];
			en->name = dup(l, res, i, f[1]);
			/* An enum without labels comes back as one row with a NULL label. */
			size_t nvalues = PQgetisnull(res, i, f[2]) ? 0 : (size_t)(j - i);
			if (nvalues) {
				en->values = sg_arena_array(l->arena, nvalues, sizeof(*en->values));
				if (!en->values)
					rc = out_of_memory(l);
				for (size_t k = 0; rc == 0 && k < nvalues; k++)
					en->values[k] = dup(l, res, i + (int)k, f[2]);
				en->nvalues = nvalues;
			}
			i = j;
		}
		if (rc == 0) {
			l->schema->enums = enums;
			l->schema->nenums = ntypes;
		}
	}
	return rc == 0 && l->oom ? out_of_memory(l) : rc;
}

static int read_tables(loader *l, const PGresult *res)
{
	static const char *const names[] = {"oid", "relname", "description"};
	int f[3] = {0};
	int rc = fields(l, res, "tables", names, f, 3);
	size_t n = (size_t)PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_table *tables = sg_arena_array(l->arena, n, sizeof(*tables));
		l->oids = malloc(n * sizeof(*l->oids));
		if (!tables || !l->oids) {
			rc = out_of_memory(l);
		} else {
			for (size_t i = 0; i < n; i++) {
				l->oids[i] = oid_of(res, (int)i, f[0]);
				tables[i].name = dup(l, res, (int)i, f[1]);
				tables[i].comment = dup(l, res, (int)i, f[2]);
			}
			l->schema->tables = tables;
			l->schema->ntables = n;
		}
	}
	return rc == 0 && l->oom ? out_of_memory(l) : rc;
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
	C_COUNT
};

static int fill_columns(loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin);
	t->columns = sg_arena_array(l->arena, n, sizeof(*t->columns));
	if (!t->columns)
		return out_of_memory(l);
	t->ncolumns = n;
	l->first_column[t - l->schema->tables] = (size_t)begin;
	for (int i = begin; i < end; i++) {
		sg_column *c = &t->columns[i - begin];
		c->name = dup(l, res, i, f[C_NAME]);
		l->attnums[i] = (int)long_of(res, i, f[C_ATTNUM]);
		const char *q = val(res, i, f[C_QNAME]);
		l->qnames[i] = c->name && q && strcmp(q, c->name) == 0 ? c->name : dup(l, res, i, f[C_QNAME]);
		c->type = dup(l, res, i, f[C_TYPE]);
		c->nullable = !flag(res, i, f[C_NOTNULL]);
		c->default_expr = dup(l, res, i, f[C_DEFAULT]);
		switch (char_of(res, i, f[C_IDENTITY])) {
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
		char gen = char_of(res, i, f[C_GENERATED_KIND]);
		if (gen == 's') {
			c->generated = dup(l, res, i, f[C_GENERATED]);
		} else if (gen) {
			/* Not STORED (PostgreSQL 18's VIRTUAL): nothing the schema can say; report it, never manage it.
			 */
			return sg_error_set(l->err, SG_ERR_DB,
					    "column '%s.%s' is generated in a way schemagen does not "
					    "support (attgenerated '%c')",
					    t->name, c->name ? c->name : "?", gen);
		}
		c->collation = dup(l, res, i, f[C_COLLATION]);
		c->comment = dup(l, res, i, f[C_COMMENT]);
	}
	return 0;
}

static int read_columns(loader *l, const PGresult *res)
{
	static const char *const names[C_COUNT] = {"attrelid",	   "attname",	 "attnum",	 "qname",
						   "type",	   "attnotnull", "default_expr", "attidentity",
						   "attgenerated", "generated",	 "collation",	 "description"};
	int f[C_COUNT] = {0};
	int rc = fields(l, res, "columns", names, f, C_COUNT);
	size_t n = (size_t)PQntuples(res);
	if (rc == 0) {
		l->attnums = malloc((n + 1) * sizeof(*l->attnums));
		l->qnames = malloc((n + 1) * sizeof(*l->qnames));
		l->first_column = calloc(l->schema->ntables + 1, sizeof(*l->first_column));
		if (!l->attnums || !l->qnames || !l->first_column)
			rc = out_of_memory(l);
	}
	if (rc == 0)
		rc = for_each_table(l, res, f[C_RELID], f, fill_columns);
	return rc;
}

/* Attribute numbers from an int2[] ("{1,2}") or int2vector ("1 2") text; the count, or -1 when malformed. */
enum { MAX_KEYS = 64 };

static int parse_attnums(const char *text, long *out)
{
	int n = 0;
	if (!text)
		return 0;
	for (const char *p = text; *p;) {
		if (*p == '{' || *p == '}' || *p == ',' || *p == ' ') {
			p++;
			continue;
		}
		char *end;
		long v = strtol(p, &end, 10);
		if (end == p || n == MAX_KEYS)
			return -1;
		out[n++] = v;
		p = end;
	}
	return n;
}

/* Table `ti`'s column with attribute number `attnum`: its position in the table's columns, or -1. */
static long column_at(const loader *l, size_t ti, long attnum)
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

/* The index of the table with oid `oid` in the set read, or -1 when it is not in it. */
static long table_with_oid(const loader *l, uint32_t oid)
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

/*
 * A column list from attribute numbers [from, to) of `nums`, of table `ti`:
 * an arena array of the columns' own names into *names (when given) and their
 * quoted names into qnames (room for MAX_KEYS).  Fails when a number names no
 * column the reader has.
 */
static int columns_named(loader *l, const char *what, size_t ti, const long *nums, int from, int to,
			 const char ***names, size_t *nnames, const char **qnames)
{
	size_t n = to > from ? (size_t)(to - from) : 0;
	const char **out = NULL;
	if (names && n && !(out = sg_arena_array(l->arena, n, sizeof(*out))))
		return out_of_memory(l);
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

enum {
	K_RELID,
	K_NAME,
	K_TYPE,
	K_DEFINITION,
	K_CONKEY,
	K_EXPRESSION,
	K_NND,
	K_REF_TABLE,
	K_REF_SCHEMA,
	K_CONFRELID,
	K_CONFKEY,
	K_OUTSIDE_REF_COLUMNS,
	K_OUTSIDE_QREF_COLUMNS,
	K_DELETE,
	K_UPDATE,
	K_DEFERRABLE,
	K_DEFERRED,
	K_VALIDATED,
	K_INDEX_KEY,
	K_INDEX_NKEYS,
	K_INDEX_NATTS,
	K_NOINHERIT,
	K_MATCH,
	K_QREF_TABLE,
	K_DELETE_SET_COLUMNS,
	K_COUNT
};

static sg_fk_action fk_action(char c)
{
	switch (c) {
	case 'r':
		return SG_FK_RESTRICT;
	case 'c':
		return SG_FK_CASCADE;
	case 'n':
		return SG_FK_SET_NULL;
	case 'd':
		return SG_FK_SET_DEFAULT;
	default:
		return SG_FK_NO_ACTION;
	}
}

/* Already quoted names, comma-separated. */
static void join_list(sg_strbuf *sb, const char *const *quoted, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sg_strbuf_adds(sb, ", ");
		sg_strbuf_adds(sb, quoted[i]);
	}
}

/* Quoted column lists of one constraint, as its definition spells them. */
typedef struct quoted_lists {
	const char *columns[MAX_KEYS], *ref_columns[MAX_KEYS], *extra[MAX_KEYS];
	size_t ncolumns, nref_columns, nextra; /* extra: a key's INCLUDE, a foreign key's ON DELETE SET list */
} quoted_lists;

/*
 * A constraint's definition as pg_get_constraintdef() prints it (ruleutils.c,
 * PostgreSQL 13 to 16): the frame of each kind around quoted column lists,
 * then the DEFERRABLE / INITIALLY DEFERRED / NOT VALID tail every kind
 * shares.  The test suite compares every variant with the server's own text.
 */
static int constraint_definition(loader *l, sg_constraint *c, const quoted_lists *q, const PGresult *res, int row,
				 const int *f)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	switch (c->kind) {
	case SG_CON_PRIMARY_KEY:
	case SG_CON_UNIQUE:
		sg_strbuf_adds(&sb, c->kind == SG_CON_PRIMARY_KEY ? "PRIMARY KEY ("
				    : c->nulls_not_distinct	  ? "UNIQUE NULLS NOT DISTINCT ("
								  : "UNIQUE (");
		join_list(&sb, q->columns, q->ncolumns);
		sg_strbuf_addch(&sb, ')');
		if (q->nextra) {
			sg_strbuf_adds(&sb, " INCLUDE (");
			join_list(&sb, q->extra, q->nextra);
			sg_strbuf_addch(&sb, ')');
		}
		break;
	case SG_CON_CHECK:
		/* The deparsed expression is the same text pg_get_constraintdef() wraps. */
		if (!c->expression)
			break;
		sg_strbuf_addf(&sb, "CHECK (%s)%s", c->expression, flag(res, row, f[K_NOINHERIT]) ? " NO INHERIT" : "");
		break;
	case SG_CON_FOREIGN_KEY: {
		const char *qref = val(res, row, f[K_QREF_TABLE]);
		if (!qref)
			break;
		sg_strbuf_adds(&sb, "FOREIGN KEY (");
		join_list(&sb, q->columns, q->ncolumns);
		sg_strbuf_addf(&sb, ") REFERENCES %s(", qref);
		join_list(&sb, q->ref_columns, q->nref_columns);
		sg_strbuf_addch(&sb, ')');
		char match = char_of(res, row, f[K_MATCH]);
		sg_strbuf_adds(&sb, match == 'f' ? " MATCH FULL" : match == 'p' ? " MATCH PARTIAL" : "");
		if (c->on_update != SG_FK_NO_ACTION)
			sg_strbuf_addf(&sb, " ON UPDATE %s", sg_fk_action_sql(c->on_update));
		if (c->on_delete != SG_FK_NO_ACTION)
			sg_strbuf_addf(&sb, " ON DELETE %s", sg_fk_action_sql(c->on_delete));
		if (q->nextra) {
			sg_strbuf_adds(&sb, " (");
			join_list(&sb, q->extra, q->nextra);
			sg_strbuf_addch(&sb, ')');
		}
		break;
	}
	case SG_CON_KIND_COUNT:
		break;
	}
	if (!sb.len) {
		sg_strbuf_release(&sb);
		return sg_error_set(l->err, SG_ERR_DB,
				    "catalog query 'constraints' returned no definition for "
				    "constraint '%s'",
				    c->name ? c->name : "?");
	}
	if (c->deferrable)
		sg_strbuf_adds(&sb, " DEFERRABLE");
	if (c->initially_deferred)
		sg_strbuf_adds(&sb, " INITIALLY DEFERRED");
	if (!flag(res, row, f[K_VALIDATED]))
		sg_strbuf_adds(&sb, " NOT VALID");
	c->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return c->definition ? 0 : out_of_memory(l);
}

/* A foreign key's referenced columns: from the columns read, or from the query when the table is outside the set. */
static int ref_columns(loader *l, sg_constraint *c, quoted_lists *q, const PGresult *res, int row, const int *f)
{
	long nums[MAX_KEYS];
	int n = parse_attnums(val(res, row, f[K_CONFKEY]), nums);
	if (n < 0)
		return sg_error_set(l->err, SG_ERR_DB, "catalog query 'constraints' returned a malformed key for '%s'",
				    c->name ? c->name : "?");
	long rt = table_with_oid(l, oid_of(res, row, f[K_CONFRELID]));
	if (rt >= 0) {
		if (columns_named(l, "constraints", (size_t)rt, nums, 0, n, &c->ref_columns, &c->nref_columns,
				  q->ref_columns) != 0)
			return -1;
		q->nref_columns = (size_t)n;
		return 0;
	}
	const char **quoted;
	size_t nquoted;
	if (parse_array(l, "constraints", val(res, row, f[K_OUTSIDE_REF_COLUMNS]), n, &c->ref_columns,
			&c->nref_columns) != 0 ||
	    parse_array(l, "constraints", val(res, row, f[K_OUTSIDE_QREF_COLUMNS]), n, &quoted, &nquoted) != 0)
		return -1;
	for (size_t k = 0; k < nquoted; k++)
		q->ref_columns[k] = quoted[k];
	q->nref_columns = nquoted;
	return 0;
}

static int fill_constraints(loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin), ti = (size_t)(t - l->schema->tables);
	t->constraints = sg_arena_array(l->arena, n, sizeof(*t->constraints));
	if (!t->constraints)
		return out_of_memory(l);
	t->nconstraints = n;
	for (int i = begin; i < end; i++) {
		sg_constraint *c = &t->constraints[i - begin];
		char type = char_of(res, i, f[K_TYPE]);
		c->kind = type == 'p'	? SG_CON_PRIMARY_KEY
			  : type == 'u' ? SG_CON_UNIQUE
			  : type == 'c' ? SG_CON_CHECK
					: SG_CON_FOREIGN_KEY;
		c->name = dup(l, res, i, f[K_NAME]);
		c->definition = dup(l, res, i, f[K_DEFINITION]);
		c->deferrable = flag(res, i, f[K_DEFERRABLE]);
		c->initially_deferred = flag(res, i, f[K_DEFERRED]);
		c->not_valid = !flag(res, i, f[K_VALIDATED]);
		c->no_inherit = c->kind == SG_CON_CHECK && flag(res, i, f[K_NOINHERIT]);
		quoted_lists q = {.ncolumns = 0};
		long nums[MAX_KEYS];
		int nkeys = parse_attnums(val(res, i, f[K_CONKEY]), nums);
		if (nkeys < 0)
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'constraints' returned a malformed key for '%s'",
					    c->name ? c->name : "?");
		if (c->kind == SG_CON_CHECK) {
			c->expression = dup(l, res, i, f[K_EXPRESSION]);
		} else {
			if (columns_named(l, "constraints", ti, nums, 0, nkeys, &c->columns, &c->ncolumns, q.columns) !=
			    0)
				return -1;
			q.ncolumns = (size_t)nkeys;
		}
		c->nulls_not_distinct = c->kind == SG_CON_UNIQUE && flag(res, i, f[K_NND]);
		if (c->kind == SG_CON_PRIMARY_KEY || c->kind == SG_CON_UNIQUE) {
			/* INCLUDE columns: the index's columns after its keys. */
			int natts = parse_attnums(val(res, i, f[K_INDEX_KEY]), nums);
			long from = long_of(res, i, f[K_INDEX_NKEYS]);
			if (natts < 0 || from < 0 || from > natts)
				return sg_error_set(l->err, SG_ERR_DB,
						    "catalog query 'constraints' returned no index for '%s'",
						    c->name ? c->name : "?");
			if (columns_named(l, "constraints", ti, nums, (int)from, natts, NULL, NULL, q.extra) != 0)
				return -1;
			q.nextra = (size_t)(natts - from);
		}
		if (c->kind == SG_CON_FOREIGN_KEY) {
			c->ref_table = dup(l, res, i, f[K_REF_TABLE]);
			c->ref_schema = dup(l, res, i, f[K_REF_SCHEMA]);
			c->on_delete = fk_action(char_of(res, i, f[K_DELETE]));
			c->on_update = fk_action(char_of(res, i, f[K_UPDATE]));
			int nset = parse_attnums(val(res, i, f[K_DELETE_SET_COLUMNS]), nums);
			if (nset < 0 || ref_columns(l, c, &q, res, i, f) != 0 ||
			    columns_named(l, "constraints", ti, nums, 0, nset, NULL, NULL, q.extra) != 0)
				return nset < 0 ? sg_error_set(l->err, SG_ERR_DB,
							       "catalog query 'constraints' returned a "
							       "malformed column list for '%s'",
							       c->name ? c->name : "?")
						: -1;
			q.nextra = (size_t)nset;
		}
		if (l->oom)
			return out_of_memory(l);
		if (!c->definition && constraint_definition(l, c, &q, res, i, f) != 0)
			return -1;
	}
	return 0;
}

static int read_constraints(loader *l, const PGresult *res)
{
	static const char *const names[K_COUNT] = {
	    "conrelid",
	    "conname",
	    "contype",
	    "definition",
	    "conkey",
	    "expression",
	    "nulls_not_distinct",
	    "ref_table",
	    "ref_schema",
	    "confrelid",
	    "confkey",
	    "outside_ref_columns",
	    "outside_qref_columns",
	    "confdeltype",
	    "confupdtype",
	    "condeferrable",
	    "condeferred",
	    "convalidated",
	    "index_key",
	    "indnkeyatts",
	    "indnatts",
	    "connoinherit",
	    "confmatchtype",
	    "qref_table",
	    "delete_set_columns",
	};
	int f[K_COUNT] = {0};
	int rc = fields(l, res, "constraints", names, f, K_COUNT);
	if (rc == 0)
		rc = for_each_table(l, res, f[K_RELID], f, fill_constraints);
	return rc;
}

enum {
	I_RELID,
	I_NAME,
	I_UNIQUE,
	I_NND,
	I_METHOD,
	I_DEFINITION,
	I_EXPRESSION_KEYS,
	I_INDKEY,
	I_NKEYS,
	I_NATTS,
	I_PREDICATE,
	I_BACKED,
	I_QNAME,
	I_QSCHEMA,
	I_QTABLE,
	I_QMETHOD,
	I_COUNT
};

/* Skip a quoted run starting at *s (which is the quote `q`), doubled quotes included; NULL when unterminated. */
static const char *skip_quoted(const char *s, char q)
{
	for (s++; *s; s++) {
		if (*s == q) {
			if (s[1] != q)
				return s + 1;
			s++;
		}
	}
	return NULL;
}

static bool eat(const char **p, const char *word)
{
	size_t len = strlen(word);
	if (strncmp(*p, word, len) != 0)
		return false;
	*p += len;
	return true;
}

/*
 * Split pg_get_indexdef(oid, 0, true) into the normalized definition (table
 * unqualified) and the key elements.  Each element starts with its bare text
 * from pg_get_indexdef(oid, k, true), skipped by length (an expression may
 * hold anything), and runs on through what the server appended to it
 * (COLLATE, opclass and its options, DESC, NULLS) up to the ", " or ")" that
 * ends it at nesting depth zero.
 */
static int index_elements(loader *l, sg_index *idx, const char *table, const char *def, const char *qname,
			  const char *qschema, const char *qtable, const char *qmethod, const char *const *keys,
			  size_t nkeys)
{
	const char *p = def;
	const char *table_start, *table_end;
	if (!eat(&p, "CREATE ") || (idx->unique && !eat(&p, "UNIQUE ")) || !eat(&p, "INDEX ") || !eat(&p, qname) ||
	    !eat(&p, " ON "))
		goto malformed;
	table_start = p;
	if (!(eat(&p, qschema) && eat(&p, ".") && eat(&p, qtable) && *p == ' ')) {
		p = table_start;
		if (!eat(&p, qtable))
			goto malformed;
	}
	table_end = p;
	if (!eat(&p, " USING ") || !eat(&p, qmethod) || !eat(&p, " ("))
		goto malformed;

	if (nkeys) {
		idx->elements = sg_arena_array(l->arena, nkeys, sizeof(*idx->elements));
		if (!idx->elements)
			return out_of_memory(l);
		idx->nelements = nkeys;
	}
	for (size_t k = 0; k < nkeys; k++) {
		const char *start = p;
		if (!eat(&p, keys[k]))
			goto malformed;
		int depth = 0;
		while (*p && (depth > 0 || (*p != ')' && !(p[0] == ',' && p[1] == ' ')))) {
			if (*p == '"' || *p == '\'') {
				if (!(p = skip_quoted(p, *p)))
					goto malformed;
				continue;
			}
			if (*p == '(')
				depth++;
			else if (*p == ')')
				depth--;
			p++;
		}
		if (!*p || !(idx->elements[k] = sg_arena_strndup(l->arena, start, (size_t)(p - start))))
			return *p ? out_of_memory(l)
				  : sg_error_set(l->err, SG_ERR_DB,
						 "cannot split the definition of index '%s' on table '%s': '%s'",
						 idx->name, table, def);
		if (!eat(&p, k + 1 < nkeys ? ", " : ")"))
			goto malformed;
	}
	/* The predicate closes the definition; the rest (INCLUDE, NULLS NOT DISTINCT, WITH) is in fields or kept as
	 * text. */
	if (idx->where) {
		size_t dl = strlen(def), wl = strlen(idx->where);
		if (dl < wl + 7 || strncmp(def + dl - wl - 7, " WHERE ", 7) != 0 ||
		    strcmp(def + dl - wl, idx->where) != 0)
			goto malformed;
	}

	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_add(&sb, def, (size_t)(table_start - def));
	sg_strbuf_adds(&sb, qtable);
	sg_strbuf_adds(&sb, table_end);
	idx->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return idx->definition ? 0 : out_of_memory(l);

malformed:
	return sg_error_set(l->err, SG_ERR_DB, "unexpected definition of index '%s' on table '%s': '%s'", idx->name,
			    table, def);
}

/*
 * The index of a PRIMARY KEY or UNIQUE constraint, as pg_get_indexdef(oid, 0,
 * true) prints it: its keys are bare columns (already quoted by the query),
 * so they are the elements too.  The test suite compares it with the server's.
 */
static int key_index_definition(loader *l, sg_index *idx, const char *qname, const char *qtable, const char *qmethod,
				const char **keys, size_t nkeys, const char *const *qinclude)
{
	idx->elements = keys;
	idx->nelements = nkeys;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "CREATE %sINDEX %s ON %s USING %s (", idx->unique ? "UNIQUE " : "", qname, qtable, qmethod);
	for (size_t k = 0; k < nkeys; k++) {
		if (k)
			sg_strbuf_adds(&sb, ", ");
		sg_strbuf_adds(&sb, keys[k]);
	}
	sg_strbuf_addch(&sb, ')');
	if (idx->ninclude) {
		sg_strbuf_adds(&sb, " INCLUDE (");
		join_list(&sb, qinclude, idx->ninclude);
		sg_strbuf_addch(&sb, ')');
	}
	if (idx->nulls_not_distinct)
		sg_strbuf_adds(&sb, " NULLS NOT DISTINCT");
	idx->definition = sg_strbuf_failed(&sb) ? NULL : sg_arena_strndup(l->arena, sb.data, sb.len);
	sg_strbuf_release(&sb);
	return idx->definition ? 0 : out_of_memory(l);
}

static int fill_indexes(loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	size_t n = (size_t)(end - begin), ti = (size_t)(t - l->schema->tables);
	t->indexes = sg_arena_array(l->arena, n, sizeof(*t->indexes));
	if (!t->indexes)
		return out_of_memory(l);
	t->nindexes = n;
	for (int i = begin; i < end; i++) {
		sg_index *idx = &t->indexes[i - begin];
		idx->name = dup(l, res, i, f[I_NAME]);
		idx->unique = flag(res, i, f[I_UNIQUE]);
		idx->nulls_not_distinct = flag(res, i, f[I_NND]);
		idx->method = dup(l, res, i, f[I_METHOD]);
		idx->where = dup(l, res, i, f[I_PREDICATE]);
		idx->constraint_backed = flag(res, i, f[I_BACKED]);
		if (l->oom)
			return out_of_memory(l);
		/* Key texts: the deparsed ones of an index with expressions, else the quoted key columns. */
		long nums[MAX_KEYS];
		int natts = parse_attnums(val(res, i, f[I_INDKEY]), nums);
		long nkeyatts = long_of(res, i, f[I_NKEYS]);
		if (natts < 0 || nkeyatts < 0 || nkeyatts > natts || natts != long_of(res, i, f[I_NATTS]))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'indexes' returned malformed keys for index '%s'",
					    idx->name);
		const char **keys = NULL;
		size_t nkeys = (size_t)nkeyatts;
		const char *qinclude[MAX_KEYS];
		if (val(res, i, f[I_EXPRESSION_KEYS])) {
			if (parse_array(l, "indexes", val(res, i, f[I_EXPRESSION_KEYS]), nkeyatts, &keys, &nkeys) != 0)
				return -1;
		} else if (nkeys) {
			if (!(keys = sg_arena_array(l->arena, nkeys, sizeof(*keys))) ||
			    columns_named(l, "indexes", ti, nums, 0, (int)nkeys, NULL, NULL, keys) != 0)
				return keys ? -1 : out_of_memory(l);
		}
		if (columns_named(l, "indexes", ti, nums, (int)nkeyatts, natts, &idx->include, &idx->ninclude,
				  qinclude) != 0)
			return -1;
		const char *def = val(res, i, f[I_DEFINITION]);
		const char *qname = val(res, i, f[I_QNAME]), *qschema = val(res, i, f[I_QSCHEMA]);
		const char *qtable = val(res, i, f[I_QTABLE]), *qmethod = val(res, i, f[I_QMETHOD]);
		if (!qname || !qschema || !qtable || !qmethod || (!def && !idx->constraint_backed))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'indexes' returned no definition for index '%s'", idx->name);
		if (def ? index_elements(l, idx, t->name, def, qname, qschema, qtable, qmethod, keys, nkeys) != 0
			: key_index_definition(l, idx, qname, qtable, qmethod, keys, nkeys, qinclude) != 0)
			return -1;
	}
	return 0;
}

static int read_indexes(loader *l, const PGresult *res)
{
	static const char *const names[I_COUNT] = {"indrelid",	  "relname",	"indisunique",	   "nulls_not_distinct",
						   "amname",	  "definition", "expression_keys", "indkey",
						   "indnkeyatts", "indnatts",	"predicate",	   "constraint_backed",
						   "qname",	  "qschema",	"qtable",	   "qmethod"};
	int f[I_COUNT] = {0};
	int rc = fields(l, res, "indexes", names, f, I_COUNT);
	if (rc == 0)
		rc = for_each_table(l, res, f[I_RELID], f, fill_indexes);
	return rc;
}

static int read_unmanaged(loader *l, const PGresult *res)
{
	static const char *const names[] = {"kind", "name"};
	int f[2] = {0};
	int rc = fields(l, res, "unmanaged", names, f, 2);
	int n = PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_unmanaged *u = sg_arena_array(l->arena, (size_t)n, sizeof(*u));
		if (!u) {
			rc = out_of_memory(l);
		} else {
			for (int i = 0; i < n; i++) {
				u[i].kind = dup(l, res, i, f[0]);
				u[i].name = dup(l, res, i, f[1]);
			}
			l->schema->unmanaged = u;
			l->schema->nunmanaged = (size_t)n;
		}
	}
	return rc == 0 && l->oom ? out_of_memory(l) : rc;
}

static int rollback(loader *l)
{
	l->stats.round_trips++;
	return run_command(l, "rollback", "ROLLBACK");
}

/* Clean up after a failure: `step`'s own failure must not replace the error that is being reported. */
static void quietly(loader *l, int (*step)(loader *l))
{
	sg_error *keep = l->err;
	sg_error ignored = {0};
	l->err = &ignored;
	step(l);
	sg_error_clear(&ignored);
	l->err = keep;
}

/* One statement of the pipeline and what reads its rows (NULL: nothing to read). */
typedef struct statement {
	const char *what;
	const char *sql;
	int nparams;
	const char *params[NSETTINGS];
	int (*read)(loader *l, const PGresult *res);
} statement;

/*
 * Send every statement in one libpq pipeline, then read the results in
 * order: one round trip for the whole schema.  A statement's rows are read
 * as soon as they arrive and cleared before the next result is fetched.  The
 * first failure is reported; the server skips what follows it up to the Sync.
 */
static int run_pipeline(loader *l, const statement *st, int n)
{
	PGconn *conn = l->conn;
	if (!PQenterPipelineMode(conn))
		return db_error(l, "pipeline", NULL);
	l->stats.round_trips++;
	int sent = 0, rc = 0;
	while (sent < n && PQsendQueryParams(conn, st[sent].sql, st[sent].nparams, NULL,
					     st[sent].nparams ? st[sent].params : NULL, NULL, NULL, 0))
		sent++;
	l->stats.queries += (unsigned)sent;
	if (sent < n)
		rc = db_error(l, st[sent].what, NULL);
	if (!PQpipelineSync(conn) && rc == 0)
		rc = db_error(l, "pipeline", NULL);
	for (int i = 0; i < sent; i++) {
		PGresult *res = PQgetResult(conn);
		if (!res) {
			if (rc == 0)
				rc = db_error(l, st[i].what, NULL);
			break;
		}
		ExecStatusType status = PQresultStatus(res);
		if (rc == 0 && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
			rc = db_error(l, st[i].what, res);
		if (rc == 0) {
			l->stats.rows += (size_t)PQntuples(res);
			if (st[i].read)
				rc = st[i].read(l, res);
		}
		PQclear(res);
		/* Each statement's results end with a NULL. */
		while ((res = PQgetResult(conn)) != NULL)
			PQclear(res);
	}
	/* Up to the Sync, whatever happened before it. */
	PGresult *res;
	while ((res = PQgetResult(conn)) != NULL) {
		ExecStatusType status = PQresultStatus(res);
		PQclear(res);
		if (status == PGRES_PIPELINE_SYNC)
			break;
	}
	if (!PQexitPipelineMode(conn) && rc == 0)
		rc = db_error(l, "pipeline", NULL);
	return rc;
}

/*
 * Every statement, in its order, in two pipelines: BEGIN (own snapshot only)
 * and the settings, which find the schema's oid; then the seven kinds with
 * that oid, and COMMIT (own snapshot) or the caller's settings put back
 * (inside the caller's transaction).  The count is what
 * sg_catalog_stats.queries promises to keep constant.
 */
static int load_all(loader *l, const char *schema, const char *search_path, int server_version, bool own)
{
	statement first[] = {
	    {"begin", "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", 0, {NULL}, NULL},
	    {"settings", pin_sql, 2, {schema, search_path}, read_settings},
	};
	int rc = own ? run_pipeline(l, first, 2) : run_pipeline(l, first + 1, 1);
	if (rc != 0)
		return rc;

	sg_strbuf unmanaged = SG_STRBUF_INIT;
	for (size_t i = 0; i < sizeof(unmanaged_sql) / sizeof(unmanaged_sql[0]); i++)
		sg_strbuf_adds(&unmanaged, unmanaged_sql[i]);
	if (sg_strbuf_failed(&unmanaged)) {
		sg_strbuf_release(&unmanaged);
		return out_of_memory(l);
	}
	const char *constraints = server_version >= 170000   ? constraints_sql_17
				  : server_version >= 150000 ? constraints_sql_15
							     : constraints_sql_13;
	const char *indexes = server_version >= 170000	 ? indexes_sql_17
			      : server_version >= 150000 ? indexes_sql_15
							 : indexes_sql_13;
	const char *oid = l->schema_oid, *excluded = l->params[1];
	statement kinds[] = {
	    {"extensions", extensions_sql, 1, {oid}, read_extensions},
	    {"enums", enums_sql, 1, {oid}, read_enums},
	    {"tables", tables_sql, 2, {oid, excluded}, read_tables},
	    {"columns", columns_sql, 2, {oid, excluded}, read_columns},
	    {"constraints", constraints, 2, {oid, excluded}, read_constraints},
	    {"indexes", indexes, 2, {oid, excluded}, read_indexes},
	    {"unmanaged", unmanaged.data, 2, {oid, excluded}, read_unmanaged},
	    {"commit", "COMMIT", 0, {NULL}, NULL},
	};
	int n = (int)(sizeof(kinds) / sizeof(kinds[0]));
	if (!own) {
		/* The settings were pinned with set_config(..., true): put the caller's back, last. */
		kinds[n - 1] = (statement){"restore settings", restore_sql, NSETTINGS, {NULL}, NULL};
		for (int i = 0; i < NSETTINGS; i++)
			kinds[n - 1].params[i] = l->old_settings[i];
		l->restored = true;
	}
	rc = run_pipeline(l, kinds, n);
	sg_strbuf_release(&unmanaged);
	return rc;
}

int sg_catalog_load(sg_schema **out, PGconn *conn, const sg_catalog_options *opts, sg_error *err)
{
	*out = NULL;
	const char *schema_name = opts && opts->schema ? opts->schema : "public";
	loader l = {.conn = conn, .err = err};
	int rc = -1;
	char *default_path = NULL, *excluded = NULL;

	PGTransactionStatusType ts = conn ? PQtransactionStatus(conn) : PQTRANS_UNKNOWN;
	int server_version = opts && opts->query_version ? opts->query_version : conn ? PQserverVersion(conn) : 0;
	if (ts == PQTRANS_INERROR) {
		sg_error_set(err, SG_ERR_DB, "cannot read schema '%s': the current transaction is aborted",
			     schema_name);
		goto done;
	}
	if (ts != PQTRANS_IDLE && ts != PQTRANS_INTRANS) {
		sg_error_set(err, SG_ERR_DB, "cannot read schema '%s': the connection is busy or broken", schema_name);
		goto done;
	}
	if (server_version < 130000) {
		sg_error_set(err, SG_ERR_DB,
			     "cannot read schema '%s': server version %d is not supported (13 or later)", schema_name,
			     server_version);
		goto done;
	}
	const char *search_path = opts ? opts->search_path : NULL;
	if (!search_path && !(search_path = default_path = sg_quote_ident_dup(schema_name))) {
		out_of_memory(&l);
		goto done;
	}
	if (!(excluded = exclude_literal(opts)) || !(l.schema = sg_schema_new(schema_name))) {
		out_of_memory(&l);
		goto done;
	}
	l.arena = l.schema->arena;
	l.params[1] = excluded;
	l.stats.own_transaction = ts == PQTRANS_IDLE;

	if (l.stats.own_transaction) {
		rc = load_all(&l, schema_name, search_path, server_version, true);
		/* A failure before the COMMIT leaves the snapshot's transaction open or aborted: end it. */
		if (rc != 0 && PQtransactionStatus(conn) != PQTRANS_IDLE)
			quietly(&l, rollback);
	} else {
		rc = load_all(&l, schema_name, search_path, server_version, false);
		/*
		 * The last statement of the second pipeline puts the settings back.  When the reader failed
		 * before sending it and the transaction is not aborted (after a failed query nothing can run:
		 * the caller rolls back), put them back now.
		 */
		if (rc != 0 && !l.restored && l.old_settings[NSETTINGS - 1] &&
		    PQtransactionStatus(conn) == PQTRANS_INTRANS)
			quietly(&l, restore_settings);
	}
	if (rc == 0) {
		sg_schema_sort(l.schema);
		*out = l.schema;
		l.schema = NULL;
	}

done:
	if (opts && opts->stats)
		*opts->stats = l.stats;
	for (int i = 0; i < NSETTINGS; i++)
		free(l.old_settings[i]);
	free(l.oids);
	free(l.attnums);
	free(l.qnames);
	free(l.first_column);
	free(default_path);
	free(excluded);
	sg_schema_free(l.schema);
	return rc;
}
