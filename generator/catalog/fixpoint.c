/*
 * sg_fixpoint_schema: texts that rebuild the catalog's expressions, proven
 * in a scratch schema (see fixpoint.h).
 *
 * Round 1 creates a copy of every selected table (its columns with their
 * defaults and generation expressions, its checks, then each index) from the
 * catalog's own texts in a scratch schema, reads the copies back with the
 * catalog reader and compares every expression with the original's; index
 * elements and predicates, which the catalog reads in the pretty deparse,
 * are compared in the plain one too (read_plain: `(a AND b) AND c` and
 * `a AND (b AND c)` print alike in the pretty one).  Round 2 does the same,
 * for the tables that had a difference, with the rewritten text of each
 * expression that differed (sg_fixpoint_candidate; for an index text whose
 * plain deparse differs, made from that) and the proven text of the others;
 * round 3 with the typed rewrite (sg_fixpoint_typed_candidate) of those that
 * still differ.  What still differs is reported.  Each statement runs in its
 * own subtransaction (a DO block that swallows its error), so a candidate the
 * server rejects costs its own table or index, not the batch.  Tables go
 * SG_NORMALIZE_BATCH at a time, each batch one rolled-back transaction; a
 * round is a constant number of round trips per batch.
 */
#include "fixpoint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "ddl.h"
#include "normalize.h"
#include "quote.h"
#include "strbuf.h"

typedef enum item_kind { ITEM_DEFAULT, ITEM_GENERATED, ITEM_CHECK, ITEM_ELEMENT, ITEM_WHERE } item_kind;

typedef enum item_state { TRY_CATALOG = 0, TRY_CANDIDATE, PROVEN, UNRESOLVED } item_state;

/*
 * One expression: where it is in the schema, the text being tried.  Index
 * elements and predicates are read in the pretty deparse, which prints
 * `(a AND b) AND c` and `a AND (b AND c)` alike; their plain deparse (of an
 * element: the expression alone, without its options) is read beside, from
 * the live index and its copy in the same round (read_plain), and compared too.
 */
typedef struct item {
	item_kind kind;
	size_t table, object, element; /* object: column, constraint or index index; element: of an index */
	const char *catalog;	       /* the catalog's text */
	const char *current;	       /* the text tried this round */
	item_state state;
	bool typed_tried;		    /* the typed candidate (sg_fixpoint_typed_candidate) was the last tried */
	const char *live_plain, *got_plain; /* this round's plain deparse of the live one and of its copy */
	const char *live_bare;		    /* an element's pretty text without its options, this round */
} item;

typedef struct fixer {
	sg_schema *s;
	PGconn *conn;
	item *items;
	size_t n;
	size_t *first; /* per table: its first item (items are grouped by table), n for none */
	size_t *count; /* per table: its number of items */
	sg_fixpoint_report *rep;
	sg_error *err;
	const bool *member; /* the tables of the round being run */
	sg_arena *round;    /* the round's plain texts */
} fixer;

static int add_item(fixer *f, size_t *cap, item it)
{
	if (!it.catalog)
		return 0;
	if (f->n == *cap) {
		size_t ncap = *cap ? *cap * 2 : 256;
		item *p = realloc(f->items, ncap * sizeof(*p));
		if (!p)
			return -1;
		f->items = p;
		*cap = ncap;
	}
	it.current = it.catalog;
	f->items[f->n++] = it;
	return 0;
}

