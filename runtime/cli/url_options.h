/*
 * golang-migrate's database URLs made ready for libpq (docs/migrate.md,
 * "Coming from golang-migrate").  golang-migrate reads options of its own
 * from the URL's query (`x-migrations-table`, `x-statement-timeout`...) and
 * hands the rest to lib/pq or pgx, which send any parameter they do not know
 * (`search_path`, `timezone`) to the server as a setting.  libpq refuses both
 * kinds, so the `x-` options are taken out and returned as ours, and the
 * server settings move into libpq's `options` (`-c search_path=app`).
 * `pgx://`, `pgx4://` and `pgx5://` become `postgresql://`.
 *
 * Pure: no connection is made.  A libpq conninfo string
 * (`host=... dbname=...`) is returned unchanged.
 */
#ifndef SG_URL_OPTIONS_H
#define SG_URL_OPTIONS_H

#include <stdbool.h>

#include "schemagen/error.h"

typedef struct sg_url_options {
	char *url;		   /* what libpq gets; malloc'd */
	char *table;		   /* x-migrations-table's table, or NULL */
	char *schema;		   /* the tracking table's schema the URL implies, or NULL */
	bool schema_from_table;	   /* schema came from x-migrations-table-quoted (else from search_path) */
	long statement_timeout_ms; /* x-statement-timeout, or -1 when absent (or 0, golang-migrate's "none") */
	char *notes;		   /* options accepted with no effect, one explanation per line; NULL for none */
} sg_url_options;

/*
 * Split `url` into what libpq gets and golang-migrate's options.  -1 with err
 * set (SG_ERR_INPUT, naming the option) for a scheme other than PostgreSQL's,
 * an unknown `x-` option, or an option value golang-migrate would refuse.
 * `out` must be released either way.
 */
int sg_url_options_parse(sg_url_options *out, const char *url, sg_error *err);
void sg_url_options_release(sg_url_options *uo);

#endif
