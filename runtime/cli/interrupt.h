/*
 * SIGINT / SIGTERM for the commands that run migrations (`migrate`,
 * `schemagen check`) and those that only read (`schemagen diff`, `inspect`):
 * the signal cancels the running statement of the runner named here
 * (sg_migrate_interrupt, which is async-signal-safe), or of the connection
 * whose cancel handle is named here (PQcancel, async-signal-safe too), and is
 * remembered, so the command stops at its next step and cleans up.  A second
 * signal kills at once, as users expect when cancelling hangs.
 *
 * A signal handler can reach nothing but static state, so this module holds
 * the one runner pointer and the one flag of the process.
 */
#ifndef SG_INTERRUPT_H
#define SG_INTERRUPT_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "schemagen/migrate.h"

/* Route SIGINT and SIGTERM here (once per process). */
void sg_interrupt_install(void);

/* The runner a signal must cancel from now on (NULL: none); returns the previous one. */
sg_migrate *sg_interrupt_target(sg_migrate *m);

/* The connection whose running statement a signal must cancel (NULL: none); the caller keeps `cancel`. */
void sg_interrupt_cancel_conn(PGcancel *cancel);

/* Whether a signal has arrived. */
bool sg_interrupt_requested(void);

#endif
