/*
 * What `schemagen diff` reads from the database before it compares: the
 * migration runner's ledger (which migrations are applied) and the live
 * catalog, in one snapshot, so that the two describe one state of the
 * database (docs/diff.md, "Speed").  The read can run in a thread of its own
 * while the models load: the server reads the catalog on one core while the
 * client parses the YAML on the other.
 *
 * The ledger is looked for as `diff` always did: public.TABLE, else
 * `schema`.TABLE, TABLE the runner's tracking table (--table, default
 * schema_migrations) (sg_tracking_load's kinds: ours, missing,
 * golang-migrate's).  Anything else (a table of another layout, a server the
 * catalog reader does not support, a failed statement) fails the read; the
 * caller then reads the ledger and the catalog one after the other as before,
 * which reports the error with its own message.
 */
#ifndef SG_DIFF_STATE_H
#define SG_DIFF_STATE_H

#include <libpq-fe.h>
#include <pthread.h>
#include <stdbool.h>

#include "catalog.h"
#include "schema.h"
#include "schemagen/error.h"
#include "tracking.h"

typedef struct sg_diff_state {
	char *schema;	      /* the schema read (malloc'd) */
	sg_tracking tracking; /* the ledger's table, valid when tracking_ready */
	bool tracking_ready;
	sg_ledger ledger; /* kind and versions (rows carry the version only) */
	sg_schema *live;  /* the live catalog, the runner's tables left out */
	sg_catalog_stats stats;
} sg_diff_state;

/*
 * Read the ledger and the live catalog of `schema` in one REPEATABLE READ
 * snapshot, in the catalog reader's two round trips (`conn` idle).
 * \return 0 with *out filled; or -1 with err set and *out empty.  Release
 *         *out with sg_diff_state_release() either way.
 */
int sg_diff_state_read(sg_diff_state *out, PGconn *conn, const char *schema, const char *table, sg_error *err);
void sg_diff_state_release(sg_diff_state *s);

/* A connection and sg_diff_state_read() in a thread of its own. */
typedef struct sg_diff_prefetch {
	pthread_t thread;
	bool started;
	char *url;    /* --database, NULL for $DATABASE_URL (malloc'd) */
	char *schema; /* the schema read (malloc'd) */
	char *table;  /* the tracking table's name (malloc'd) */
	PGconn *conn; /* the connection, NULL when it failed (conn_err) */
	sg_error conn_err;
	int rc; /* of sg_diff_state_read(), -1 when it did not run */
	sg_diff_state state;
	sg_error err;
} sg_diff_prefetch;

/*
 * Start connecting to `url` and reading `schema` (and the tracking table
 * `table`) in a new thread (or, when
 * no thread can be started, do it now).  Until sg_diff_prefetch_join()
 * returns, the caller touches nothing of `p`; afterwards p->conn (the
 * caller's from then on: the thread no longer uses it), p->rc and p->state
 * are the caller's to use.  Release with sg_diff_prefetch_release().
 */
void sg_diff_prefetch_start(sg_diff_prefetch *p, const char *url, const char *schema, const char *table);
void sg_diff_prefetch_join(sg_diff_prefetch *p);
/* Join when still running, free what the caller did not take (p->conn is closed when still set). */
void sg_diff_prefetch_release(sg_diff_prefetch *p);

/*
 * The schema the models in `dir` most likely describe, into out[size]: the
 * first top-level `schema:` line of a .yaml file of the directory, else
 * public.  A guess that lets the catalog be read while the models load; the
 * loaded models have the last word (a wrong guess reads again).
 */
void sg_diff_guess_schema(char *out, size_t size, const char *dir);

#endif
