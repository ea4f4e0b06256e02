/*
 * Helpers of the diff integration suites (spelling, random, evolution): load
 * models from text, plan a diff against a live database, apply the plan the
 * way `migrate` would, and print a schema's catalog in a stable form.  Each
 * helper fails the current cmocka test with the server's message when
 * something goes wrong.
 */
#ifndef SG_TEST_DIFF_UTIL_H
#define SG_TEST_DIFF_UTIL_H

#include <stdbool.h>

#include "harness.h"
#include "diff.h"
#include "order.h"
#include "plan.h"
#include "schema.h"
#include "strbuf.h"

/* A plan from the live database to some models, with its files. */
typedef struct difftest_plan {
	sg_schema *live, *desired;
	sg_plan *plan;
	sg_steps steps;
	sg_strbuf up, down; /* every step's files, concatenated (down in reverse step order) */
} difftest_plan;

/* Models from one YAML text (display name `name`); fails the test with every diagnostic when invalid. */
sg_schema *difftest_model_yaml(const char *name, const char *yaml);
/* Models from a directory; fails the test when invalid. */
sg_schema *difftest_model_dir(const char *dir);

/*
 * Plan from the database to `model` (read schema model->name).  `everything`
 * forces every table through the server (no verbatim fast path).  `qual`
 * qualifies names in the SQL (NULL: unqualified, as the CLI does).
 */
void difftest_plan_make(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything);
/* The same with diff options (qualification, --online). */
void difftest_plan_make_opts(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything,
			     const sg_diff_options *dopts);
void difftest_plan_release(difftest_plan *p);

/*
 * The same as difftest_plan_make_opts (dopts NULL: no options), but a
 * failure of the catalog or of normalization, or a plan the diff refuses
 * (the message then starts "refused: "), is returned (-1, the message added
 * to `err`) instead of failing the test; the plan is then released.
 */
int difftest_plan_try(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything,
		      const sg_diff_options *dopts, sg_strbuf *err);

/*
 * Run every step's file as difftest_apply does, returning -1 with the
 * server's message and the statement (or file) that failed added to `err`.
 */
int difftest_apply_try(PGconn *conn, const sg_steps *steps, bool down, sg_strbuf *err);

/* Run every step's file, up or down (in reverse step order), as `migrate` would. */
void difftest_apply(PGconn *conn, const sg_steps *steps, bool down, const char *what);

/* Fail unless a second diff to `model`, fast and full normalization, finds nothing. */
void difftest_expect_fixpoint(PGconn *conn, const sg_schema *model, const char *when);

/* The catalog of `schema` in schema_print form; malloc'd, the caller frees it. */
char *difftest_catalog_text(PGconn *conn, const char *schema);
/*
 * The same with each table's columns sorted by name: PostgreSQL cannot
 * reorder columns, so a column dropped by an up step and added back by its
 * down step comes back last, and only its position differs.
 */
char *difftest_catalog_text_by_name(PGconn *conn, const char *schema);

/* Fail with both texts and the first differing line when `got` differs from `want`. */
void difftest_expect_same_text(const char *want, const char *got, const char *what);

#endif
