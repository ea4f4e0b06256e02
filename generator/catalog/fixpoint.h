/*
 * Text that rebuilds the same catalog (issue 13, item 5; docs/catalog.md,
 * "Text that rebuilds the same catalog").
 *
 * The server's deparse of an expression is not always a fixpoint: executed
 * again, some texts read back differently.  The forms found on PostgreSQL 15
 * (tests/fixpoint/corpus.sql holds every expression tried, each checked on
 * the server by tests/test_fixpoint.c) are six:
 *  - an array constructor under an implicit array cast, printed
 *    `(ARRAY['a'::character varying])::text[]` (the right side of `IN`,
 *    `= ANY`, `<> ALL` on a varchar, numeric or float column, a function
 *    argument such as array_to_tsvector's): parsed again, the cast is pushed
 *    into the elements (`ARRAY[('a'::character varying)::text]`).  The text
 *    without the cast rebuilds it, since the server adds the same implicit
 *    cast again;
 *  - a unary minus on a number, printed `(- 1)` (from `-1::int`): parsed
 *    again it is folded into the constant `'-1'::integer`.  `OPERATOR(
 *    pg_catalog.-) 1` is the same operator that the parser does not fold;
 *  - an EXTRACT field given as a string with an upper-case letter
 *    (`extract('YEAR' FROM d)`, ledgersmb's schema), printed bare
 *    `EXTRACT(YEAR FROM d)`: parsed again, a bare field is folded to lower
 *    case.  The field quoted again, `EXTRACT('YEAR' FROM d)`, keeps it;
 *  - an AND (OR) whose first operand is one too, `((a AND b) AND c)` (from
 *    `x BETWEEN 1 AND 2 AND y`, a row comparison, `IN` with a column among
 *    the values): parsed again it is flattened.  The inner one cast to
 *    boolean, a cast the server drops, keeps it apart;
 *  - an index element printed bare that is not one (`(c) IS DOCUMENT`):
 *    parenthesized;
 *  - an explicit array cast of a constructor whose type was set before
 *    (`ARRAY[1]::bigint[]::int[]`, printed `(ARRAY[(1)::bigint])::integer[]`;
 *    a chain of casts, a domain over an array, a multi-dimensional array):
 *    parsed again, the cast is pushed into the elements.  The constructor
 *    cast to its own type first, `((ARRAY[(1)::bigint])::bigint[])::integer[]`,
 *    keeps it (the typed candidate: the type is read from the elements' casts).
 *
 * Index elements and predicates (and views' queries) are read in the pretty
 * deparse, which prints an AND (OR) inside one flat in any position: rebuilt
 * from it, the AND is one, and only the plain deparse (pg_dump's) shows it.
 * Their plain deparse is compared too, and where it differs the candidates
 * are made from it (its parentheses are the tree).
 *
 * The rewrite alone proves nothing: sg_fixpoint_schema() creates every
 * expression of the tables it is given in a scratch schema, reads them back,
 * and keeps a text only when it reads back exactly as the catalog's; for the
 * others it tries the rewrite, checks again, and reports what it could not
 * rebuild.  The texts it proves are stored in the `*_written` fields of the
 * schema (schema.h), which every DDL writer already prefers: `inspect`
 * writes them into the models, and the down SQL of `diff` creates from them.
 *
 * Domains' defaults and checks: sg_fixpoint_domains() (fixpoint_domains.c),
 * the same rounds over CREATE DOMAIN; views' queries: sg_fixpoint_views()
 * (fixpoint_views.c), over CREATE VIEW, where the same three forms occur
 * (tests/fixpoint/views.sql), also `- 1` printed without parentheses.
 * sg_fixpoint_schema() runs both for every domain and view when it is given
 * no selection.
 */
#ifndef SG_FIXPOINT_H
#define SG_FIXPOINT_H

#include <libpq-fe.h>
#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "schemagen/error.h"
#include "strbuf.h"

/*
 * The candidate that rewrites the known non-fixpoint forms of `text`: an
 * expression, or with `index_element` an index element (`expr [COLLATE c]
 * [opclass] [DESC]...`).  Pure (libpg_query, no server).  Returns a malloc'd
 * string owned by the caller, or NULL when no known form occurs (or the text
 * does not parse, or memory runs out).
 */
char *sg_fixpoint_candidate(const char *text, bool index_element);
/*
 * The second candidate, tried when the first does not read back: the same
 * rewrites, but an array cast over a constructor keeps its cast, over a cast
 * of the constructor to its own type as its elements' casts say it
 * (`(ARRAY[(1)::bigint])::integer[]`, from `ARRAY[1]::bigint[]::int[]`, is
 * `((ARRAY[(1)::bigint])::bigint[])::integer[]`).  Pure.  Returns a malloc'd
 * string, or NULL when no known form occurs.
 */
char *sg_fixpoint_typed_candidate(const char *text, bool index_element);
/*
 * Internal: whether the plain deparse `text` has an AND (OR) with an operand
 * that is one too, in any position (`((a AND b) AND c)`, `(a AND (b AND c))`):
 * the pretty deparse prints it flat, and that text parsed again is one AND.
 * Pure, text only.
 */
