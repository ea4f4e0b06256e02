/*
 * The tracking table and its history (DESIGN.md §6).
 *
 * TABLE (default public.schema_migrations), one row per applied version:
 *   version bigint PRIMARY KEY, name, checksum (SHA-256 hex of the up file),
 *   applied_at, duration_ms, applied_by, dirty, statements_done,
 *   statements_total, last_error, method (up | baseline | force | down while
 *   a no-transaction down file is running).
 * TABLE_history, append-only, one row per event: id, at, action (up | down |
 *   force | baseline | adopt | drop | accept-edit), version, name, outcome
 *   (ok | failed | dirty | applied | unapplied | clean), duration_ms,
 *   applied_by, client, checksum, detail.
 *
 * This module holds the SQL texts (identifiers quoted once here) and reads the
 * ledger; the runner sends the statements.
 */
#ifndef SG_TRACKING_H
#define SG_TRACKING_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stdint.h>

#include "checksum.h"
#include "schemagen/error.h"

typedef struct sg_tracking {
	char *schema, *table;	 /* as given */
	char *qschema;		 /* quoted schema */
	char *qtable, *qhistory; /* quoted schema.table, schema.table_history */
	char *golang_backup;	 /* unquoted name the adopted golang-migrate table is renamed to */
	/* SQL texts, see tracking.c for their parameters */
	char *sql_load, *sql_load_brief, *sql_versions, *sql_create;
	char *sql_applied, *sql_reverted;
	char *sql_notx_start_up, *sql_notx_start_down, *sql_progress;
	char *sql_notx_done_up, *sql_notx_done_down;
	char *sql_failed_dirty, *sql_failed;
	char *sql_force_above, *sql_force_version, *sql_baseline;
	char *sql_history, *sql_last_event;
	char *sql_history_applied, *sql_accept_edit;
} sg_tracking;

/* Build the names and SQL texts.  SG_ERR_INPUT when a name is empty or too long. */
int sg_tracking_init(sg_tracking *t, const char *schema, const char *table, sg_error *err);
void sg_tracking_release(sg_tracking *t);

typedef enum sg_ledger_kind { SG_LEDGER_OURS, SG_LEDGER_MISSING, SG_LEDGER_GOLANG } sg_ledger_kind;

/* One row; the strings are borrowed from the ledger's query result (NULL for SQL NULL). */
typedef struct sg_track_row {
	int64_t version;
	const char *name, *checksum, *applied_at, *applied_by, *method, *last_error;
	int64_t duration_ms;
	bool dirty;
	int statements_done, statements_total;
} sg_track_row;

typedef struct sg_ledger {
	sg_ledger_kind kind;
	PGresult *result;   /* owns the rows' strings: no copy per row, one allocation for 10,000 versions */
	sg_track_row *rows; /* ordered by version */
	size_t count;
	int64_t golang_version;
	bool golang_dirty;
} sg_ledger;

/*
 * Read the tracking table in one query.  A missing table gives kind
 * SG_LEDGER_MISSING; golang-migrate's `(version, dirty)` table gives
 * SG_LEDGER_GOLANG with its version.  Without `full`, applied_at and
 * applied_by are left NULL and duration_ms 0 (what status shows, and no
 * operation needs).  `out` must be released either way.
 */
int sg_tracking_load(sg_ledger *out, PGconn *conn, const sg_tracking *t, bool full, sg_error *err);
void sg_ledger_release(sg_ledger *l);
const sg_track_row *sg_ledger_find(const sg_ledger *l, int64_t version);
/* The newest applied row, or NULL. */
const sg_track_row *sg_ledger_last(const sg_ledger *l);

/*
 * What a no-op `up` needs to know, in one row: every applied version with
 * its checksum, and whether any is dirty.  10,000 versions are about 720 kB
 * of text, where the whole ledger is 1.5 MB and takes four times as long to
 * read.
 */
typedef struct sg_ledger_versions {
	int64_t *versions;		      /* ascending, owned */
	unsigned char (*sums)[SG_SHA256_LEN]; /* each version's checksum, binary, owned */
	size_t count;
	bool any_dirty;
} sg_ledger_versions;

/*
 * Read the applied versions of our tracking table in one query.  Returns 1
 * when `out` holds them, 0 when the table is missing or not ours (read the
 * ledger to know which: sg_tracking_load), -1 with err set on any other
 * failure.  `out` must be released either way.
 */
int sg_tracking_load_versions(sg_ledger_versions *out, PGconn *conn, const sg_tracking *t, sg_error *err);
/* The same from the result of t->sql_versions run by the caller (taken: it is PQcleared). */
int sg_tracking_versions_from(sg_ledger_versions *out, PGresult *res, PGconn *conn, const sg_tracking *t,
			      sg_error *err);
void sg_ledger_versions_release(sg_ledger_versions *v);

/* Create the schema (when missing), the table and the history table. */
int sg_tracking_create(PGconn *conn, const sg_tracking *t, sg_error *err);

/*
 * Adopt golang-migrate's table at `version`: lock it, check that it still
 * says seen_version / seen_dirty (SG_ERR_DB when golang-migrate changed it
 * meanwhile), rename it to t->golang_backup, create ours, and log an `adopt`
 * event.  Runs in the caller's transaction.
 */
int sg_tracking_adopt_golang(PGconn *conn, const sg_tracking *t, int64_t seen_version, bool seen_dirty, int64_t version,
			     const char *client, sg_error *err);

#endif