static int collect(fixer *f, const bool *select)
{
	size_t cap = 0;
	for (size_t ti = 0; ti < f->s->ntables; ti++) {
		const sg_table *t = &f->s->tables[ti];
		f->first[ti] = f->n;
		if (select && !select[ti])
			continue;
		int rc = 0;
		for (size_t i = 0; i < t->ncolumns; i++) {
			rc |= add_item(f, &cap,
				       (item){.kind = ITEM_DEFAULT,
					      .table = ti,
					      .object = i,
					      .element = 0,
					      .catalog = t->columns[i].default_expr});
			rc |= add_item(f, &cap,
				       (item){.kind = ITEM_GENERATED,
					      .table = ti,
					      .object = i,
					      .element = 0,
					      .catalog = t->columns[i].generated});
		}
		for (size_t i = 0; i < t->nconstraints; i++)
			if (t->constraints[i].kind == SG_CON_CHECK)
				rc |= add_item(f, &cap,
					       (item){.kind = ITEM_CHECK,
						      .table = ti,
						      .object = i,
						      .element = 0,
						      .catalog = t->constraints[i].expression});
		for (size_t i = 0; i < t->nindexes; i++) {
			const sg_index *x = &t->indexes[i];
			if (x->constraint_backed)
				continue;
			for (size_t k = 0; k < x->nelements; k++)
				rc |= add_item(f, &cap,
					       (item){.kind = ITEM_ELEMENT,
						      .table = ti,
						      .object = i,
						      .element = k,
						      .catalog = x->elements[k]});
			rc |= add_item(
			    f, &cap,
			    (item){.kind = ITEM_WHERE, .table = ti, .object = i, .element = 0, .catalog = x->where});
		}
		if (rc)
			return -1;
		f->count[ti] = f->n - f->first[ti];
	}
	return 0;
}

static bool table_pending(const fixer *f, size_t ti)
{
	for (size_t i = f->first[ti]; i < f->first[ti] + f->count[ti]; i++)
		if (f->items[i].state == TRY_CATALOG || f->items[i].state == TRY_CANDIDATE)
			return true;
	return false;
}

/* Whether an element or the predicate of table ti's index xi is still to be decided: the index is made again. */
static bool index_pending(const fixer *f, size_t ti, size_t xi)
{
	for (size_t i = f->first[ti]; i < f->first[ti] + f->count[ti]; i++) {
		const item *it = &f->items[i];
		if ((it->kind == ITEM_ELEMENT || it->kind == ITEM_WHERE) && it->object == xi &&
		    (it->state == TRY_CATALOG || it->state == TRY_CANDIDATE))
			return true;
	}
	return false;
}

void sg_fixpoint__add_guarded(sg_strbuf *sql, const char *stmt)
{
	char outer[32], inner[32];
	unsigned k = 0;
	do
		snprintf(outer, sizeof(outer), "$sgfix%u$", k++);
	while (strstr(stmt, outer));
	do
		snprintf(inner, sizeof(inner), "$sgfixq%u$", k++);
	while (strstr(stmt, inner));
	sg_strbuf_addf(sql, "DO %sBEGIN EXECUTE %s%s%s; EXCEPTION WHEN OTHERS THEN NULL; END%s;\n", outer, inner, stmt,
		       inner, outer);
}

