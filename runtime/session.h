/*
 * Each migration starts from the session state the run started with
 * (DESIGN.md §6, docs/migrate.md "Session state between files"): a SET, a
 * SET ROLE, a temporary table, a prepared statement, a cursor WITH HOLD, a
 * LISTEN, a sequence's currval or a session advisory lock left by one file
 * is gone before the next runs.
 *
 * DISCARD ALL would do most of it, but it releases every session advisory
 * lock (the run's own migration lock too) and cannot run in a transaction
 * block; the reset here is its parts, sent inside the next file's
 * transaction (after its BEGIN: they would otherwise take the snapshot a
 * `BEGIN ISOLATION LEVEL ...` must come before), then the settings the run
 * itself had made at session level before its first file (read once, in the
 * first file's transaction).
 */
#ifndef SG_SESSION_H
#define SG_SESSION_H

#include "runner.h"
#include "pipeline.h"

/* The tag of the session's commands in a pipeline. */
enum { SG_SESSION_TAG = -2 };

/*
 * Add to p, inside a file's transaction: before the run's first file, the
 * query that reads the session's own settings; before every later file, the
 * reset.  Rows come back through sg_session_rows (pass it to the pipeline
 * with m as its argument).
 */
int sg_session_add(sg_migrate *m, sg_pipeline *p, sg_error *err);
void sg_session_rows(void *ud, int tag, const PGresult *res);
/* A file ran (or failed): the next one needs the reset. */
void sg_session_file_done(sg_migrate *m);
/* Run sg_session_add on its own, for a no-transaction file: one round trip. */
int sg_session_prepare(sg_migrate *m, sg_error *err);
/*
 * Release the session advisory locks but the run's own (each as many times
 * as it was taken), for a file whose text names an advisory lock function:
 * reading pg_locks costs half a millisecond, too much to pay after every
 * file.
 */
int sg_session_release_advisory(sg_migrate *m, sg_error *err);
/* Free what the runner keeps of the session (at sg_migrate_free). */
void sg_session_release(sg_migrate *m);

#endif
