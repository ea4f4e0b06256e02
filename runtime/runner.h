/*
 * The runner's state, shared inside the runtime by the files that implement
 * schemagen/migrate.h: the handle (struct sg_migrate), a run (the connection,
 * the migration lock, the ledger read under it), events, and the checks every
 * operation shares.  One owner, runner.c; its users are the operations
 * (migrate.c, migrate_mark.c, migrate_read.c, drop.c) and the modules they
 * call (apply.c, verify.c, session.c, golang_ledger.c), none of which
 * includes another's internals for these.  Not a public header.
 */
#ifndef SG_RUNNER_H
#define SG_RUNNER_H

#include <libpq-fe.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "checksum.h"
#include "files.h"
#include "lock.h"
#include "schemagen/migrate.h"
#include "split.h"
#include "tracking.h"

struct sg_migrate {
	char *url; /* NULL: $DATABASE_URL when connecting */
	char *app;
	sg_migrate_source src;
	sg_tracking trk;
	sg_mfile_set files;
	long lock_timeout_ms, statement_timeout_ms, wait_ms;
	long lock_wait_ms; /* bound of the wait for the migration lock; -1: none */
	bool dry_run, allow_out_of_order, atomic;
	sg_migrate_event_fn on_event;
	void *userdata;
	char client[200]; /* host and pid, recorded in the history */
	PGconn *conn;
	/* A connection started by connect_early, not finished yet, and libpq's last word on it. */
	PGconn *conn_pending;
	PostgresPollingStatusType pending_status;
	long connect_started_ms;
	/*
	 * sg_migrate_interrupt() runs in a signal handler: it may only read
	 * `cancel` once `cancel_ready` says it is complete, and PQcancel() is
	 * documented as safe there.
	 */
	PGcancel *cancel;
	volatile sig_atomic_t cancel_ready;
	volatile sig_atomic_t interrupted;
	int64_t lock_key;
	sg_lock lock; /* the migration lock while an operation holds it */
	/*
	 * A pipeline lost the connection in this operation: libpq may still say
	 * CONNECTION_OK (a pooler sends FATAL and closes; libpq has not read the
	 * end yet), so apply.c and the lock's release ask this too.
	 */
	bool conn_lost;
	/* --accept-edit versions (owned copy), and the checksums they now record. */
	int64_t *accept_edit;
	size_t naccept_edit;
	char (*accepted)[SG_CHECKSUM_HEX_LEN + 1];
	/* SHA-256 of every file's up file, by index in `files`, when sums_ready (verify.c). */
	unsigned char (*sums)[SG_SHA256_LEN];
	bool sums_ready;
	/* session.c: files run on this connection; what sets again the session's own settings */
	int session_files;
	char *session_restore;
	char **session_params;
	int session_nparams;
};

/* One operation's hold on the database: the lock, and the ledger read under it. */
typedef struct sg_migrate_run {
	sg_ledger ledger;
	PGresult *versions; /* sg_tracking's sql_versions, read with the lock when that took it at once */
	bool locked;
} sg_migrate_run;

/* What sg_migrate__run_begin reads under the lock. */
typedef enum sg_migrate_read {
	SG_MIGRATE_READ_LEDGER,	 /* the ledger, without the columns only status shows */
	SG_MIGRATE_READ_FULL,	 /* the ledger with every column */
	SG_MIGRATE_READ_NOTHING, /* no ledger; with the lock, the applied versions come in its round trip (r->versions)
				  */
} sg_migrate_read;

/*
 * Connect (sg_migrate__connect), take the migration lock unless `lock` is
 * false, and read what `read` says under it.  sg_migrate__run_end must
 * follow, whatever this returns.
 */
int sg_migrate__run_begin(sg_migrate *m, sg_migrate_run *r, bool lock, sg_migrate_read read, sg_error *err);
/*
 * Roll back what is open, release the lock (res->lock_was_lost when a proxy
 * lost it) and the ledger.  Returns rc, or -1 with err set when rc was 0 and
 * the release failed: it never replaces an error already in err.
 */
int sg_migrate__run_end(sg_migrate *m, sg_migrate_run *r, int rc, sg_migrate_result *res, sg_error *err);
/*
 * Connect once (m->conn; 0 at once when connected): finish the early connect
 * or open one, retrying SG_ERR_DB failures for m->wait_ms.  Installs the
 * NOTICE receiver and the cancel handle sg_migrate_interrupt uses.
 */
int sg_migrate__connect(sg_migrate *m, sg_error *err);

/*
 * res's version fields from the newest version of the tracking table, read
 * again after a run changed it.  Returns rc; when rc is 0 and the table
 * cannot be read, -1 with err set (SG_ERR_DB) and the version fields empty
 * (0, ""): an unknown version is never reported as version 0.  An error
 * already in err (rc != 0) is kept.  Accepts a NULL res.
 */
int sg_migrate__result_version(sg_migrate *m, sg_migrate_result *res, int rc, sg_error *err);
/* res's version fields from ledger `l`, as read (a run that changed nothing).  Accepts a NULL res. */
void sg_migrate__result_from_ledger(const sg_migrate *m, const sg_ledger *l, sg_migrate_result *res);

/* SG_ERR_REFUSED: the tracking table is golang-migrate's, for commands that do not adopt it.  Always -1. */
int sg_migrate__refuse_golang(const sg_migrate *m, const sg_ledger *l, sg_error *err);
/*
 * Refuse the first dirty version of `l` (0 when none is dirty): SG_ERR_REFUSED
 * with the repair, or SG_ERR_DB naming the session when a live run holds the
 * lock (never when this run holds it, `locked`); *live (when not NULL) says
 * which.
 */
int sg_migrate__refuse_dirty(const sg_migrate *m, const sg_ledger *l, bool locked, bool *live, sg_error *err);
/* Create the tracking table when `l` says it is missing (an INFO event says so). */
int sg_migrate__ensure_table(sg_migrate *m, sg_ledger *l, sg_error *err);

/* Milliseconds on the monotonic clock. */
long sg_migrate__now_ms(void);
/* Report an event to the runner's callback (if any); every pointer is borrowed. */
void sg_migrate__emit(const sg_migrate *m, sg_migrate_event_kind kind, const sg_mfile *f, const char *file, bool down,
		      int64_t duration_ms, const char *message);
void sg_migrate__emitf(const sg_migrate *m, sg_migrate_event_kind kind, const char *fmt, ...) SG_PRINTF(3, 4);
/* A version as its file writes it ("000003"), or six digits when no file has it. */
void sg_migrate__version_label(char *buf, size_t size, const sg_migrate *m, int64_t version);
/* The directory the files come from, or NULL when the source is not a directory. */
const char *sg_migrate__dir(const sg_migrate *m);

#endif
