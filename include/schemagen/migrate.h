/*
 * The migration runner as a library (docs/design.md §6): what `migrate` does, for
 * applications that migrate at start-up.
 *
 *     sg_migrate_options opts;
 *     sg_migrate_options_init(&opts);
 *     opts.database_url = getenv("DATABASE_URL");
 *     opts.migrations_dir = "migrations";
 *     sg_error err = {0};
 *     if (sg_migrate_on_start(&opts, NULL, &err) != 0) {
 *         fprintf(stderr, "migrations failed: %s\n", sg_error_message(&err));
 *         exit(sg_exit_code_for(err.kind));
 *     }
 *
 * A runner is an opaque handle; every operation takes the migration lock,
 * re-reads the tracking table under it, and releases it before returning.
 * Errors carry the kind that decides `migrate`'s exit code (schemagen/exit.h).
 *
 * Conventions of every function below, unless its comment says otherwise:
 * - It returns 0 on success and -1 on failure, with `err` set (one line, its
 *   kind one of schemagen/exit.h's).  `err` may be NULL: the error is then
 *   dropped, the return value still says what happened.
 * - A pointer parameter must not be NULL; `res` (the outcome of an operation)
 *   may be.  Every `_free` and `_release` accepts NULL.
 * - `**out` parameters are set to NULL first; on success the caller owns what
 *   they point to and frees it with the matching `_free`; on failure there is
 *   nothing to free.
 * - Strings passed in are borrowed for the duration of the call (the runner
 *   copies what it keeps); strings inside a returned structure belong to that
 *   structure and live until it is freed.
 * - One runner is used by one thread at a time; distinct runners are
 *   independent.  Nothing here is async-signal-safe but sg_migrate_interrupt().
 */
#ifndef SCHEMAGEN_MIGRATE_H
#define SCHEMAGEN_MIGRATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "schemagen/export.h"
#include "schemagen/error.h"

SG_BEGIN_DECLS

/** A migration runner.  Opaque. */
typedef struct sg_migrate sg_migrate;

/**
 * Where migration files come from.  The runtime picks the migration files out
 * of list()'s names by their `VERSION_name.up.sql` / `.down.sql` form.  Two
 * sources are built in: a directory (sg_migrate_source_dir) and files compiled
 * into the program (sg_migrate_source_embedded); an application may bring its own.
 *
 * Ownership: sg_migrate_new() and sg_migrate_on_start() take a source over on
 * every path, success or failure; the runtime then calls release(ctx) exactly
 * once (from sg_migrate_free(), or before a failing call returns).  A source
 * never passed to them is released with sg_migrate_source_release().  The
 * callbacks return 0, or -1 with err set; they are called from the thread
 * using the runner, during sg_migrate_new() and the operations.
 */
typedef struct sg_migrate_source {
	void *ctx;		 /**< passed to every callback */
	const char *description; /**< for messages, e.g. the directory path; borrowed */
	/** All entry names: *names is a malloc'd array of malloc'd strings, freed by the runtime. */
	int (*list)(void *ctx, char ***names, size_t *count, sg_error *err);
	/** One entry's bytes, NUL-terminated: *data is malloc'd and freed by the runtime. */
	int (*read)(void *ctx, const char *name, char **data, size_t *len, sg_error *err);
	/** Free ctx; called by sg_migrate_free().  May be NULL. */
	void (*release)(void *ctx);
} sg_migrate_source;

