/*
 * The catalog phase (generator/catalog/): pg_catalog -> sg_schema.
 *   In:  a connection and a schema name (sg_catalog_options).
 *   Out: the schema as the same structs the models loader produces
 *        (schema.h), in the server's spelling, for the diff (generator/plan/).
 *   Here too: normalize.h (models through a scratch schema and back through
 *   this reader), convert.h (type changes tried on the server), scratch.h
 *   (scratch databases), verbatim.h, fingerprint.h.
 *
 * The reader's files: catalog.c runs it (snapshot, settings, the two
 * pipelines, the helpers that take rows apart); each object kind has one
 * catalog_<kind>.c holding its query beside the reader of its rows:
 * catalog_extensions.c, catalog_enums.c, catalog_tables.c (tables and
 * columns), catalog_constraints.c, catalog_indexes.c, catalog_triggers.c,
 * catalog_views.c, catalog_functions.c, catalog_unmanaged.c (everything not managed yet); catalog_int.h is what
 * they share.
 *
 * A new kind (sequences, domains, functions, views, triggers): a new
 * catalog_<kind>.c with its query and reader, declared in catalog_int.h; one
 * line in load_all()'s list of kinds in catalog.c (one more statement, same
 * two round trips); its objects taken out of catalog_unmanaged.c's query; the
 * file in generator/meson.build.
 *
 * The catalog reader: one PostgreSQL schema, read from pg_catalog into the
 * shared sg_schema (schema.h), the live side of every diff and, through a
 * scratch schema, the normalized desired side (normalize.h).
 *
 * How it reads (pg_dump's way, docs/design.md §5.2):
 *  - A constant number of round trips whatever the schema's size: one query
 *    per object kind for the whole schema (extensions, enums, domains, tables,
 *    columns, constraints, indexes, triggers, views, their indexes and triggers, functions, sequences,
 *    unmanaged objects), rows
 *    ordered by table oid so they are grouped in one pass, in two libpq
 *    pipelines: two round trips.  The first pins the settings and finds the schema's oid; the
 *    second passes that oid to every kind's query as a constant the planner
 *    sees, so a small schema in a large database is read through the
 *    catalogs' indexes.  sg_catalog_stats.queries counts every statement
 *    sent: 17 in a snapshot of its own (BEGIN, settings | fourteen kinds,
 *    COMMIT), 16 inside the caller's transaction (settings | fourteen kinds, the
 *    settings put back).
 *  - One snapshot: `BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY` ...
 *    `COMMIT`, unless the connection is already inside a transaction: then
 *    the reader runs in the caller's transaction, sends no BEGIN/COMMIT and
 *    leaves the transaction open.
 *  - The deparse environment is pinned with SET LOCAL semantics for the
 *    duration of the call and restored afterwards: search_path (default: the
 *    schema alone), quote_all_identifiers = off, DateStyle = ISO,
 *    IntervalStyle = postgres, extra_float_digits = 3 (pg_dump's settings, so
 *    that constants in defaults and expressions print unambiguously); and,
 *    for speed only, jit = off, max_parallel_workers_per_gather = 0,
 *    work_mem = 64MB.
 *
 * The text it returns (what the diff compares) is the server's own, with
 * nothing schema-specific left in it for objects of the schema being read:
 * reading schema S with search_path "S" and reading a scratch copy X with
 * search_path "X, S" give byte-identical schemas (the test suite proves it).
 *  - column type: format_type(); default and generation expression:
 *    pg_get_expr(adbin, adrelid); collation: the bare collation name, only
 *    when it differs from the type's default collation.
 *  - constraint definition: pg_get_constraintdef(oid) (" NOT VALID" included
 *    for unvalidated constraints); a CHECK's expression: pg_get_expr(conbin),
 *    which is exactly the text inside the definition's CHECK ( ).  A foreign
 *    key's ref_schema is NULL when the referenced table is in the schema
 *    being read, its name otherwise.
 *  - index definition: pg_get_indexdef(oid, 0, true) with the table name
 *    unqualified, so it carries every property of the index in the order
 *    CREATE INDEX takes them:
 *        CREATE [UNIQUE] INDEX name ON table USING method (element, ...)
 *            [INCLUDE (column, ...)] [NULLS NOT DISTINCT] [WITH (storage
 *            parameters)] [WHERE predicate]
 *    Each element is a column or a parenthesized expression followed by what
 *    CREATE INDEX needs to rebuild it: [COLLATE c] [opclass [(options)]]
 *    [DESC] [NULLS FIRST|LAST], non-default parts only; `include` holds the
 *    bare INCLUDE column names; `where` is pg_get_expr(indpred, indrelid,
 *    true) (pretty, as in the definition: `deleted_at IS NULL`); `method` is
 *    always set (pg_am.amname).  Indexes of PRIMARY KEY, UNIQUE and EXCLUDE
 *    constraints are listed too, with constraint_backed set.
 *
 * What is read: tables (relkind 'r', not partitions, not inheritance
 * children, not typed tables) with comment, columns, PRIMARY KEY / UNIQUE /
 * CHECK / FOREIGN KEY constraints (MATCH FULL in match_full), indexes,
 * enums, domains (with their checks, catalog_domains.c) and sequences of the
 * schema (catalog_sequences.c says which sequences: not an identity or a
 * serial column's, whose sequence is part of its column), and the
 * extensions installed in the schema or in a schema of the pinned
 * search_path (pg_catalog excepted: plpgsql is everywhere and never part of a
 * model).  Objects owned by an extension (pg_depend deptype 'e') and the
 * excluded tables (with their columns, keys, indexes, triggers, policies,
 * rules) are skipped.  Everything else of the schema that schemagen does not
 * manage yet is listed in sg_schema.unmanaged, sorted by kind then name, and
 * never dropped: kinds "partitioned table",
 * "partition", "inherited table", "typed table", "foreign table",
 * "composite type", "range
 * type", "aggregate", "window function", "trigger" (of a relation
 * that is not a managed table),
 * "policy", "row level security", "rule", "exclusion constraint",
 * "statistics", "collation".  Names of objects that belong to a table are
 * "table.object"; routines are "name(identity arguments)".
 *
 * Left to others: name_is_default stays false (the models loader owns the
 * default-name rules); renamed_from, from_serial and pos are model-only.
 */
