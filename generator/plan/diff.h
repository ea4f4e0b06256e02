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

/*
 * The objects outside the models that depend on managed ones
 * (current->dependents) are read only for the objects a plan acts on: sg_diff
 * checks those `current` holds; a caller that reads none before planning asks
 * sg_diff_dependent_names which to read (catalog.h,
 * sg_catalog_load_dependents), then calls sg_diff_check_dependents.
 *
 * The bare names (no schema, no argument list; sorted, each once) of every
 * object and every table whose column the plan's statements drop, retype,
 * rewrite or rename, ups and downs: a superset of the objects the check can
 * act on.  *names is malloc'd (sg_diff_free_names).  Returns 0, or -1 when out
 * of memory or plan->failed.
 */
int sg_diff_dependent_names(sg_plan *plan, char ***names, size_t *n);
void sg_diff_free_names(char **names, size_t n);

/*
 * `current`'s dependents against the plan's statements, as sg_diff does: an
 * up statement PostgreSQL would refuse because of one sets plan->refused, a
 * down statement gets an `irreversible` hazard.  Call it once per plan.
 */
void sg_diff_check_dependents(sg_plan *plan, const sg_schema *current, const sg_schema *desired);

#endif