/* The statements that create table ti's copy and its indexes with the texts being tried. */
static int table_script(fixer *f, sg_strbuf *sql, size_t ti)
{
	const sg_table *t = &f->s->tables[ti];
	sg_table copy = *t;
	sg_column *cols = calloc(t->ncolumns + 1, sizeof(*cols));
	sg_constraint *cons = calloc(t->nconstraints + 1, sizeof(*cons));
	const char **elems = NULL;
	sg_strbuf one = SG_STRBUF_INIT;
	int rc = cols && cons ? 0 : -1;
	if (rc == 0) {
		for (size_t i = 0; i < t->ncolumns; i++) {
			cols[i] = t->columns[i];
			cols[i].default_written = cols[i].generated_written = NULL;
			cols[i].from_serial = false;
		}
		copy.columns = cols;
		copy.nconstraints = 0;
		for (size_t i = 0; i < t->nconstraints; i++)
			if (t->constraints[i].kind == SG_CON_CHECK) {
				cons[copy.nconstraints] = t->constraints[i];
				cons[copy.nconstraints].expression_written = t->constraints[i].expression;
				cons[copy.nconstraints].not_valid = false;
				copy.nconstraints++;
			}
		copy.constraints = cons;
	}
	/* The texts being tried; an index's elements are set per index below. */
	for (size_t i = f->first[ti]; rc == 0 && i < f->first[ti] + f->count[ti]; i++) {
		const item *it = &f->items[i];
		if (it->kind == ITEM_DEFAULT)
			cols[it->object].default_written = it->current;
		else if (it->kind == ITEM_GENERATED)
			cols[it->object].generated_written = it->current;
		else if (it->kind == ITEM_CHECK)
			for (size_t k = 0; k < copy.nconstraints; k++)
				if (strcmp(cons[k].name, t->constraints[it->object].name) == 0)
					cons[k].expression_written = it->current;
	}
	if (rc == 0) {
		sg_ddl_create_table(&one, NULL, &copy);
		sg_fixpoint__add_guarded(sql, one.data);
	}
	for (size_t xi = 0; rc == 0 && xi < t->nindexes; xi++) {
		const sg_index *x = &t->indexes[xi];
		if (x->constraint_backed || !index_pending(f, ti, xi))
			continue;
		free(elems);
		elems = calloc(x->nelements + 1, sizeof(*elems));
		if (!elems) {
			rc = -1;
			break;
		}
		sg_index idx = *x;
		idx.where_written = NULL;
		idx.comment = NULL; /* the texts are what is proven */
		for (size_t k = 0; k < x->nelements; k++)
			elems[k] = x->elements[k];
		for (size_t i = f->first[ti]; i < f->first[ti] + f->count[ti]; i++) {
			const item *it = &f->items[i];
			if ((it->kind != ITEM_ELEMENT && it->kind != ITEM_WHERE) || it->object != xi)
				continue;
			if (it->kind == ITEM_ELEMENT)
				elems[it->element] = it->current;
			else if (it->kind == ITEM_WHERE)
				idx.where_written = it->current;
		}
		idx.elements_written = elems;
		sg_strbuf_reset(&one);
		sg_ddl_create_index(&one, NULL, t->name, &idx, false);
		sg_fixpoint__add_guarded(sql, one.data);
	}
	if (sg_strbuf_failed(&one))
		rc = -1;
	sg_strbuf_release(&one);
	free(elems);
	free(cols);
	free(cons);
	return rc;
}

static int note(fixer *f, const sg_table *t, const item *it)
{
	static const char *const what[] = {"default of column", "generation expression of column", "check",
					   "element of index", "predicate of index"};
	const char *name = it->kind == ITEM_DEFAULT || it->kind == ITEM_GENERATED ? t->columns[it->object].name
			   : it->kind == ITEM_CHECK				  ? t->constraints[it->object].name
										  : t->indexes[it->object].name;
	char **p = realloc(f->rep->unresolved, (f->rep->nunresolved + 1) * sizeof(*p));
	if (!p)
		return -1;
	f->rep->unresolved = p;
	size_t len = strlen(t->name) + strlen(name) + strlen(it->catalog) + 128;
	char *line = malloc(len);
	if (!line)
		return -1;
	snprintf(line, len, "%s '%s.%s': no text found that reads back as the catalog's '%s'", what[it->kind], t->name,
		 name, it->catalog);
	p[f->rep->nunresolved++] = line;
	return 0;
}

/* clang-format off */
/*
 * The plain deparse of the expression indexes and partial indexes of the
 * round's tables ($2) in schema $1: one row per predicate (k 0) and per
 * expression element (k, with its pretty text, to find its options).
 */
static const char plain_sql[] =
	"SELECT NULL, t.relname, ic.relname, 0 AS k, NULL AS pretty, "
	"pg_catalog.pg_get_expr(i.indpred, i.indrelid, false) AS plain "
	"FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
	"JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
	"WHERE i.indpred IS NOT NULL AND n.nspname = $1 AND t.relname = ANY ($2::pg_catalog.text[]) "
	"UNION ALL "
	"SELECT NULL, t.relname, ic.relname, k, pg_catalog.pg_get_indexdef(i.indexrelid, k, true), "
	"pg_catalog.pg_get_indexdef(i.indexrelid, k, false) "
	"FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
	"JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
	"CROSS JOIN LATERAL pg_catalog.generate_series(1, i.indnkeyatts) AS k "
	"WHERE i.indexprs IS NOT NULL AND i.indkey[k - 1] = 0 AND n.nspname = $1 "
	"AND t.relname = ANY ($2::pg_catalog.text[])";
