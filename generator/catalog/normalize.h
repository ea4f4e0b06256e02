/*
 * Normalization of the desired side through the server (docs/design.md §5.1):
 * the model is created in a scratch schema inside a transaction that is
 * rolled back, read back with the same catalog queries as the live schema,
 * and the scratch schema's name is mapped back.  Every type spelling, default
 * and expression then compares in PostgreSQL's canonical form.
 *
 * Only what is not already verbatim (verbatim.h) goes to the server: tables
 * and enums the model writes exactly as the catalog prints the live ones are
 * taken from the live schema as they are.
 */
#ifndef SG_NORMALIZE_H
#define SG_NORMALIZE_H

#include <libpq-fe.h>
#include <stdbool.h>

#include "schema.h"
#include "schemagen/error.h"
#include "strbuf.h"

/*
 * Tables created per scratch transaction.  Every created relation holds a lock
 * until the rollback, and a server with default settings has room for about
 * 6,400 locks in all (max_locks_per_transaction 64 x max_connections 100):
 * 10,000 tables in one transaction fail with "out of shared memory".  Each
 * batch also creates, without their indexes and foreign keys, the tables of
 * other batches its foreign keys point to.
 */
#define SG_NORMALIZE_BATCH 400

typedef struct sg_normalize_options {
	bool everything;     /* normalize every table on the server, even verbatim ones (tests, --exact) */
	size_t batch_tables; /* tables per scratch transaction; 0: SG_NORMALIZE_BATCH (tests set it small) */
	size_t normalized;   /* out: how many tables went through the server */
	size_t batches;	     /* out: scratch transactions used (each reads the catalog once) */
	size_t views_live;   /* out: views taken from the live schema as they are (no scratch copy) */
} sg_normalize_options;

/*
 * The desired schema for `model`, in the catalog's spelling.
 * \param out receives a new schema owned by the caller; it borrows
 *        strings from `model` and `live`, so free it before either
 * \param conn an open connection, not inside a transaction
 * \param model the loaded models (sorted)
 * \param live the live schema (sorted), read with sg_catalog_load
 * \return 0; or -1 with err set: SG_ERR_INPUT naming the model file, line and
 *         object when the server rejects the model (an unknown type, an
 *         invalid expression) or a type change it would plan (convert.h: no
 *         cast, a `using` that does not convert), SG_ERR_DB when the server
 *         fails otherwise
 */
int sg_normalize(sg_schema **out, PGconn *conn, const sg_schema *model, const sg_schema *live,
		 sg_normalize_options *opts, sg_error *err);

/* Internal: the scratch transaction, shared with the type conversion check (convert.h). */

/* BEGIN, then a scratch schema first in search_path (its name in `scratch`, the path in `search_path`). */
int sg_normalize__open_scratch(PGconn *conn, const char *target, sg_strbuf *scratch, sg_strbuf *search_path,
			       sg_error *err);
/* ROLLBACK, whatever the transaction's state. */
void sg_normalize__rollback(PGconn *conn);
/* Run `sql`: 0, or -1 with the failed result in *failed (the caller clears it) or cleared when failed is NULL. */
int sg_normalize__exec(PGconn *conn, const char *sql, PGresult **failed);
/*
 * normalize_functions.c: `norm`'s functions (as read from the first scratch
 * batch) matched to the model's, each given the model's position, rename
 * hint and comment; `created` holds, per model function, its place among
 * the functions that batch's script created.  0, or -1 with err set when one
 * did not read back.
 */
int sg_normalize__functions(sg_schema *norm, const sg_schema *model, const size_t *created, sg_error *err);
/* When the scratch script creates a model function (sg_normalize__late_functions). */
enum { SG_NORMALIZE_BEFORE_TABLES = 0, SG_NORMALIZE_AFTER_TABLES = 1, SG_NORMALIZE_AFTER_VIEWS = 2 };
/*
 * Per model function, when the scratch script creates it: after the views
 * when its BEGIN ATOMIC or RETURN body (resolved when the function is
 * created) names a model view; after the tables when it takes or returns a
 * table's row type, or such a body names a model table (one created in the
 * scratch schema, new, renamed or changed, must be the one it reads, printed
 * as the live one would be) and no table's default or check calls it; else
 * before the tables.  malloc'd (the caller frees), NULL when out of memory.
 */
unsigned char *sg_normalize__late_functions(const sg_schema *model);
/* Whether `text` (a model's default, check or index element) calls a function `late` creates after the tables. */
bool sg_normalize__calls_late(const sg_schema *model, const unsigned char *late, const char *text);
/*
 * normalize_views.c: the order the scratch schema creates the model's views
 * in (order[] receives every index, each after the views it reads; -1 when
 * out of memory).
 */
