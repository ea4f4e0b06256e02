/*
 * A fleet's targets (docs/design.md §6, "Many databases"): a --targets file or
 * the rows of a --targets-query, each made a complete connection string over
 * --database, with the schema whose search_path the migrations run in and
 * whose ledger they keep.
 */
#ifndef SG_FLEET_TARGETS_H
#define SG_FLEET_TARGETS_H

#include <stddef.h>

#include "schemagen/error.h"

typedef struct sg_fleet_target {
	char *label;	/* name=, else the schema, else the database; unique in the fleet */
	char *conninfo; /* what libpq gets: the target over the base, password included */
	char *schema;	/* the search_path and the ledger's schema, or NULL (--schema, the URL's) */
	char *table;	/* the target URL's x-migrations-table, or NULL */
	int line;	/* line of the --targets file, row + 1 of the query */
} sg_fleet_target;

typedef struct sg_fleet_targets {
	sg_fleet_target *items;
	size_t count, cap;
} sg_fleet_targets;

/*
 * Parse a --targets file's text.  One target per line: `[name=LABEL]
 * [schema=NAME] [URL | conninfo]`; what the line leaves out comes from
 * `base` (--database, libpq-ready; NULL: libpq's defaults); `#` starts a
 * comment at the start of a line or after a space.  timeout_s > 0 becomes
 * the connect_timeout of targets that set none.  -1 with err (SG_ERR_INPUT,
 * `origin:LINE: ...`, no password) on a bad line, a duplicate label or no
 * target.  `out` must be released either way.
 */
int sg_fleet_targets_parse(sg_fleet_targets *out, const char *text, const char *origin, const char *base,
			   long timeout_s, sg_error *err);

/* The same from the file at `path` ("-": standard input). */
int sg_fleet_targets_read(sg_fleet_targets *out, const char *path, const char *base, long timeout_s, sg_error *err);

/*
 * Run `sql` on `base` (in a READ ONLY transaction, rolled back) and make a
 * target of each row.  The column names say what a row is: `datname`,
 * `dbname` or `database` a database of base's server; `nspname` or `schema`
 * a schema of base's database; `url` or `conninfo` a target as a --targets
 * line gives it; an optional `name` column labels it.
 */
int sg_fleet_targets_query(sg_fleet_targets *out, const char *sql, const char *base, const char *app, long timeout_s,
			   sg_error *err);

void sg_fleet_targets_release(sg_fleet_targets *t);

#endif