/* clang-format on */

/* The pending index item of table ti, index `index`, element k - 1 (k 0: the predicate); NULL when none. */
static item *index_item(fixer *f, size_t ti, const char *index, long k)
{
	const sg_table *t = &f->s->tables[ti];
	for (size_t i = f->first[ti]; i < f->first[ti] + f->count[ti]; i++) {
		item *it = &f->items[i];
		if ((it->kind == ITEM_WHERE) != (k == 0) || (it->kind != ITEM_WHERE && it->kind != ITEM_ELEMENT) ||
		    (k > 0 && it->element != (size_t)(k - 1)) || strcmp(t->indexes[it->object].name, index) != 0)
			continue;
		return it;
	}
	return NULL;
}

void sg_fixpoint__add_array_item(sg_strbuf *sb, const char *name)
{
	if (sb->len > 1)
		sg_strbuf_addch(sb, ',');
	sg_strbuf_addch(sb, '"');
	for (const char *p = name; *p; p++) {
		if (*p == '"' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '"');
}

static int set_path(PGconn *conn, const char *path, sg_error *err)
{
	PGresult *res =
	    PQexecParams(conn, "SELECT pg_catalog.set_config('search_path', $1, true)", 1, NULL, &path, NULL, NULL, 0);
	int rc =
	    PQresultStatus(res) == PGRES_TUPLES_OK
		? 0
		: sg_error_set(err, SG_ERR_DB, "cannot set the search_path that reads texts: %s", PQerrorMessage(conn));
	PQclear(res);
	return rc;
}

int sg_fixpoint__read_both(PGconn *conn, const char *scratch, const char *target, const char *sql, const char *names,
			   sg_fixpoint__row row, void *ctx, const char *what, sg_error *err)
{
	sg_strbuf live_path = SG_STRBUF_INIT, scratch_path = SG_STRBUF_INIT;
	sg_quote_ident(&live_path, target);
	sg_quote_ident(&scratch_path, scratch);
	sg_strbuf_adds(&scratch_path, ", ");
	sg_quote_ident(&scratch_path, target);
	int rc = sg_strbuf_failed(&live_path) || sg_strbuf_failed(&scratch_path)
		     ? sg_error_set(err, SG_ERR_SYSTEM, "out of memory")
		     : 0;
	for (int side = 0; rc == 0 && side < 2; side++) {
		rc = set_path(conn, side ? scratch_path.data : live_path.data, err);
		if (rc != 0)
			break;
		const char *params[2] = {side ? scratch : target, names};
		PGresult *res = PQexecParams(conn, sql, 2, NULL, params, NULL, NULL, 0);
		if (PQresultStatus(res) != PGRES_TUPLES_OK) {
			const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
			rc = sg_error_set(err, SG_ERR_DB, "cannot read %s: %s", what, msg ? msg : PQerrorMessage(conn));
		}
		for (int r = 0; rc == 0 && r < PQntuples(res); r++)
			rc = row(ctx, side == 1, res, r, err);
		PQclear(res);
	}
	sg_strbuf_release(&live_path);
	sg_strbuf_release(&scratch_path);
	return rc;
}

/* sg_fixpoint__row: one row of plain_sql into its index item. */
static int plain_row(void *ctx, bool scratch, const PGresult *res, int r, sg_error *err)
{
	fixer *f = ctx;
	const sg_table *t = sg_schema_find_table(f->s, PQgetvalue(res, r, 1));
	if (!t || PQgetisnull(res, r, 5) || !f->member[t - f->s->tables])
		return 0;
	item *it =
	    index_item(f, (size_t)(t - f->s->tables), PQgetvalue(res, r, 2), strtol(PQgetvalue(res, r, 3), NULL, 10));
	if (!it)
		return 0;
	const char *plain = sg_arena_strdup(f->round, PQgetvalue(res, r, 5));
	if (plain && scratch)
		it->got_plain = plain;
	else if (plain)
		it->live_plain = plain;
	if (plain && !scratch && !PQgetisnull(res, r, 4))
		plain = it->live_bare = sg_arena_strdup(f->round, PQgetvalue(res, r, 4));
	return plain ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
}

/* sg_fixpoint__reader: the round's plain texts (plain_sql) into its index items. */
static int read_plain(PGconn *conn, const char *scratch, void *ctx, sg_error *err)
{
	fixer *f = ctx;
	sg_strbuf names = SG_STRBUF_INIT;
	sg_strbuf_addch(&names, '{');
	for (size_t ti = 0; ti < f->s->ntables; ti++)
		if (f->member[ti])
			sg_fixpoint__add_array_item(&names, f->s->tables[ti].name);
	sg_strbuf_addch(&names, '}');
	int rc = sg_strbuf_failed(&names)
		     ? sg_error_set(err, SG_ERR_SYSTEM, "out of memory")
		     : sg_fixpoint__read_both(conn, scratch, f->s->name, plain_sql, names.data, plain_row, f,
					      "the index texts that check expressions", err);
	sg_strbuf_release(&names);
	return rc;
}

/*
 * The text the candidates of `it` are made from: the catalog's, or, for an
 * index element or predicate whose plain deparse did not read back while the
 * pretty one did, or that has the nested form the rewrite knows, the plain
 * deparse (an element's with its options, the rest of the catalog's text after
 * its pretty expression).  The pretty one prints an AND (OR) inside one alike
 * in any position, `a AND (b AND c)` as `a AND b AND c`, which parsed again is
 * one AND; the plain one keeps the parentheses (and its first operand's, the
 * nested form the rewrite knows).  NULL: out of memory.
 */
static const char *candidate_source(fixer *f, const item *it, bool pretty_same)
{
	if (!it->live_plain || (it->got_plain && strcmp(it->got_plain, it->live_plain) == 0))
		return it->catalog;
	/* The pretty text's own rewrite where it alone differs: the text a person reads. */
	if (!pretty_same && !sg_fixpoint__nested_bool(it->live_plain))
		return it->catalog;
	if (it->kind == ITEM_WHERE)
		return it->live_plain;
	size_t bare = it->live_bare ? strlen(it->live_bare) : 0;
	if (!bare || strncmp(it->catalog, it->live_bare, bare) != 0)
		return it->catalog;
	size_t len = strlen(it->live_plain) + strlen(it->catalog + bare) + 1;
	char *out = sg_arena_alloc(f->s->arena, len);
	if (out)
		snprintf(out, len, "%s%s", it->live_plain, it->catalog + bare);
	return out;
}

/* Compare the copies read back (`back`, NULL when nothing could be read) and decide every pending item. */
static int judge(fixer *f, const sg_schema *back, const bool *member)
{
	for (size_t ti = 0; ti < f->s->ntables; ti++) {
		if (!member[ti])
			continue;
		const sg_table *t = &f->s->tables[ti];
		const sg_table *bt = back ? sg_schema_find_table(back, t->name) : NULL;
		for (size_t i = f->first[ti]; i < f->first[ti] + f->count[ti]; i++) {
			item *it = &f->items[i];
			if (it->state != TRY_CATALOG && it->state != TRY_CANDIDATE)
				continue;
			const char *got = NULL;
			bool missing = !bt; /* its table or index was not created: another text of it failed */
			if (bt && it->kind <= ITEM_GENERATED) {
				const sg_column *c = sg_table_find_column(bt, t->columns[it->object].name);
				got = c ? (it->kind == ITEM_DEFAULT ? c->default_expr : c->generated) : NULL;
			} else if (bt && it->kind == ITEM_CHECK) {
				const sg_constraint *c = sg_table_find_constraint(bt, t->constraints[it->object].name);
				got = c ? c->expression : NULL;
			} else if (bt) {
				const sg_index *x = sg_table_find_index(bt, t->indexes[it->object].name);
				missing = !x;
				if (x && it->kind == ITEM_WHERE)
					got = x->where;
				else if (x && it->element < x->nelements)
					got = x->elements[it->element];
			}
			f->rep->checked += it->state == TRY_CATALOG;
			/* An index's texts: the plain deparse the same too, when the live one has one. */
			bool plain_same =
			    !it->live_plain || (it->got_plain && strcmp(it->got_plain, it->live_plain) == 0);
			if (got && strcmp(got, it->catalog) == 0 && plain_same) {
				it->state = PROVEN;
				continue;
			}
			const char *source = candidate_source(f, it, got && strcmp(got, it->catalog) == 0);
			if (!source)
				return -1;
			bool elem = it->kind == ITEM_ELEMENT;
			/* The candidates in turn: the rewrite, then the typed rewrite when it is another text. */
			char *cand = NULL;
			if (it->state == TRY_CATALOG) {
				cand = sg_fixpoint_candidate(source, elem);
				/* The plain deparse is a candidate itself: its parentheses are the tree. */
				if (!cand && source != it->catalog && !(cand = strdup(source)))
					return -1;
			}
			int next = sg_fixpoint__next_text(f->s->arena, &it->current, &it->typed_tried, cand,
							  sg_fixpoint_typed_candidate, source, elem);
			if (next < 0)
				return -1;
			if (next) {
				it->state = TRY_CANDIDATE;
			} else if (missing) {
				/* Tried again as it is, beside the other texts' candidates (`t DESC` beside `(c) IS
				 * DOCUMENT`, which made the whole CREATE INDEX fail), while rounds are left. */
				it->state = TRY_CANDIDATE;
			} else {
				/* Its table and index created from the catalog's text, not to fail the others'. */
				it->current = it->catalog;
				it->state = UNRESOLVED;
				if (note(f, t, it) != 0)
					return -1;
			}
		}
	}
	return 0;
}

int sg_fixpoint__next_text(sg_arena *arena, const char **current, bool *typed_tried, char *cand,
			   sg_fixpoint__typed typed, const char *source, bool elem)
{
	if (!cand && !*typed_tried) {
		*typed_tried = true;
		cand = typed(source, elem);
		if (cand && strcmp(cand, *current) == 0) {
			free(cand);
			cand = NULL;
		}
	}
	if (!cand)
		return 0;
	*current = sg_arena_strdup(arena, cand);
	free(cand);
	return *current ? 1 : -1;
}

/* One batch of one round: create the member tables' copies, read them back, roll back, judge. */
int sg_fixpoint__scratch_round(PGconn *conn, const char *schema, const char *sql, const char *what,
			       sg_fixpoint_report *report, sg_schema **back, sg_fixpoint__reader more, void *ctx,
			       sg_error *err)
{
	sg_strbuf scratch = SG_STRBUF_INIT, path = SG_STRBUF_INIT;
	*back = NULL;
	int rc = sg_normalize__open_scratch(conn, schema, &scratch, &path, err);
	PGresult *res = NULL;
	if (rc == 0 && sg_normalize__exec(conn, sql, &res) != 0) {
		const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		rc = sg_error_set(err, SG_ERR_DB, "cannot create %s: %s", what, msg ? msg : PQerrorMessage(conn));
		PQclear(res);
	} else if (rc == 0) {
		sg_catalog_options copts = {.schema = scratch.data, .search_path = path.data};
		rc = sg_catalog_load(back, conn, &copts, err);
		if (rc == 0 && more)
			rc = more(conn, scratch.data, ctx, err);
	}
	sg_normalize__rollback(conn);
	report->batches++;
	sg_strbuf_release(&scratch);
	sg_strbuf_release(&path);
	return rc;
}

static int run_batch(fixer *f, const bool *member)
{
	sg_strbuf sql = SG_STRBUF_INIT;
	int rc = 0;
	for (size_t ti = 0; rc == 0 && ti < f->s->ntables; ti++)
		if (member[ti])
			rc = table_script(f, &sql, ti);
	if (rc != 0 || sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	}
	sg_schema *back = NULL;
	f->member = member;
	f->round = sg_arena_new();
	for (size_t ti = 0; ti < f->s->ntables; ti++)
		for (size_t i = f->first[ti]; member[ti] && i < f->first[ti] + f->count[ti]; i++)
			f->items[i].live_plain = f->items[i].got_plain = f->items[i].live_bare = NULL;
	rc = f->round ? sg_fixpoint__scratch_round(f->conn, f->s->name, sql.data, "the copies that check expressions",
						   f->rep, &back, read_plain, f, f->err)
		      : sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0 && judge(f, back, member) != 0)
		rc = sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	sg_schema_free(back);
	sg_arena_free(f->round);
	f->round = NULL;
	sg_strbuf_release(&sql);
	return rc;
}

