/*
 * Helpers shared by the generator's unit suites (no database): loading
 * models from YAML text with their diagnostics, and running the diff, its
 * ordering and emission on two schemas built in memory.
 */
#ifndef SG_TEST_UNIT_UTIL_H
#define SG_TEST_UNIT_UTIL_H

#include <stdbool.h>
#include <stddef.h>

#include "diff.h"
#include "emit.h"
#include "model.h"
#include "order.h"

/* ---- the models ---- */

/* What one load returned: the schema (NULL on failure), its diagnostics, its status and error. */
typedef struct ut_loaded {
	sg_schema *schema;
	sg_model_diags diags;
	int rc;
	sg_error err;
} ut_loaded;

/* Load n sources into *out (overwritten); release with ut_release(). */
void ut_load_n(ut_loaded *out, const sg_model_source *src, size_t n);
/* Load one source named m.yaml holding yaml into *out; release with ut_release(). */
void ut_load(ut_loaded *out, const char *yaml);
/* Free what a load returned (the schema, the diagnostics, the error). */
void ut_release(ut_loaded *l);
/* Print each diagnostic of a load to cmocka's error output. */
void ut_dump(const ut_loaded *l);
/* The load of yaml fails (nothing comes back, SG_ERR_INPUT: exit 2) and one of its errors is exactly `want`. */
void ut_expect_error(const char *yaml, const char *want);

/* ---- schemas built by hand ---- */

/* Append table `name` to s with room for ncols columns, 8 constraints and 8 indexes (arena memory). */
sg_table *ut_add_table(sg_schema *s, const char *name, size_t ncols);
/* Append a column to t (within the room ut_add_table gave it). */
sg_column *ut_add_column(sg_table *t, const char *name, const char *type, bool nullable);

/* ---- the diff ---- */

/* A plan, its ordered steps and its emitted text. */
typedef struct ut_result {
	sg_plan *plan;
	sg_steps steps;
	char *text;
} ut_result;

/* Sort both schemas, diff cur against want (--online when online), order and emit; fails the test on error. */
ut_result ut_run_diff(sg_schema *cur, sg_schema *want, bool online);
/* Free the result and both schemas. */
void ut_free_result(ut_result *r, sg_schema *a, sg_schema *b);
/* The plan's operation with this summary; fails the test (printing the plan) when there is none. */
const sg_op *ut_find_op(const ut_result *r, const char *summary);

#endif