bool sg_fixpoint__nested_bool(const char *text);
/* The same for a whole query (a view's pg_get_viewdef text): the forms anywhere in it.  Pure. */
char *sg_fixpoint_query_candidate(const char *query);
/* The typed candidate (sg_fixpoint_typed_candidate) of a whole query.  Pure. */
char *sg_fixpoint_typed_query_candidate(const char *query);

/* What sg_fixpoint_schema() did. */
typedef struct sg_fixpoint_report {
	size_t checked;	   /* expressions created on the server */
	size_t rewritten;  /* proven only in a rewritten text */
	size_t batches;	   /* scratch transactions used */
	char **unresolved; /* one line each: `check 't.t_c_check'`, no text found that rebuilds it */
	size_t nunresolved;
} sg_fixpoint_report;

/*
 * For every expression of the tables of `schema` (every table when `select`
 * is NULL, else those with select[i]): defaults, generation expressions,
 * CHECK expressions, index elements and predicates, find a text that, when
 * executed, reads back exactly as the catalog's text, proven in a scratch
 * schema of the database behind `conn` (idle, not in a transaction; every
 * scratch transaction is rolled back).  A text other than the catalog's is
 * stored in the object's `*_written` field, allocated in schema's arena.
 * Fills *report (release it with sg_fixpoint_report_release).
 * Returns 0, or -1 with err set (SG_ERR_DB, SG_ERR_SYSTEM).
 */
int sg_fixpoint_schema(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err);

/*
 * The same for the defaults and checks of the domains of `schema` (every
 * domain when `select` is NULL, else those with select[i]): proven texts
 * other than the catalog's go to default_written / expression_written.
 * Adds to *report (which must be initialised: it is not cleared).
 * Returns 0, or -1 with err set.
 */
int sg_fixpoint_domains(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err);

/*
 * The same for the views and materialized views of `schema` (every one when
 * `select` is NULL, else those with select[i]): each created again in a
 * scratch schema from the catalog's text (materialized ones WITH NO DATA), in
 * front of the live one, and read back; then, for what differed, from the
 * rewritten text (sg_fixpoint_query_candidate).  A proven text other than the
 * catalog's goes to query_written; what the catalog's own text read back as,
 * when it differs, to query_again (the diff takes a model that reads back as
 * it for the live view: only the deparse differs).  Adds to *report (which
 * must be initialised).  Returns 0, or -1 with err set.
 */
int sg_fixpoint_views(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err);

/*
 * Internal: the next text of a text being proven, as *current (copied into
 * `arena`): the rewrite `cand` (malloc'd, taken over) when there is one,
 * else, the first time only (*typed_tried), `typed(source, elem)` when it is
 * another text than *current.  1 when there is one, 0 when none is left, -1
 * when out of memory.
 */
typedef char *(*sg_fixpoint__typed)(const char *source, bool elem);
int sg_fixpoint__next_text(sg_arena *arena, const char **current, bool *typed_tried, char *cand,
			   sg_fixpoint__typed typed, const char *source, bool elem);

/* Internal: append `stmt` as a DO block that runs it in its own subtransaction and ignores its error. */
void sg_fixpoint__add_guarded(sg_strbuf *sql, const char *stmt);

/*
 * Internal: one round in the scratch schema for `schema`: run `sql` there, in
 * front of the live schema, read it back into *back (the caller frees it),
 * call `more` (when not NULL) with the scratch schema's name to read what the
 * catalog reader does not, and roll back; counts the batch in *report.  `what` names the objects in
 * the error ("the views that check queries").  Returns 0, or -1 with err set.
 */
typedef int (*sg_fixpoint__reader)(PGconn *conn, const char *scratch, void *ctx, sg_error *err);
int sg_fixpoint__scratch_round(PGconn *conn, const char *schema, const char *sql, const char *what,
			       sg_fixpoint_report *report, sg_schema **back, sg_fixpoint__reader more, void *ctx,
			       sg_error *err);

/* Internal: append `name` to the text[] literal being built in `sb` (`{` first, `}` after the last). */
void sg_fixpoint__add_array_item(sg_strbuf *sb, const char *name);

/*
 * Internal: in the scratch transaction, run `sql` ($1 a schema name, $2 a
 * text[] literal, `names`) for the live schema `target` with search_path set
 * to it alone (as the catalog reader reads it, so its texts name things as the
 * catalog's do), then for `scratch` with the scratch search_path; `row` gets
 * each row with `scratch` saying which.  `what` names the texts in the error.
 * Returns 0, or -1 with err set (or row's error).
 */
typedef int (*sg_fixpoint__row)(void *ctx, bool scratch, const PGresult *res, int r, sg_error *err);
int sg_fixpoint__read_both(PGconn *conn, const char *scratch, const char *target, const char *sql, const char *names,
			   sg_fixpoint__row row, void *ctx, const char *what, sg_error *err);

/* Free the report's lines and zero it.  Accepts NULL. */
void sg_fixpoint_report_release(sg_fixpoint_report *report);

#endif
