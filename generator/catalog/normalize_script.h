/*
 * The scratch script of a normalization batch (normalize_script.c builds
 * it, normalize.c runs it): its SQL and, per statement, the model object it
 * comes from, so a statement the server rejects is blamed on the model's
 * file, line and column (normalize_blame.c).
 * Shared with normalize_order.c, which writes the functions and views in the
 * order they can be created.  Internal to generator/catalog/.
 */
#ifndef SG_NORMALIZE_SCRIPT_H
#define SG_NORMALIZE_SCRIPT_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "schemagen/error.h"
#include "strbuf.h"

/* One statement of the scratch script, and the model object it comes from. */
typedef struct sg_normalize_stmt {
	size_t start, end; /* byte range in the script */
	const char *what;  /* "table", "index", "enum", ... */
	const char *name;
	sg_pos pos;
	const sg_table *table;	     /* the model table of a CREATE TABLE, else NULL */
	const sg_view *view;	     /* the model view of a CREATE VIEW, else NULL */
	const sg_function *function; /* the model function of a CREATE FUNCTION, else NULL */
	bool bodies;		     /* the check of the functions' bodies (normalize_bodies.c) */
} sg_normalize_stmt;

typedef struct sg_normalize_script {
	sg_strbuf sql;
	sg_normalize_stmt *stmts;
	size_t n, cap;
	bool failed;
} sg_normalize_script;

/* Start a statement at the end of s->sql (s->failed when out of memory). */
void sg_normalize__script_begin(sg_normalize_script *s);
/* End the statement begun last (a newline after it), made from model object `what` `name` at `pos`. */
void sg_normalize__script_end(sg_normalize_script *s, const char *what, const char *name, sg_pos pos);
/* Free the script's text and statements. */
void sg_normalize__script_release(sg_normalize_script *s);

/* The types a batch creates in the scratch schema: the enums and domains that are not live as written. */
typedef struct sg_normalize_scratch_types {
	const bool *enums;	    /* per model enum */
	const bool *domains;	    /* per model domain */
	const size_t *domain_order; /* model domains in the order they can be created (normalize_domains.c) */
	/*
	 * Per model domain, the scratch domains one batch creates: every one in
	 * the first batch (whose read-back gives the desired domains), after it
	 * only those its tables use (sg_normalize__batch_domains).
	 */
	bool *need;
	bool all;
	/* Per model table: left live with a column of a scratch domain; the views read a copy of it. */
	const bool *shadowed;
	/* Per model view: taken from the live schema as it is (normalize_views.c), not created here. */
	const bool *fast_views;
	const unsigned char *late_functions; /* per model function: when it is created (sg_normalize__late_functions) */
	/*
	 * Per model function, its place among the functions the first batch
	 * creates (its copies are the ones read back): filled by that batch.
	 */
	size_t *fn_created;
} sg_normalize_scratch_types;
/*
 * normalize_script.c: the script of one batch into `s` (s->failed when out
 * of memory): the `member` tables of `model` in full, the `bare` ones (of
 * other batches, that members' foreign keys point to) without their indexes,
 * foreign keys and triggers, and what they need; everything else when
 * types->all (the first batch).  `seq_read` (per model sequence, the
 * caller's) is filled: true for a sequence the live schema has or the script
 * reads (and creates).
 */
void sg_normalize__build_script(sg_normalize_script *s, const sg_schema *model, const sg_schema *live,
				const bool *member, const bool *bare, const sg_normalize_scratch_types *types,
				bool *seq_read);

/*
 * normalize_order.c: when the scratch script creates each model function
 * (normalize.h, sg_normalize__late_functions), and the statements that
 * depend on that order.
 */
/*
 * Model table `t` without the defaults and checks that call a function the
 * script creates after the tables (into `out`: its columns and constraints
 * malloc'd, the caller frees them); false when it has none (or out of memory:
 * s->failed).  The views step adds them once those functions exist.
 */
bool sg_normalize__defer_late_calls(sg_normalize_script *s, const sg_schema *model, const unsigned char *late,
				    const sg_table *t, sg_table *out);
/* Whether an index of the model calls a function the script creates after the tables. */
bool sg_normalize__index_calls_late(const sg_schema *model, const unsigned char *late, const sg_index *idx);
/* The model's functions created at `when` (sg_normalize__late_functions), callees first (`order`). */
void sg_normalize__add_functions(sg_normalize_script *s, const sg_schema *model, const size_t *order,
				 const unsigned char *late, unsigned char when);
/*
 * The first batch's last statements: the model's views (those not taken
 * live, `fast_views`) each after the views it reads, with their triggers,
 * and the functions whose bodies read a view (`fn_order`: callees first),
 * each after the views it names and before the views that call it; then the
 * defaults, checks and indexes of the `member` tables left out for the late
 * functions.
 */
void sg_normalize__add_views(sg_normalize_script *s, const sg_schema *model, const bool *member, const size_t *fn_order,
			     const unsigned char *late, const bool *fast_views);

/*
 * normalize_qualified.c: the qualifiers of the models' own schema (`schema`)
 * in the script's functions, views and triggers blanked out (spaces, so every
 * offset stays), where the bare name finds the same object: the scratch
 * copies are then what they read.  -1 with err set when out of memory or the
 * server fails.
 */
int sg_normalize__unqualify(PGconn *conn, sg_normalize_script *s, const char *schema, sg_error *err);

/*
 * normalize_blame.c: batch script `s` failed with `batch` (cleared here) in
 * the scratch transaction, which is rolled back here.  A failure of the
 * server or the session (sg_normalize__server_failure) is reported as such;
 * otherwise the script runs again one statement at a time in a new scratch
 * transaction (rolled back) to name the model object the server rejected,
 * with its file, line and column.  Always -1 with err set: SG_ERR_INPUT for
 * the model's fault, SG_ERR_DB otherwise.
 */
int sg_normalize__blame_statement(PGconn *conn, const sg_normalize_script *s, PGresult *batch, const sg_schema *model,
				  sg_error *err);

#endif
