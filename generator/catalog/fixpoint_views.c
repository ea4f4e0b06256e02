/*
 * sg_fixpoint_views: texts that rebuild the catalog's text of views and
 * materialized views (fixpoint.h).  pg_get_viewdef() prints a query with the
 * same non-fixpoint forms as an expression (an array constructor under an
 * implicit array cast, a unary minus on a number, an upper-case EXTRACT
 * field; tests/fixpoint/views.sql), so a model holding the catalog's text
 * would be a change forever, and a down re-creating a view from it would not
 * give back the same view.
 *
 * The rounds of the domains' (fixpoint_domains.c): every selected view is
 * created again in a scratch schema, in front of the live one (its relations
 * and functions resolve to the live schema, next in search_path), from the
 * catalog's text, read back and compared (the query, the columns' names and
 * types, and the plain deparse, pg_dump's, which keeps the parentheses of an
 * AND inside an AND that the pretty one drops); then, for what differed, from
 * the rewritten text (sg_fixpoint_query_candidate; made from the plain text
 * when only that differed), then the typed rewrite
 * (sg_fixpoint_typed_query_candidate), each view after the views it reads.  Each
 * CREATE runs in its own subtransaction,
 * so one the server rejects costs that view only.  A view locks the relations
 * it reads until the rollback: SG_NORMALIZE_BATCH views per transaction.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "ddl.h"
#include "fixpoint.h"
#include "normalize.h"
#include "strbuf.h"

typedef enum state { TRY_CATALOG = 0, TRY_CANDIDATE, PROVEN, UNRESOLVED } state;

typedef struct vitem {
	size_t view;
	const char *current; /* the text tried this round */
	state st;
	bool typed_tried; /* the typed candidate (sg_fixpoint_typed_query_candidate) was the last tried */
	/*
	 * This round's plain deparse (pg_get_viewdef(oid, false), pg_dump's) of
	 * the live view and of its copy: the pretty one, the view's identity,
	 * prints `(a AND b) AND c` and `a AND (b AND c)` alike (read_plain).
	 */
	const char *live_plain, *got_plain;
} vitem;

typedef struct vfixer {
	sg_schema *s;
	PGconn *conn;
	vitem *items;
	size_t n;
	sg_fixpoint_report *rep;
	sg_error *err;
	size_t from, to; /* the items of the batch being run */
	sg_arena *round; /* its plain texts */
} vfixer;

