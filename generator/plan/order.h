/*
 * Ordering a plan: operations sorted by phase (plan.h) with insertion order
 * breaking ties, then grouped into steps, each of which becomes one migration
 * file pair.  Most plans are one step; these need their own:
 *   - new enum values, so no later statement uses a value in the transaction
 *     that added it;
 *   - with --online, DROP INDEX CONCURRENTLY before the main step (it cannot
 *     run in a transaction; its down, CREATE INDEX CONCURRENTLY, then runs
 *     after the main step's down has put back what the index uses);
 *   - with --online, the batched fill of a new column whose default is
 *     volatile, which commits batch by batch;
 *   - with --online, VALIDATE CONSTRAINT in a later transaction than the
 *     NOT VALID constraint, so the strong lock is not held while it scans;
 *   - with --online, CREATE [UNIQUE] INDEX CONCURRENTLY, which cannot run in
 *     a transaction at all, in a file where each statement commits on its
 *     own: there also the PRIMARY KEY / UNIQUE constraints attached to their
 *     new indexes (USING INDEX), the old indexes dropped CONCURRENTLY once
 *     the new ones exist, and the foreign keys to the new keys, NOT VALID
 *     and then validated.
 * And a main step too large for one transaction is cut into parts: every
 * relation a transaction creates or alters holds a lock until it commits, and
 * a server with default settings has room for about 6,400 locks in all
 * (max_locks_per_transaction 64 x max_connections 100), so the first migration
 * of a 10,000-table schema would fail with "out of shared memory".  Parts hold
 * at most SG_ORDER_MAX_LOCKS locks by a conservative count (sg_order_lock_weight)
 * and are named NAME, NAME_part2, NAME_part3...
 * Pure: no I/O.
 */
#ifndef SG_ORDER_H
#define SG_ORDER_H

#include <stdbool.h>
#include <stddef.h>

#include "plan.h"

/* In the order the steps run; the downs run in the reverse order. */
typedef enum sg_step_kind {
	SG_STEP_ENUM_VALUES = 0,
	SG_STEP_DROP_CONCURRENT,
	SG_STEP_MAIN,
	SG_STEP_BACKFILL,
	SG_STEP_VALIDATE,
	SG_STEP_CONCURRENT,
	SG_STEP_KIND_COUNT
} sg_step_kind;

typedef struct sg_step {
	sg_step_kind kind;
	bool transactional;	 /* false: the file starts with -- migrate:no-transaction */
	const char *name_suffix; /* appended to the migration name: "", "_enum_values", ... */
	const sg_op **ops;	 /* borrowed from the plan, in up order */
	size_t nops;
	const char *schema; /* borrowed from the plan: the search_path its files pin, NULL for none */
} sg_step;

typedef struct sg_steps {
	sg_step *steps; /* owned: only non-empty steps, in the order they run */
	size_t nsteps;
	const sg_op **storage; /* owned: the array the steps' ops point into */
	char **suffixes;       /* owned: the name suffixes of parts ("_part2", ...) */
	size_t nsuffixes;
} sg_steps;

/* Locks a main step may take, by sg_order_lock_weight(): half of a default server's room. */
#define SG_ORDER_MAX_LOCKS 3000

/* The locks an operation may take, counted high: a new table with its key, sequence and TOAST table is 6. */
size_t sg_order_lock_weight(const sg_op *op);

/*
 * Sort the plan's operations in place and group them into steps.
 * Returns 0, or -1 when out of memory.  Release `out` with sg_steps_release().
 */
int sg_order_plan(sg_steps *out, sg_plan *plan);
/* The same with another lock budget per part (tests). */
int sg_order_plan_limit(sg_steps *out, sg_plan *plan, size_t max_locks);
void sg_steps_release(sg_steps *steps);

#endif
