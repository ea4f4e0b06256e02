/*
 * Running migration files: check one (read, checksum, split, check that it
 * can run as written) and run it, transactional files in one pipeline round
 * trip per chunk (one for a file up to 256 KiB), `-- migrate:no-transaction`
 * files statement by statement with their progress in the tracking row (see
 * docs/migrate.md).  Files are read in chunks: memory is bounded by the
 * largest statement.
 */
#ifndef SG_APPLY_H
#define SG_APPLY_H

#include "runner.h"

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

/*
 * Check file `f` (its down file when `down`) from end to end, chunk by chunk:
 * valid UTF-8 without NUL bytes, every statement parses, none refuses a
 * transaction block unless the file has the no-transaction directive.
 * SG_ERR_INPUT naming `file:line:column` otherwise.  `out` keeps what the
 * run needs (statement count, flags, the file's SHA-256), not the text, and
 * must be released with sg_apply_release either way.
 */
int sg_apply_load(const sg_migrate *m, const sg_mfile *f, bool down, sg_loaded *out, sg_error *err);
void sg_apply_release(sg_loaded *l);
/* Release and free an array of n loaded files.  Accepts NULL. */
void sg_apply_list_free(sg_loaded *ls, size_t n);
/*
 * Run one loaded file with its tracking and history rows.  On failure the
 * FAILED event is reported, the history records it, and err says where
 * (`file:line:column`, SQLSTATE) and what state it left.
 */
int sg_apply_run(sg_migrate *m, sg_loaded *l, sg_error *err);
/* Run n transactional files in one transaction: all or nothing.  *applied is n on success. */
int sg_apply_run_atomic(sg_migrate *m, sg_loaded *ls, size_t n, int *applied, sg_error *err);

#endif