/** What an event reports. */
typedef enum sg_migrate_event_kind {
	SG_MIGRATE_EVENT_APPLIED,   /**< an up file ran and committed */
	SG_MIGRATE_EVENT_REVERTED,  /**< a down file ran and committed */
	SG_MIGRATE_EVENT_FAILED,    /**< a file failed; message says why and what state it left */
	SG_MIGRATE_EVENT_PLANNED,   /**< --dry-run: this file would run (direction in `down`) */
	SG_MIGRATE_EVENT_MARKED,    /**< force / baseline recorded a version without running it */
	SG_MIGRATE_EVENT_UNMARKED,  /**< force removed a version's row without running anything */
	SG_MIGRATE_EVENT_LOCK_WAIT, /**< the lock is busy; message names the holder */
	SG_MIGRATE_EVENT_WARNING,   /**< something a user should know, a server WARNING too; the run goes on */
	SG_MIGRATE_EVENT_NOTICE,    /**< a server NOTICE (or lower) raised by a migration */
	SG_MIGRATE_EVENT_PROBLEM,   /**< validate / status: one problem found */
	SG_MIGRATE_EVENT_INFO,	    /**< progress worth a line: waiting for the server, tables created */
	SG_MIGRATE_EVENT_KIND_COUNT
} sg_migrate_event_kind;

/**
 * One event.  Every pointer is borrowed for the duration of the callback and
 * invalid after it returns: copy what you keep.  The callback runs in the
 * thread that called the operation, in the middle of it; it may call
 * sg_migrate_interrupt() on the runner, and no other function of it.
 */
typedef struct sg_migrate_event {
	sg_migrate_event_kind kind;
	int64_t version;	  /**< 0 when the event is not about one version */
	const char *version_text; /**< the version as written in its file name, or NULL */
	const char *name;	  /**< the migration's description, or NULL */
	const char *file;	  /**< the file that ran, or NULL */
	bool down;		  /**< the event is about a down file */
	int64_t duration_ms;	  /**< wall time of the file, or -1 */
	/**
	 * detail (an error, a holder, a warning), or NULL; a FAILED event's
	 * error line may be followed by the server's own QUERY and CONTEXT lines
	 * (a DO block's or a function's), each after a newline
	 */
	const char *message;
} sg_migrate_event;

typedef void (*sg_migrate_event_fn)(const sg_migrate_event *event, void *userdata);

/**
 * Options of a runner.  Initialise with sg_migrate_options_init().  Strings and
 * arrays are borrowed for the duration of sg_migrate_new(), which copies them;
 * `source` is taken over (sg_migrate_source); `on_event` and `userdata` are
 * kept and used until sg_migrate_free().
 */
typedef struct sg_migrate_options {
	const char *database_url;	 /**< libpq URI or conninfo; NULL: $DATABASE_URL */
	const char *migrations_dir;	 /**< NULL: $MIGRATIONS_DIR, else "migrations" */
	const sg_migrate_source *source; /**< instead of migrations_dir; copied, released by the runner */
	const char *schema;		 /**< schema of the tracking table; NULL: "public" */
	const char *table;		 /**< tracking table; NULL: "schema_migrations" */
	const char *application_name;	 /**< NULL: "schemagen migrate" */
	long lock_timeout_ms;		 /**< wait for the migration lock, and SET LOCAL lock_timeout; -1: none */
	/**
	 * Wait for the migration lock at most this long, leaving each
	 * migration's lock_timeout alone (golang-migrate's -lock-timeout);
	 * -1: lock_timeout_ms bounds the wait.
	 */
	long lock_wait_ms;
	long statement_timeout_ms; /**< SET LOCAL statement_timeout in each migration; -1: none */
	long wait_ms;		   /**< retry connecting for this long; 0: try once */
	bool dry_run;		   /**< report what would run, change nothing */
	bool allow_out_of_order;   /**< apply pending files older than the newest applied one */
	bool atomic;		   /**< up: every pending migration in one transaction */
	/**
	 * Start connecting in sg_migrate_new(), before the files are read, so
	 * that the server sets up the session meanwhile; the first operation
	 * finishes the connection (or reports why it failed, as it would have).
	 * For a runner whose operation follows at once: the session waits,
	 * half-open, until then.  A bad file set drops it unused.
	 */
	bool connect_early;
	/**
	 * up, goto, redo: versions whose applied file was edited on purpose.  The
	 * stored checksum of each becomes the file's (the history records the
	 * old and the new one) before the run checks the others.  Borrowed.
	 */
	const int64_t *accept_edit;
	size_t naccept_edit;
	sg_migrate_event_fn on_event; /**< may be NULL */
	void *userdata;
} sg_migrate_options;

