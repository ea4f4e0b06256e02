/*
 * golang-migrate's ledger met by a command of ours (golang_ledger.c): checked,
 * and adopted into our tracking table.
 */
#ifndef SG_GOLANG_LEDGER_H
#define SG_GOLANG_LEDGER_H

#include "runner.h"

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

#endif
