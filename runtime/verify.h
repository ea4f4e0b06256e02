/*
 * Whether the ledger can be trusted, checked before a run changes anything
 * (DESIGN.md §6): the checksums of the applied files (every up, goto and redo
 * compares all of them, a no-op `up` included), edits accepted on purpose
 * (`--accept-edit V`), and pending versions whose history says they are
 * applied (a ledger row deleted by hand).
 */
#ifndef SG_VERIFY_H
#define SG_VERIFY_H

#include "runner.h"

/*
 * The SHA-256 of every file's up file, into m->sums (allocated here, freed
 * with the runner).  Reads every file once; SG_ERR_INPUT or SG_ERR_SYSTEM
 * naming a file that cannot be read.
 */
int sg_verify_hash_files(sg_migrate *m, sg_error *err);

/* The checksum (hex) of f's up file: from m->sums when they are ready, else read in pieces. */
int sg_verify_file_sum(sg_migrate *m, const sg_mfile *f, char out[SG_CHECKSUM_HEX_LEN + 1], sg_error *err);

/*
 * Whether the applied versions are exactly the files' versions, each applied
 * as its file now reads (m->sums must be ready): every applied file is as it
 * was applied.
 */
bool sg_verify_noop_sums(const sg_migrate *m, const sg_ledger_versions *v);

/*
 * Compare the checksum of every applied file with the ledger; report applied
 * versions without a file (a warning, or a problem when `problems` is not
 * NULL).  Without `problems`, refuses (SG_ERR_REFUSED) on the first edited
 * file, naming it and both checksums; with it, reports each edited file as a
 * problem and counts it.
 */
int sg_verify_applied(sg_migrate *m, const sg_ledger *l, bool report_missing, int *problems, sg_error *err);

/*
 * Record the --accept-edit versions: each must be applied and have a file;
 * its row takes the file's checksum and the history an `accept-edit` event
 * with both checksums (nothing is written under --dry-run).  The ledger's
 * rows are updated in memory to match.
 */
int sg_verify_accept_edits(sg_migrate *m, sg_ledger *l, sg_error *err);

/*
 * Refuse (SG_ERR_REFUSED) when a file up to `upto` has no row in the ledger
 * but the history's last word on its version is that it was applied (and
 * never reverted): its row was deleted by hand, and running it again could
 * apply it twice.  The message gives the commands that put it right.
 */
int sg_verify_history(sg_migrate *m, const sg_ledger *l, int64_t upto, sg_error *err);

#endif
