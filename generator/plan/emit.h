/*
 * Emission: an ordered plan as migration file text, as the human-readable
 * plan `schemagen diff` prints, and as JSON.  Output is a pure function of the
 * plan: the same plan gives byte-identical text.  No I/O.
 */
#ifndef SG_EMIT_H
#define SG_EMIT_H

#include <stdbool.h>

#include "order.h"
#include "plan.h"
#include "strbuf.h"

/*
 * The contents of one step's up file (down == false) or down file: the
 * no-transaction directive when needed, `SET [LOCAL] search_path` for a
 * plan of a schema other than public (reset at the end of a file without a
 * transaction), then per operation its summary and
 * hazards as `-- hazard: CODE: explanation` comments above its SQL.  The down
 * file lists the operations' inverses in reverse order.
 */
void sg_emit_step_file(sg_strbuf *sb, const sg_step *step, bool down);

/*
 * The plan for a terminal: every step's up and down SQL, the hazard list and
 * a one-line summary.  `names` gives each step's migration file stem (may be
 * NULL: then steps are numbered).  Colour codes only when `color`.
 */
void sg_emit_plan_text(sg_strbuf *sb, const sg_steps *steps, const char *const *names, bool color);

/* The plan as one JSON object: steps with their SQL, operations with their hazards, and a summary. */
void sg_emit_plan_json(sg_strbuf *sb, const sg_steps *steps, const char *const *names);

/* "3 operations in 1 migration, 1 destructive" or "no changes". */
void sg_emit_summary(sg_strbuf *sb, const sg_steps *steps);

#endif