/**
 * The outcome of an operation that changes versions, filled in on success and
 * on failure (`count` then says what was done before the failure; the version
 * fields are 0 and "" when the failure left the version unknown).  No pointer:
 * nothing to free.
 */
typedef struct sg_migrate_result {
	int count;	       /**< files applied or reverted, versions marked or unmarked */
	int64_t version;       /**< the highest applied version afterwards; 0 for none */
	char version_text[32]; /**< the same as written in its file name, "" for none */
	bool dirty;	       /**< the highest applied version is dirty */
	bool lock_was_lost;    /**< the unlock found no lock: a transaction-pooling proxy? */
} sg_migrate_result;

/**
 * The session holding the migration lock, as pg_locks and pg_stat_activity
 * show it.  Its strings are never NULL and belong to the status it is part of.
 */
typedef struct sg_migrate_lock_holder {
	int pid;		/**< its server process */
	char *application_name; /**< "" when the role may not see it */
	char *client;		/**< its client address, "local socket", or "" when not visible */
	char *connected_since;	/**< backend_start, "YYYY-MM-DD HH:MM:SS UTC", or "" */
	char *state;		/**< "active", "idle in transaction"..., or "" */
	char *state_since;	/**< when it entered that state, or "" */
} sg_migrate_lock_holder;

/** The state of one migration, for status. */
typedef enum sg_migrate_state {
	SG_MIGRATE_APPLIED,
	SG_MIGRATE_PENDING,
	SG_MIGRATE_OUT_OF_ORDER, /**< pending, but older than the newest applied version */
	SG_MIGRATE_DIRTY,	 /**< started outside a transaction and not finished */
	SG_MIGRATE_MODIFIED,	 /**< applied, but its up file changed since */
	SG_MIGRATE_MISSING_FILE, /**< applied, but no file has this version */
	SG_MIGRATE_STATE_COUNT
} sg_migrate_state;

/** One version of sg_migrate_status; its strings belong to the status (NULL where a comment says so). */
typedef struct sg_migrate_status_entry {
	int64_t version;
	char *version_text;
	char *name;
	sg_migrate_state state;
	char *applied_at;    /**< NULL unless applied */
	int64_t duration_ms; /**< -1 unless applied */
	char *applied_by;    /**< NULL unless applied */
	char *method;	     /**< how it was recorded: up, baseline, force; NULL unless applied */
	char *last_error;    /**< for a dirty version: what failed */
	int statements_done; /**< for a dirty version: statements that completed */
	int statements_total;
	/**
	 * For a dirty version: a migrate run holds the migration lock now, so the
	 * file is being run (or the run is about to refuse it); false means the
	 * run that started it is gone.
	 */
	bool running;
} sg_migrate_status_entry;

/** What sg_migrate_status_get() returns: allocated as a whole, freed with sg_migrate_status_free(). */
typedef struct sg_migrate_status {
	sg_migrate_status_entry *entries; /**< ordered by version */
	size_t count;
	bool table_exists;
	bool golang_migrate; /**< the table is golang-migrate's (version, dirty) */
	int64_t golang_version;
	bool golang_dirty;
	char *last_failure; /**< the newest history event when it is a failure, else NULL */
	/** The session holding the migration lock, read when a version is dirty; NULL when none holds it. */
	sg_migrate_lock_holder *lock_holder;
	int pending; /**< pending entries, out-of-order ones included */
} sg_migrate_status;

/**
 * One event of the history.  Its strings belong to the history: `at`,
 * `action`, `outcome` and `applied_by` are never NULL; `version_text`, `name`,
 * `client` and `detail` are NULL when the event has none.
 */
typedef struct sg_migrate_history_entry {
	int64_t id;
	char *at, *action, *version_text, *name, *outcome, *applied_by, *client, *detail;
	int64_t duration_ms; /**< -1 when not recorded */
} sg_migrate_history_entry;

/** What sg_migrate_history_get() returns: allocated as a whole, freed with sg_migrate_history_free(). */
typedef struct sg_migrate_history {
	sg_migrate_history_entry *entries; /**< oldest first */
	size_t count;
} sg_migrate_history;