/* Store every proven text that is not the catalog's in its object's written field. */
static int store(fixer *f)
{
	for (size_t i = 0; i < f->n; i++) {
		const item *it = &f->items[i];
		if (it->state != PROVEN || it->current == it->catalog)
			continue;
		f->rep->rewritten++;
		sg_table *t = &f->s->tables[it->table];
		if (it->kind == ITEM_DEFAULT) {
			t->columns[it->object].default_written = it->current;
		} else if (it->kind == ITEM_GENERATED) {
			t->columns[it->object].generated_written = it->current;
		} else if (it->kind == ITEM_CHECK) {
			t->constraints[it->object].expression_written = it->current;
		} else if (it->kind == ITEM_WHERE) {
			t->indexes[it->object].where_written = it->current;
		} else {
			sg_index *x = &t->indexes[it->object];
			/* A fresh array per element: the earlier one may hold other proven elements. */
			const char **elems = sg_arena_array(f->s->arena, x->nelements, sizeof(*elems));
			if (!elems)
				return -1;
			for (size_t k = 0; k < x->nelements; k++)
				elems[k] = x->elements_written ? x->elements_written[k] : x->elements[k];
			elems[it->element] = it->current;
			x->elements_written = elems;
		}
	}
	return 0;
}

int sg_fixpoint_schema(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err)
{
	memset(report, 0, sizeof(*report));
	fixer f = {.s = schema, .conn = conn, .rep = report, .err = err};
	f.first = calloc(schema->ntables + 1, sizeof(size_t));
	f.count = calloc(schema->ntables + 1, sizeof(size_t));
	bool *member = calloc(schema->ntables + 1, sizeof(bool));
	int rc = f.first && f.count && member && collect(&f, select) == 0
		     ? 0
		     : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	/* The catalog's texts, the rewrite, the typed rewrite: three rounds at most. */
	for (int round = 0; rc == 0 && round < 3; round++) {
		size_t next = 0;
		while (rc == 0 && next < schema->ntables) {
			memset(member, 0, schema->ntables * sizeof(bool));
			size_t taken = 0;
			for (; next < schema->ntables && taken < SG_NORMALIZE_BATCH; next++)
				if (f.count[next] && table_pending(&f, next)) {
					member[next] = true;
					taken++;
				}
			if (taken)
				rc = run_batch(&f, member);
		}
	}
	/* What the three rounds left undecided (tried last in the third) is not proven either. */
	for (size_t i = 0; rc == 0 && i < f.n; i++)
		if (f.items[i].state == TRY_CATALOG || f.items[i].state == TRY_CANDIDATE) {
			f.items[i].current = f.items[i].catalog;
			f.items[i].state = UNRESOLVED;
			if (note(&f, &schema->tables[f.items[i].table], &f.items[i]) != 0)
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	if (rc == 0 && store(&f) != 0)
		rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0 && !select)
		rc = sg_fixpoint_domains(schema, NULL, conn, report, err);
	if (rc == 0 && !select)
		rc = sg_fixpoint_views(schema, NULL, conn, report, err);
	free(f.items);
	free(f.first);
	free(f.count);
	free(member);
	if (rc != 0)
		sg_fixpoint_report_release(report);
	return rc;
}

void sg_fixpoint_report_release(sg_fixpoint_report *report)
{
	if (!report)
		return;
	for (size_t i = 0; i < report->nunresolved; i++)
		free(report->unresolved[i]);
	free(report->unresolved);
	memset(report, 0, sizeof(*report));
}
