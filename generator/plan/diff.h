/*
 * The diff: two schemas in, a plan out (operations with up SQL, down SQL and
 * hazards).  Pure: no I/O, no libpq.  Both sides must be sorted
 * (sg_schema_sort) and, for exact results, both must come from the catalog
 * (the desired side normalized on the server, docs/design.md §5.1), so that text is
 * compared in PostgreSQL's own form.  Model-only facts (renamed_from,
 * from_serial, positions) ride along on the desired side.
 */
#ifndef SG_DIFF_H
#define SG_DIFF_H

#include <stdbool.h>

#include "plan.h"
#include "schema.h"

typedef struct sg_diff_options {
	const char *qual;	   /* schema to qualify names with in the SQL, NULL for unqualified */
	bool online;		   /* lock-friendly forms: CONCURRENTLY, NOT VALID + VALIDATE */
	const char *create_schema; /* the schema does not exist yet: create it first (and drop it last in the down) */
} sg_diff_options;

/*
 * Add to `plan` the operations that turn `current` into `desired`.
 * Returns 0, or -1 when out of memory (plan->failed is then set).
 */
int sg_diff(sg_plan *plan, const sg_schema *current, const sg_schema *desired, const sg_diff_options *opts);

#endif