int sg_normalize__view_order(const sg_schema *model, size_t *order);
/*
 * Mark fast[] (per model view, zeroed by the caller) the views taken from
 * the live schema as they are: written as the catalog prints the live one
 * (sg_verbatim_view), reading no function and no relation but tables left
 * live (neither dirty[] nor shadowed[], per model table) and views marked
 * fast, and naming no enum or domain the scratch schema creates
 * (scratch_enum[], scratch_domain[]).  Returns how many are marked.
 */
size_t sg_normalize__fast_views(const sg_schema *model, const sg_schema *live, const bool *dirty, const bool *shadowed,
				const bool *scratch_enum, const bool *scratch_domain, bool *fast);
/*
 * Replace norm->views (the first batch's read-back) by the desired views,
 * one per model view: the live one for those marked fast[], the scratch copy
 * for the others, each given the model's positions and rename hint.  0, or
 * -1 with err set.
 */
int sg_normalize__views(sg_schema *norm, const sg_schema *model, const sg_schema *live, const bool *fast,
			sg_error *err);
/* Whether a server error (SQLSTATE) is about the model (bad input) rather than the server or our rights. */
bool sg_normalize__is_model_error(const char *state);
/*
 * When a scratch batch failed (`batch`, its error result, NULL when libpq
 * gave none) for the server's or the session's own reason, whatever the
 * statements (a timeout, a cancel, a lock not granted, a deadlock, out of
 * memory or disk, a shutdown, the connection lost): -1 with err set
 * (SG_ERR_DB, "... while DOING: the server's message", at `pos` when
 * pos.file is set).  0 otherwise: the caller finds the statement at fault.
 */
int sg_normalize__server_failure(PGconn *conn, const PGresult *batch, const char *doing, sg_pos pos, sg_error *err);

/*
 * The statement that hands every LANGUAGE sql and plpgsql body of the scratch
 * schema to its validator, a syntax error raised (normalize_bodies.c).
 */
void sg_normalize__add_body_check(sg_strbuf *sql);
/*
 * The model function whose body the server's error `res` is in (its internal
 * query), and where in its file (`pos`); NULL when none holds that body.
 */
const sg_function *sg_normalize__body_error(const sg_schema *model, const PGresult *res, sg_pos *pos);

/* Whether model column type `type` (as written) is type `name` (unqualified) or an array of it. */
bool sg_normalize__model_type_is(const char *type, const char *name);

/* Internal: domains (normalize_domains.c). */

/*
 * Mark in `scratch` (per model domain) the domains created in the scratch
 * schema: all with `everything`, else those not live as written
 * (sg_verbatim_domain) or based on a scratch enum (`scratch_enum`, per model
 * enum) or domain; mark `dirty` (per model table, *ndirty counted) the
 * tables with a column of such a domain that is new, renamed, of another
 * base type or collation, or based on a scratch type, which must use the
 * scratch one; and mark `shadowed` (per model table, zeroed by the caller)
 * the tables left live with a column of a scratch domain (views read a copy
 * of them).  Returns how many domains are marked.
 */
size_t sg_normalize__scratch_domains(const sg_schema *model, const sg_schema *live, bool everything,
				     const bool *scratch_enum, bool *scratch, bool *dirty, size_t *ndirty,
				     bool *shadowed);
/* The model domain (index) type text `type` names, itself or an array of it; -1 when none.  Sorted domains. */
long sg_normalize__domain_of_type(const sg_schema *model, const char *type);
/*
 * The domains a scratch batch needs into need[] (per model domain): those the
 * `tables` (per model table) use, and the domains those are based on.
 */
void sg_normalize__batch_domains(const sg_schema *model, const size_t *order, const bool *tables, bool *need);
/* The model's domains in an order they can be created in: a domain after the domain it is based on. */
void sg_normalize__domain_order(const sg_schema *model, size_t *order);
/*
 * Replace norm->domains (what the first scratch batch read back, or none)
 * by the desired domains: scratch ones as read back, the others live, each
 * with what only the model knows (renamed_from, positions, default names, the
 * model's text).  Returns 0, or -1 with err set.
 */
int sg_normalize__assemble_domains(sg_schema *norm, const sg_schema *model, const sg_schema *live, const bool *scratch,
				   sg_error *err);
/*
 * A live domain the models drop (not defined, not renamed) must not be the
 * type of a desired column or domain: the migration could not drop it.
 * Returns 0, or -1 with err (SG_ERR_INPUT, at the column's position).
 */
int sg_normalize__check_dropped_domains(const sg_schema *norm, const sg_schema *model, const sg_schema *live,
					sg_error *err);

#endif