static bool same_names(const char **a, const char **b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

/* Whether the copy read back is the live view: its query, its columns' names and types. */
static bool same_view(const sg_view *live, const sg_view *back)
{
	return back && strcmp(live->query, back->query) == 0 && live->ncolumns == back->ncolumns &&
	       same_names(live->columns, back->columns, live->ncolumns) &&
	       (!live->types || !back->types || same_names(live->types, back->types, live->ncolumns));
}

static int note(vfixer *f, const sg_view *v)
{
	char **p = realloc(f->rep->unresolved, (f->rep->nunresolved + 1) * sizeof(*p));
	if (!p)
		return -1;
	f->rep->unresolved = p;
	size_t len = strlen(v->name) + 128;
	char *line = malloc(len);
	if (!line)
		return -1;
	snprintf(line, len, "%s '%s': no text found that reads back as the catalog's query",
		 v->materialized ? "materialized view" : "view", v->name);
	p[f->rep->nunresolved++] = line;
	return 0;
}

/* pg_get_viewdef()'s text without its leading blank and final `;` (catalog_views.c), in `arena`. */
static const char *trimmed(sg_arena *arena, const char *text)
{
	while (*text == ' ' || *text == '\n')
		text++;
	size_t len = strlen(text);
	while (len && (text[len - 1] == ';' || text[len - 1] == '\n' || text[len - 1] == ' '))
		len--;
	return sg_arena_strndup(arena, text, len);
}

/* sg_fixpoint__row: one view's plain deparse into its item. */
static int plain_row(void *ctx, bool scratch, const PGresult *res, int r, sg_error *err)
{
	vfixer *f = ctx;
	for (size_t i = f->from; i < f->to && !PQgetisnull(res, r, 1); i++) {
		vitem *it = &f->items[i];
		if (strcmp(f->s->views[it->view].name, PQgetvalue(res, r, 0)) != 0)
			continue;
		const char *plain = trimmed(f->round, PQgetvalue(res, r, 1));
		if (!plain)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		*(scratch ? &it->got_plain : &it->live_plain) = plain;
		break;
	}
	return 0;
}

/* sg_fixpoint__reader: the plain deparse (pg_dump's) of the batch's views, live and copies, into its items. */
static int read_plain(PGconn *conn, const char *scratch, void *ctx, sg_error *err)
{
	vfixer *f = ctx;
	sg_strbuf names = SG_STRBUF_INIT;
	sg_strbuf_addch(&names, '{');
	for (size_t i = f->from; i < f->to; i++)
		sg_fixpoint__add_array_item(&names, f->s->views[f->items[i].view].name);
	sg_strbuf_addch(&names, '}');
	int rc = sg_strbuf_failed(&names)
		     ? sg_error_set(err, SG_ERR_SYSTEM, "out of memory")
		     : sg_fixpoint__read_both(conn, scratch, f->s->name,
					      "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid, false) "
					      "FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = "
					      "c.relnamespace WHERE c.relkind IN ('v', 'm') AND n.nspname = $1 "
					      "AND c.relname = ANY ($2::pg_catalog.text[])",
					      names.data, plain_row, f, "the view texts that check queries", err);
	sg_strbuf_release(&names);
	return rc;
}

/*
 * The text the candidates of `it` are made from: the catalog's, or its plain
 * deparse when that did not read back and the pretty one did, or has the
 * nested AND (OR) the rewrite knows: the pretty text prints `a AND (b AND c)`
 * as `a AND b AND c`, which parsed again is one AND, where the plain one keeps
 * the parentheses.
 */
static const char *candidate_source(const vitem *it, const sg_view *v, bool pretty_same)
{
	if (!it->live_plain || (it->got_plain && strcmp(it->got_plain, it->live_plain) == 0))
		return v->query;
	return pretty_same || sg_fixpoint__nested_bool(it->live_plain) ? it->live_plain : v->query;
}

/* sg_fixpoint_typed_query_candidate as sg_fixpoint__next_text calls it. */
static char *typed_query(const char *query, bool elem)
{
	(void)elem;
	return sg_fixpoint_typed_query_candidate(query);
}

/* Decide the items [from, to) from what the batch read back (`back`, NULL when nothing was read). */
static int judge(vfixer *f, const sg_schema *back, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		vitem *it = &f->items[i];
		sg_view *v = &f->s->views[it->view];
		const sg_view *bv = back ? sg_schema_find_view(back, v->name) : NULL;
		bool first = it->st == TRY_CATALOG;
		f->rep->checked += first;
		bool plain_same = !it->live_plain || (it->got_plain && strcmp(it->got_plain, it->live_plain) == 0);
		if (same_view(v, bv) && plain_same) {
			it->st = PROVEN;
			continue;
		}
		if (first && bv && strcmp(bv->query, v->query) != 0) {
			v->query_again = sg_arena_strdup(f->s->arena, bv->query);
			if (!v->query_again)
				return -1;
		}
		/* The candidates in turn: the rewrite (or the plain text as it is), then the typed rewrite. */
		const char *source = candidate_source(it, v, bv && strcmp(bv->query, v->query) == 0);
		char *cand = first ? sg_fixpoint_query_candidate(source) : NULL;
		if (first && !cand && source != v->query && !(cand = strdup(source)))
			return -1;
		int next = sg_fixpoint__next_text(f->s->arena, &it->current, &it->typed_tried, cand, typed_query,
						  source, false);
		if (next < 0)
			return -1;
		if (next) {
			it->st = TRY_CANDIDATE;
		} else {
			it->st = UNRESOLVED;
			if (note(f, v) != 0)
				return -1;
		}
	}
	return 0;
}