#ifndef SG_CATALOG_H
#define SG_CATALOG_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "schemagen/error.h"

/* What one sg_catalog_load() call did, for tests and benchmarks. */
typedef struct sg_catalog_stats {
	unsigned queries;      /* statements sent, BEGIN/COMMIT and settings included; constant per call (the
				  hook's below not counted) */
	unsigned hook_queries; /* statements of the caller's hook (sg_catalog_hook) sent in the same pipelines */
	unsigned round_trips;  /* waits for the server: 2 */
	size_t rows;	       /* rows received over all queries */
	bool schema_exists;    /* false: the schema is missing and was read as empty */
	bool own_transaction;  /* true: the call opened and committed its own snapshot */
	/*
	 * current_schema() under the session's own search_path, read before the
	 * reader pinned it: where the session's unqualified CREATE statements
	 * go; "" when that search_path names no schema that exists.
	 */
	char creation_schema[64];
} sg_catalog_stats;

/*
 * Statements of the caller's, run in the reader's snapshot and in its two
 * round trips: what must be read in the same state of the database as the
 * catalog (`schemagen diff` reads the migration runner's ledger so).  Honoured
 * only when the reader opens its own snapshot (the connection idle); inside
 * the caller's transaction the caller can send them itself.
 *  - first_sql (NULL: none) is sent in the first pipeline, after the
 *    settings, with first_params[0..first_nparams); its result goes to
 *    first_read.
 *  - second_sql(), when set, is called once the first pipeline has been read
 *    and returns the statement (no parameters) to send first in the second
 *    pipeline, or NULL for none; its result goes to second_read.
 * The readers get only results that succeeded (a failed statement fails the
 * load, which rolls the snapshot back), borrow them, and return 0 or -1 with
 * err set, which fails the load.  The statements must not fail on a state
 * the caller expects (a missing table: look it up in the first statement).
 */
typedef struct sg_catalog_hook {
	void *ctx;
	const char *first_sql;
	const char *first_params[4];
	int first_nparams;
	int (*first_read)(void *ctx, const PGresult *res, sg_error *err);
	const char *(*second_sql)(void *ctx);
	int (*second_read)(void *ctx, const PGresult *res, sg_error *err);
} sg_catalog_hook;

typedef struct sg_catalog_options {
	const char *schema;		   /* the schema to read; NULL means "public" */
	const char *search_path;	   /* pinned while deparsing, as SET search_path takes it; NULL means the
					      schema alone (quoted as needed) */
	const char *const *exclude_tables; /* tables of the schema to leave out (the migration runner's tracking
					      tables); NULL entries are ignored */
	size_t nexclude_tables;
	sg_catalog_stats *stats;     /* optional out: filled on success and on failure */
	const sg_catalog_hook *hook; /* optional: the caller's statements in the same snapshot (own snapshot only) */
	int query_version;	     /* tests only: use the queries written for this server version
					(PQserverVersion() form) instead of the server's; 0 normally */
} sg_catalog_options;

/*
 * Read one schema from the catalog.
 * \param out receives a new sorted schema (sg_schema_sort) owned by the
 *        caller (sg_schema_free); NULL on failure
 * \param conn an open connection, idle or inside a transaction that is not
 *        aborted; inside a transaction the caller's snapshot is used and the
 *        transaction is left open with its settings as they were (after a
 *        failed query the caller's transaction is aborted: roll it back)
 * \param opts may be NULL: schema public, search_path public, nothing excluded
 * \return 0; or -1 with err set: SG_ERR_DB with the server's message when a
 *         query fails or the connection is unusable, SG_ERR_SYSTEM when out
 *         of memory
 */
int sg_catalog_load(sg_schema **out, PGconn *conn, const sg_catalog_options *opts, sg_error *err);

/*
 * The objects outside the models that depend on the managed objects named
 * `names` (bare names of tables, views, indexes, sequences, domains, enums,
 * functions; plan/diff.h, sg_diff_dependent_names) into schema->dependents,
 * replacing what it held; `schema` is one sg_catalog_load read with the same
 * `opts` (schema, search_path, excluded tables).  One round trip of its own
 * (a read-only snapshot when the connection is idle; inside the caller's
 * transaction, a savepoint rolled back), none when `nnames` is 0.  Read apart
 * from the catalog because, for every managed object, it cost 0.4 s on
 * 10,000 tables; for the few a plan acts on, milliseconds.  The statements
 * and the round trip are added to opts->stats.
 * \return 0; or -1 with err set as sg_catalog_load's
 */
int sg_catalog_load_dependents(sg_schema *schema, PGconn *conn, const sg_catalog_options *opts,
			       const char *const *names, size_t nnames, sg_error *err);

/*
 * Keep the server's notices on `conn` off stderr (libpq prints them there):
 * those of schemagen's own statements (the scratch work, the catalog read)
 * are not the user's to read, and one sent while the connection waits (the
 * server going down: "FATAL:  terminating connection due to administrator
 * command") was printed as a second line before the command's error.  What
 * fails is still an error of the statement that meets it.
 */
void sg_catalog_quiet_notices(PGconn *conn);

#endif