/**
 * Fill `opts` with the defaults: every pointer NULL, every flag false,
 * `wait_ms` 0, and the three timeouts (`lock_timeout_ms`, `lock_wait_ms`,
 * `statement_timeout_ms`) -1, "none".
 */
SG_API void sg_migrate_options_init(sg_migrate_options *opts);

/**
 * Release a source: calls its release callback, when it has one, with its
 * context.  For a source that was never passed to sg_migrate_new() or
 * sg_migrate_on_start() (those take it over).
 * \param src the source; NULL is accepted (nothing happens)
 */
SG_API void sg_migrate_source_release(const sg_migrate_source *src);

/**
 * A source reading directory `dir`.  Whether the directory exists is checked
 * when sg_migrate_new() lists it.  Trailing slashes are dropped from the
 * description ("migrations/" reads as "migrations").
 * \param out filled in (zeroed on failure); pass it in sg_migrate_options.source,
 *        or release it with sg_migrate_source_release()
 * \param dir the directory; copied
 * \return 0, or -1 with err set (SG_ERR_SYSTEM: out of memory)
 */
SG_API int sg_migrate_source_dir(sg_migrate_source *out, const char *dir, sg_error *err);

/** One migration file compiled into the program, as `schemagen-embed` writes it. */
typedef struct sg_migrate_embedded_file {
	const char *name;   /**< the file's name, e.g. "000001_init.up.sql" */
	const char *data;   /**< its bytes, followed by a NUL that `len` does not count */
	size_t len;	    /**< its length in bytes */
	const char *sha256; /**< SHA-256 of the bytes: 64 lowercase hex digits */
} sg_migrate_embedded_file;

/**
 * A set of migration files compiled into the program: what `schemagen-embed
 * DIR` writes as a C source (`const sg_migrate_embedded NAME = {...};`).
 */
typedef struct sg_migrate_embedded {
	const char *description;	       /**< what messages call the set, e.g. "migrations" */
	const sg_migrate_embedded_file *files; /**< sorted by name (strcmp), names unique */
	size_t count;
} sg_migrate_embedded;

/**
 * A source reading an embedded set: no directory at run time.  Everything the
 * runner does from a directory works the same (checksums, no-transaction
 * files, out-of-order refusal, down); the checksums are the set's own, so a
 * no-op `up` reads no file.
 * \param out filled in; pass it in sg_migrate_options.source
 * \param set borrowed: it must outlive the runner (static data, as generated)
 * \param err SG_ERR_INPUT when the set is not sorted by name or a checksum is not 64 hex digits
 * \return 0 or -1
 */
SG_API int sg_migrate_source_embedded(sg_migrate_source *out, const sg_migrate_embedded *set, sg_error *err);

/**
 * Create a runner: reads the source's listing and checks the file set.  Does
 * not connect yet, unless opts->connect_early asks it to start.  Names that
 * look like migrations but are ignored are reported as a WARNING event.
 * \param out receives the runner, owned by the caller (sg_migrate_free());
 *        NULL on failure
 * \param opts the options; opts->source, when set, is taken over on every path
 *        (sg_migrate_source), also when this fails
 * \return 0, or -1 with err set: SG_ERR_INPUT for the file set (duplicate
 *         versions, bad names, a down file without its up file, a missing
 *         directory) or a tracking table name that is empty or too long;
 *         SG_ERR_SYSTEM when the directory cannot be read or memory runs out;
 *         whatever the source's list() reports
 */
SG_API int sg_migrate_new(sg_migrate **out, const sg_migrate_options *opts, sg_error *err);

/**
 * Disconnect, release the source and free everything.  Accepts NULL.  Must not
 * be called while an operation on `m` is running (from its event callback).
 */
SG_API void sg_migrate_free(sg_migrate *m);

