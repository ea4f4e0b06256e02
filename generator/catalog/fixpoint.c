/*
 * sg_fixpoint_schema: texts that rebuild the catalog's expressions, proven
 * in a scratch schema (see fixpoint.h).
 *
 * Round 1 creates a copy of every selected table (its columns with their
 * defaults and generation expressions, its checks, then each index) from the
 * catalog's own texts in a scratch schema, reads the copies back with the
 * catalog reader and compares every expression with the original's.  Round 2
 * does the same, for the tables that had a difference, with the rewritten
 * text of each expression that differed (sg_fixpoint_candidate) and the
 * proven text of the others.  What still differs is reported.  Each statement
 * runs in its own subtransaction (a DO block that swallows its error), so a
 * candidate the server rejects costs its own table or index, not the batch.
 * Tables go SG_NORMALIZE_BATCH at a time, each batch one rolled-back
 * transaction; a round is a constant number of round trips per batch.
 */
#include "fixpoint.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "ddl.h"
#include "normalize.h"
#include "strbuf.h"

typedef enum item_kind { ITEM_DEFAULT, ITEM_GENERATED, ITEM_CHECK, ITEM_ELEMENT, ITEM_WHERE } item_kind;

typedef enum item_state { TRY_CATALOG = 0, TRY_CANDIDATE, PROVEN, UNRESOLVED } item_state;

/* One expression: where it is in the schema, the text being tried. */
typedef struct item {
	item_kind kind;
	size_t table, object, element; /* object: column, constraint or index index; element: of an index */
	const char *catalog;	       /* the catalog's text */
	const char *current;	       /* the text tried this round */
	item_state state;
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
			rc |= add_item(f, &cap, (item){ITEM_DEFAULT, ti, i, 0, t->columns[i].default_expr, 0, 0});
			rc |= add_item(f, &cap, (item){ITEM_GENERATED, ti, i, 0, t->columns[i].generated, 0, 0});
		}
		for (size_t i = 0; i < t->nconstraints; i++)
			if (t->constraints[i].kind == SG_CON_CHECK)
				rc |=
				    add_item(f, &cap, (item){ITEM_CHECK, ti, i, 0, t->constraints[i].expression, 0, 0});
		for (size_t i = 0; i < t->nindexes; i++) {
			const sg_index *x = &t->indexes[i];
			if (x->constraint_backed)
				continue;
			for (size_t k = 0; k < x->nelements; k++)
				rc |= add_item(f, &cap, (item){ITEM_ELEMENT, ti, i, k, x->elements[k], 0, 0});
			rc |= add_item(f, &cap, (item){ITEM_WHERE, ti, i, 0, x->where, 0, 0});
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
		if (x->constraint_backed)
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
			if (got && strcmp(got, it->catalog) == 0) {
				it->state = PROVEN;
				continue;
			}
			char *cand = it->state == TRY_CATALOG
					 ? sg_fixpoint_candidate(it->catalog, it->kind == ITEM_ELEMENT)
					 : NULL;
			if (cand) {
				it->current = sg_arena_strdup(f->s->arena, cand);
				free(cand);
				if (!it->current)
					return -1;
				it->state = TRY_CANDIDATE;
			} else if (it->state == TRY_CATALOG && missing) {
				/* Tried again as it is, beside the other texts' candidates (`t DESC` beside `(c) IS
				 * DOCUMENT`, which made the whole CREATE INDEX fail). */
				it->state = TRY_CANDIDATE;
			} else {
				it->state = UNRESOLVED;
				if (note(f, t, it) != 0)
					return -1;
			}
		}
	}
	return 0;
}

/* One batch of one round: create the member tables' copies, read them back, roll back, judge. */
int sg_fixpoint__scratch_round(PGconn *conn, const char *schema, const char *sql, const char *what,
			       sg_fixpoint_report *report, sg_schema **back, sg_error *err)
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
	rc = sg_fixpoint__scratch_round(f->conn, f->s->name, sql.data, "the copies that check expressions", f->rep,
					&back, f->err);
	if (rc == 0 && judge(f, back, member) != 0)
		rc = sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	sg_schema_free(back);
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
	for (int round = 0; rc == 0 && round < 2; round++) {
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
