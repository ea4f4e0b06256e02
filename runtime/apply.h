/*
 * Running migration files: load one (read, checksum, split, check that it
 * can run as written) and run it, transactional files in one pipeline round
 * trip, `-- migrate:no-transaction` files statement by statement with their
 * progress in the tracking row (see docs/migrate.md).
 */
#ifndef SG_APPLY_H
#define SG_APPLY_H

#include "migrate_int.h"

/*
 * Read, checksum (up files) and split file `f` (its down file when `down`);
 * SG_ERR_INPUT when it does not parse or needs the no-transaction directive.
 * `out` must be released with sg_apply_release either way.
 */
int sg_apply_load(const sg_migrate *m, const sg_mfile *f, bool down, sg_loaded *out, sg_error *err);
void sg_apply_release(sg_loaded *l);
/* Release and free an array of n loaded files.  Accepts NULL. */
void sg_apply_list_free(sg_loaded *ls, size_t n);
/* The SHA-256 hex of f's up file. */
int sg_apply_checksum(const sg_migrate *m, const sg_mfile *f, char out[SG_CHECKSUM_HEX_LEN + 1], sg_error *err);
/*
 * Run one loaded file with its tracking and history rows.  On failure the
 * FAILED event is reported, the history records it, and err says where
 * (`file:line:column`, SQLSTATE) and what state it left.
 */
int sg_apply_run(sg_migrate *m, sg_loaded *l, sg_error *err);
/* Run n transactional files in one transaction: all or nothing.  *applied is n on success. */
int sg_apply_run_atomic(sg_migrate *m, sg_loaded *ls, size_t n, int *applied, sg_error *err);

#endif
