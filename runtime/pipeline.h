/*
 * Talking to the server in as few round trips as possible: a libpq pipeline
 * sends many commands and one Sync and reads every result in order, keeping
 * the first failure and which command it was.  Also the two plain helpers the
 * runner needs around it (roll back, run one statement with parameters).
 */
#ifndef SG_PIPELINE_H
#define SG_PIPELINE_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "schemagen/error.h"

/* What each command of a pipeline was: a statement of the file (>= 0) or one of the runner's own. */
enum { SG_PIPELINE_RUNNER = -1 };

typedef struct sg_pipeline {
	PGconn *conn;
	int n, cap;
	int *tags;
	/* When the connection was lost: the tag of the first command whose result did not come back whole. */
	bool lost;
	int lost_tag;
} sg_pipeline;

typedef void (*sg_pipeline_rows_fn)(void *ud, int tag, const PGresult *res);

/* Enter pipeline mode on conn. */
int sg_pipeline_start(sg_pipeline *p, PGconn *conn, sg_error *err);
/* Queue one command (extended protocol, text parameters) under `tag`. */
int sg_pipeline_add(sg_pipeline *p, int tag, const char *sql, int nparams, const char *const *params, sg_error *err);
/*
 * Sync and read every result of the commands added since the last sync (rows
 * go to on_rows when not NULL), staying in pipeline mode: a long file goes
 * out in batches.  *failed and *failed_tag as sg_pipeline_finish.
 */
int sg_pipeline_sync(sg_pipeline *p, PGresult **failed, int *failed_tag, sg_pipeline_rows_fn on_rows, void *ud,
		     sg_error *err);
/*
 * Sync, read every result (rows go to on_rows when not NULL) and leave
 * pipeline mode.  The first failed command's result is returned in *failed
 * (the caller PQclears it) with its tag; the server skipped the commands
 * after it.  -1 with err set only when the connection itself failed.
 */
int sg_pipeline_finish(sg_pipeline *p, PGresult **failed, int *failed_tag, sg_pipeline_rows_fn on_rows, void *ud,
		       sg_error *err);
/* Give up a pipeline that failed before sg_pipeline_finish: free it and leave pipeline mode. */
void sg_pipeline_abort(sg_pipeline *p);
/* Roll back whatever transaction conn is in (nothing when idle). */
void sg_pipeline_rollback(PGconn *conn);
/*
 * A failed result of one of the runner's own statements as one line:
 * `ERROR 42703: column "x" does not exist` (severity, SQLSTATE, primary
 * message), never libpq's `LINE 1: ...` and caret lines, which point into the
 * runner's SQL and mean nothing once on one line.  Without a SQLSTATE (libpq's
 * own error, the connection lost), libpq's message of res, else of conn
 * (sg_error_set puts its lines on one).
 * Written into buf (truncated to size); returns buf.
 */
const char *sg_pipeline_error_text(const PGresult *res, PGconn *conn, char *buf, size_t size);
/* Run one statement with text parameters; -1 with err set (SG_ERR_DB, "WHAT: server message") on failure. */
int sg_pipeline_exec(PGconn *conn, const char *sql, int n, const char *const *params, const char *what, sg_error *err);

#endif