/*
 * The operations below (up, down, goto, redo, force, baseline, drop) return 0,
 * or -1 with err set:
 *   SG_ERR_DB       the server failed or refused: no connection (after
 *                   opts.wait_ms of retries), the lock not taken in time, a
 *                   statement failed (err says which, at file:line:column, and
 *                   what state it left), or the operation was interrupted;
 *   SG_ERR_INPUT    a file cannot run as written, or a version or count given
 *                   does not exist;
 *   SG_ERR_REFUSED  a safety check refused before anything changed;
 *   SG_ERR_SYSTEM   a file could not be read, or memory ran out.
 * res, when not NULL, is filled in either way (sg_migrate_result).
 */

/**
 * Apply pending migrations, at most `limit` of them (0 or less: all).  Refuses
 * (SG_ERR_REFUSED) on a dirty version, an edited applied file (every applied
 * file is compared, even when nothing is pending), a pending version whose
 * history says it is applied (its row was deleted by hand), or an
 * out-of-order pending file, and (SG_ERR_INPUT) on a file that does not
 * parse, is not UTF-8 or needs `-- migrate:no-transaction`, all before
 * anything runs.
 */
SG_API int sg_migrate_up(sg_migrate *m, int limit, sg_migrate_result *res, sg_error *err);

/** Revert the newest `count` applied migrations; count < 0 reverts all, 0 none. */
SG_API int sg_migrate_down(sg_migrate *m, int count, sg_migrate_result *res, sg_error *err);

/**
 * Apply or revert until `version` is the newest applied one (0: revert all);
 * checks as up does first.  SG_ERR_INPUT for a negative version, or one no file
 * and no applied row has.
 */
SG_API int sg_migrate_goto(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err);

/**
 * Revert the newest applied migration and apply it again; refuses, as up does,
 * when an applied file was edited.  SG_ERR_INPUT when nothing is applied.
 */
SG_API int sg_migrate_redo(sg_migrate *m, sg_migrate_result *res, sg_error *err);

/**
 * Declare, running nothing, that `version` is applied and clean, as its file
 * now reads (its checksum is recorded), and every version above it is not
 * applied (0: nothing is applied).  The history keeps the rows it replaced.
 * SG_ERR_INPUT for a negative version, or one no file and no row has.
 */
SG_API int sg_migrate_force(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err);

/**
 * Record every file up to `version` as applied without running it.  When the
 * table is golang-migrate's, adopt it: `version` must be its version (0 means
 * "its version"), it must be clean, and the old table is kept renamed to
 * TABLE_golang_migrate.  SG_ERR_INPUT for a negative version, or 0 without
 * golang-migrate's table.
 */
SG_API int sg_migrate_baseline(sg_migrate *m, int64_t version, sg_migrate_result *res, sg_error *err);

/** What `drop` is about to do, for a confirmation; every pointer is borrowed for the callback. */
typedef struct sg_migrate_drop_plan {
	const char *schema;   /**< the schema whose objects go: the session's current_schema() */
	const char *database; /**< the database's name */
	int count;	      /**< objects to drop (what depends on them inside the schema goes with them) */
	const char *summary;  /**< "3 tables, 1 view, 1 type", or "" when the schema holds nothing */
} sg_migrate_drop_plan;

/** Asked before anything is dropped, with the migration lock held: true to go on. */
typedef bool (*sg_migrate_confirm_fn)(const sg_migrate_drop_plan *plan, void *userdata);

/**
 * Drop every object in the session's current schema (golang-migrate's
 * `drop`, which resets a development database): tables, views, sequences,
 * functions, types and the rest, except what extensions own.  Refuses
 * (SG_ERR_REFUSED), dropping nothing, when an object outside the schema
 * depends on one inside it (a view elsewhere, a foreign key from another
 * schema), or when `confirm` says no.  The tracking table goes too (or is
 * emptied when it lives in another schema); its history stays, with a `drop`
 * event.  res->count is the number of objects dropped.
 * \param confirm called with the plan once the lock is held; NULL: go on
 * \param userdata passed to confirm
 */
SG_API int sg_migrate_drop(sg_migrate *m, sg_migrate_confirm_fn confirm, void *userdata, sg_migrate_result *res,
			   sg_error *err);

