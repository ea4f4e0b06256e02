/*
 * What migrate.c and apply.c share inside the runtime: the runner's state and
 * a migration file loaded for running.  Not a public header.
 */
#ifndef SG_MIGRATE_INT_H
#define SG_MIGRATE_INT_H

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

/*
 * A migration file checked and ready to run: what the check found, not its
 * text (a run reads it again, chunk by chunk, when it runs it).
 */
typedef struct sg_loaded {
	const sg_mfile *f;
	bool down;
	const char *file;			/* the file name (borrowed from f) */
	char *path;				/* source description + '/' + file, for messages */
	size_t count;				/* statements */
	bool no_transaction;			/* the `-- migrate:no-transaction` directive */
	bool own_transaction;			/* its statements are wrapped in its own BEGIN ... COMMIT */
	bool begin_has_options;			/* that BEGIN has options (ISOLATION LEVEL ...) */
	bool advisory;				/* its text names an advisory lock function (session.h) */
	unsigned char sum[SG_SHA256_LEN];	/* the file's own SHA-256, as checked */
	char checksum[SG_CHECKSUM_HEX_LEN + 1]; /* recorded: the up file's */
	char vtext[24];				/* the version as a number, for parameters */
} sg_loaded;

/* One operation's hold on the database: the lock, and the ledger read under it. */
typedef struct sg_migrate_run {
	sg_ledger ledger;
	PGresult *versions; /* sg_tracking's sql_versions, read with the lock when that took it at once */
	bool locked;
} sg_migrate_run;

/*
 * Connect, take the lock (unless `lock` is false) and read the ledger under
 * it (every column when `full`).  sg_migrate__run_end must follow, whatever
 * this returns.
 */
int sg_migrate__run_begin(sg_migrate *m, sg_migrate_run *r, bool lock, bool full, sg_error *err);
/* Release the lock and the ledger; returns rc, or a new failure when rc was 0. */
int sg_migrate__run_end(sg_migrate *m, sg_migrate_run *r, int rc, sg_migrate_result *res, sg_error *err);

/*
 * golang-migrate's ledger, met by up, down, goto, redo or force
 * (golang_ledger.c).  With `at` < 0 (up, down, goto, redo) it is adopted at
 * its own version, refused (SG_ERR_REFUSED) when that version is dirty or has
 * no file; with `at` >= 0 (force) it is adopted at `at`, dirty or not.  `l`
 * is then our ledger as adoption left it (in a dry run: as it would leave it).
 */
int sg_migrate__golang_adopt(sg_migrate *m, sg_ledger *l, int64_t at, sg_error *err);
/* Why up would not adopt golang-migrate's ledger `l` (SG_ERR_REFUSED), or 0 when it would. */
int sg_migrate__golang_check(const sg_migrate *m, const sg_ledger *l, sg_error *err);

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
