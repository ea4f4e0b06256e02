/*
 * One comparison of the models with a database: read the live catalog,
 * normalize the models through the server, diff, order.  `schemagen diff`
 * and `schemagen check` both run exactly this, so that what CI checks is
 * what a developer would have generated.
 */
#ifndef SG_COMPARE_H
#define SG_COMPARE_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "catalog.h"
#include "fixpoint.h"
#include "order.h"
#include "plan.h"
#include "schema.h"
#include "schemagen/error.h"

typedef struct sg_compare_options {
	const char *schema;	     /* the schema the models describe */
	const char *tracking_table;  /* the runner's table in that schema, with its _history and
					_golang_migrate companions, is left out; NULL: schema_migrations */
	bool online;		     /* diff --online */
	sg_schema *live;	     /* when set: the live catalog, read beforehand by sg_compare_read_live() with
					these options; sg_compare_run() takes it over */
	sg_catalog_stats live_stats; /* that read's statistics */
} sg_compare_options;

/* What one comparison produced; release with sg_compare_release(). */
typedef struct sg_compare {
	sg_schema *live, *desired; /* desired borrows from the model and from live */
	sg_plan *plan;
	sg_steps steps;
	size_t normalized;			       /* tables that went through the server */
	size_t batches;				       /* scratch transactions they went through */
	unsigned catalog_queries, catalog_round_trips; /* of reading the live catalog */
	unsigned ledger_queries; /* the ledger's statements sent in the catalog's round trips (diff_state.h) */
	char **unresolved;	 /* live expressions a down may create that no text was found to rebuild (fixpoint.h) */
	size_t nunresolved;
} sg_compare;

/*
 * Read the live catalog of opts->schema, the tracking tables left out.
 * `schema_exists` (may be NULL) receives whether the schema itself exists: a
 * missing schema reads as an empty one.
 */
int sg_compare_load_live(sg_schema **out, bool *schema_exists, PGconn *conn, const sg_compare_options *opts,
			 sg_error *err);

/*
 * Read the live catalog of opts->schema as sg_compare_run() does, with its
 * statistics in *stats and the caller's statements `hook` (may be NULL) in
 * its snapshot: for a caller that reads it beforehand (opts->live).  Uses
 * nothing but `conn` and memory of its own: it may run in another thread
 * while no other thread uses `conn`.
 */
int sg_compare_read_live(sg_schema **out, sg_catalog_stats *stats, PGconn *conn, const sg_compare_options *opts,
			 const sg_catalog_hook *hook, sg_error *err);

/*
 * Compare `model` (loaded and sorted; must outlive `out`) with the database
 * behind `conn` (idle, not in a transaction).
 * opts->live, when set, is the live catalog read beforehand: `out` owns it from the call on, failed or not.
 * \return 0; or -1 with err set: SG_ERR_INPUT when the server rejects the
 *         models or when the plan is refused (plan->refused, the message
 *         diff and check print), SG_ERR_DB, SG_ERR_SYSTEM.  `out` must be
 *         released either way.
 */
int sg_compare_run(sg_compare *out, PGconn *conn, const sg_schema *model, const sg_compare_options *opts,
		   sg_error *err);

void sg_compare_release(sg_compare *c);

/*
 * A down creates again, from the live catalog's text, what its up drops or
 * changes.  For the live tables whose expressions the diff may touch (absent
 * from `model`, or neither written there verbatim nor with every column,
 * check and index expression the same in `desired`, the normalized models;
 * or with a column of an enum the models change), store in `live` the texts
 * that rebuild their expressions (sg_fixpoint_schema), so every down reads
 * back as the catalog it undoes; the same for domains, and for the live
 * views the diff may touch (absent from `desired` or different there, or
 * reading a table, column or function that is, or such a view:
 * sg_fixpoint_views, which also records what their text reads back as, for
 * the diff's comparison).
 * Fills *report (release it); returns 0 or -1 with err set.
 */
int sg_compare_fix_downs(sg_schema *live, const sg_schema *model, const sg_schema *desired, PGconn *conn,
			 sg_fixpoint_report *report, sg_error *err);

/*
 * The objects outside the models that depend on what `plan` drops, retypes,
 * rewrites or renames (sg_diff_dependent_names), read into live->dependents
 * in one round trip (none when it names no object; catalog.h,
 * sg_catalog_load_dependents, with `copts` as `live` was read), and the plan
 * checked against them (sg_diff_check_dependents: plan->refused, or
 * `irreversible` down hazards).  Run once per plan, after sg_diff and before
 * ordering it.  Read in a later snapshot than `live`: an object created in
 * between is one created between `diff` and `migrate`, which no check at diff
 * time sees either.  Returns 0 or -1 with err set.
 */
int sg_compare_check_dependents(sg_plan *plan, PGconn *conn, sg_schema *live, const sg_schema *desired,
				const sg_catalog_options *copts, sg_error *err);

#endif