/**
 * Read the state of every migration: the files and the tracking table merged
 * by version, each applied file's checksum compared with its row.  Takes no
 * lock and changes nothing; a missing tracking table is not an error
 * (`table_exists` false, every file pending).
 * \param out receives the status (sg_migrate_status_free()); NULL on failure
 * \return 0, or -1 with err set: SG_ERR_DB, SG_ERR_INPUT or SG_ERR_SYSTEM when
 *         a file cannot be read, SG_ERR_SYSTEM when memory runs out
 */
SG_API int sg_migrate_status_get(sg_migrate *m, sg_migrate_status **out, sg_error *err);
/** Free a status and every string in it.  Accepts NULL. */
SG_API void sg_migrate_status_free(sg_migrate_status *st);

/**
 * The newest applied version and whether it is dirty; golang-migrate's table
 * is read as golang-migrate reads it.
 * \param version receives the version, 0 when none is applied (also on failure)
 * \param dirty receives whether it is dirty (false on failure)
 * \return 0, or -1 with err set (SG_ERR_DB)
 */
SG_API int sg_migrate_version(sg_migrate *m, int64_t *version, bool *dirty, sg_error *err);

/**
 * A version as its file name writes it ("000003", "3", "20261123101500"), or
 * six digits when no file has it.  Cannot fail.
 * \param buf receives the text, NUL-terminated and cut to `size` bytes
 *        (24 bytes always suffice)
 * \param size the size of buf; at least 1
 */
SG_API void sg_migrate_version_text(const sg_migrate *m, int64_t version, char *buf, size_t size);

/**
 * The append-only event log, oldest first.  A missing history table is an
 * empty history, not an error.
 * \param out receives the history (sg_migrate_history_free()); NULL on failure
 * \return 0, or -1 with err set (SG_ERR_DB, or SG_ERR_SYSTEM when memory runs out)
 */
SG_API int sg_migrate_history_get(sg_migrate *m, sg_migrate_history **out, sg_error *err);
/** Free a history and every string in it.  Accepts NULL. */
SG_API void sg_migrate_history_free(sg_migrate_history *h);

/**
 * Check everything `up` would check, and more: every up and down file parses
 * and can run as written; when a database is given (or $DATABASE_URL is set),
 * checksums, dirty versions, applied versions without a file and
 * out-of-order files.  Each problem is reported as a PROBLEM event.  Changes
 * nothing and takes no lock.
 * \return 0 when nothing is wrong; -1 with err set: SG_ERR_INPUT when a file is
 *         bad, SG_ERR_REFUSED when the database disagrees with the files,
 *         SG_ERR_DB or SG_ERR_SYSTEM when the check itself could not be made
 */
SG_API int sg_migrate_validate(sg_migrate *m, sg_error *err);

/**
 * Cancel the running statement (PQcancel) and make the running operation
 * stop at its next step, failing with SG_ERR_DB (it may still succeed when its
 * last step had already finished).  Async-signal-safe: meant to be called
 * from a SIGINT/SIGTERM handler, or from the runner's event callback.  Accepts
 * NULL.  The runner stays interrupted: free it afterwards.
 */
SG_API void sg_migrate_interrupt(sg_migrate *m);

/** The environment variable that turns sg_migrate_on_start() off: "0", "off", "false" or "no". */
#define SG_MIGRATE_ON_START_ENV "SCHEMAGEN_MIGRATE_ON_START"

/**
 * The start-up call: sg_migrate_new(), sg_migrate_up() of everything pending
 * and sg_migrate_free(), unless $SCHEMAGEN_MIGRATE_ON_START turns it off.
 * \param opts as for sg_migrate_new(); opts->source is taken over on every path,
 *        also when the variable turns the call off
 * \param res when not NULL, receives the outcome (count 0 when switched off)
 * \return 0, or -1 with err set as sg_migrate_new() and sg_migrate_up() set it
 */
SG_API int sg_migrate_on_start(const sg_migrate_options *opts, sg_migrate_result *res, sg_error *err);

SG_END_DECLS

#endif
