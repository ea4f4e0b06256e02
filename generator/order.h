/*
 * Ordering a plan: operations sorted by phase (plan.h) with insertion order
 * breaking ties, then grouped into steps, each of which becomes one migration
 * file pair.  Most plans are one step; these need their own:
 *   - new enum values, so no later statement uses a value in the transaction
 *     that added it;
 *   - with --online, VALIDATE CONSTRAINT in a later transaction than the
 *     NOT VALID constraint, so the strong lock is not held while it scans;
 *   - with --online, CREATE INDEX CONCURRENTLY, which cannot run in a
 *     transaction at all.
 * Pure: no I/O.
 */
#ifndef SG_ORDER_H
#define SG_ORDER_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"

typedef enum sg_step_kind {
	SG_STEP_ENUM_VALUES = 0,
	SG_STEP_MAIN,
	SG_STEP_VALIDATE,
	SG_STEP_CONCURRENT,
	SG_STEP_KIND_COUNT
} sg_step_kind;

typedef struct sg_step {
	sg_step_kind kind;
	bool transactional;      /* false: the file starts with -- migrate:no-transaction */
	const char *name_suffix; /* appended to the migration name: "", "_enum_values", ... */
	const sg_op **ops;       /* borrowed from the plan, in up order */
	size_t nops;
	const char *schema;      /* borrowed from the plan: the search_path its files pin, NULL for none */
} sg_step;

typedef struct sg_steps {
	sg_step steps[SG_STEP_KIND_COUNT];
	size_t nsteps;           /* only non-empty steps, in the order they run */
	const sg_op **storage;   /* owned: the array the steps' ops point into */
} sg_steps;

/*
 * Sort the plan's operations in place and group them into steps.
 * Returns 0, or -1 when out of memory.  Release `out` with sg_steps_release().
 */
int sg_order_plan(sg_steps *out, sg_plan *plan);
void sg_steps_release(sg_steps *steps);

#endif