/* One batch: create the views of items [from, to) that are pending, read them back, roll back, judge. */
static int run_batch(vfixer *f, size_t from, size_t to)
{
	sg_strbuf sql = SG_STRBUF_INIT, one = SG_STRBUF_INIT;
	for (size_t i = from; i < to; i++) {
		const sg_view *v = &f->s->views[f->items[i].view];
		/* The query alone: options, indexes and comment do not change its text. */
		sg_view copy = {.name = v->name, .materialized = v->materialized, .query = f->items[i].current};
		sg_strbuf_reset(&one);
		sg_ddl_create_view(&one, NULL, &copy, false, true);
		sg_fixpoint__add_guarded(&sql, one.data);
	}
	int rc = 0;
	if (sg_strbuf_failed(&sql) || sg_strbuf_failed(&one))
		rc = sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	sg_strbuf_release(&one);
	sg_schema *back = NULL;
	f->from = from;
	f->to = to;
	f->round = sg_arena_new();
	for (size_t i = from; i < to; i++)
		f->items[i].live_plain = f->items[i].got_plain = NULL;
	if (rc == 0 && !f->round)
		rc = sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	if (rc == 0)
		rc = sg_fixpoint__scratch_round(f->conn, f->s->name, sql.data, "the views that check queries", f->rep,
						&back, read_plain, f, f->err);
	if (rc == 0 && judge(f, back, from, to) != 0)
		rc = sg_error_set(f->err, SG_ERR_SYSTEM, "out of memory");
	sg_schema_free(back);
	sg_arena_free(f->round);
	f->round = NULL;
	sg_strbuf_release(&sql);
	return rc;
}

/* Move the pending items to the front, both parts keeping their order (`tmp` holds f->n); how many there are. */
static size_t pending_first(vfixer *f, vitem *tmp)
{
	size_t k = 0, m = 0;
	for (size_t i = 0; i < f->n; i++)
		if (f->items[i].st == TRY_CATALOG || f->items[i].st == TRY_CANDIDATE)
			f->items[k++] = f->items[i];
		else
			tmp[m++] = f->items[i];
	memcpy(f->items + k, tmp, m * sizeof(*tmp));
	return k;
}

int sg_fixpoint_views(sg_schema *schema, const bool *select, PGconn *conn, sg_fixpoint_report *report, sg_error *err)
{
	vfixer f = {.s = schema, .conn = conn, .rep = report, .err = err};
	/*
	 * Each view after the views it reads: a copy that read a live view its
	 * scratch copy then shadows would print that view's name qualified.
	 */
	size_t *order = calloc(schema->nviews + 1, sizeof(*order));
	f.items = calloc(schema->nviews + 1, sizeof(*f.items));
	vitem *tmp = calloc(schema->nviews + 1, sizeof(*tmp));
	if (!order || !f.items || !tmp || sg_normalize__view_order(schema, order) != 0) {
		free(order);
		free(f.items);
		free(tmp);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	for (size_t k = 0; k < schema->nviews; k++)
		if (!select || select[order[k]])
			f.items[f.n++] = (vitem){.view = order[k], .current = schema->views[order[k]].query};
	free(order);
	int rc = 0;
	/* The catalog's texts, the rewrite, the typed rewrite: three rounds at most (none when nothing is pending). */
	for (int round = 0; rc == 0 && round < 3; round++) {
		size_t npending = pending_first(&f, tmp);
		for (size_t from = 0; rc == 0 && from < npending; from += SG_NORMALIZE_BATCH)
			rc = run_batch(&f, from,
				       from + SG_NORMALIZE_BATCH < npending ? from + SG_NORMALIZE_BATCH : npending);
	}
	for (size_t i = 0; rc == 0 && i < f.n; i++)
		if (f.items[i].st == TRY_CATALOG || f.items[i].st == TRY_CANDIDATE) {
			f.items[i].st = UNRESOLVED;
			if (note(&f, &schema->views[f.items[i].view]) != 0)
				rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	for (size_t i = 0; rc == 0 && i < f.n; i++) {
		const vitem *it = &f.items[i];
		if (it->st != PROVEN || it->current == schema->views[it->view].query)
			continue;
		report->rewritten++;
		schema->views[it->view].query_written = it->current;
	}
	free(f.items);
	free(tmp);
	return rc;
}
