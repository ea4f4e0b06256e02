/*
 * Views and materialized views in a diff (docs/diff.md, "Views").  A view is
 * its name; both sides are compared as the catalog prints them: the query
 * (pg_get_viewdef), the columns' names and types, the options, the comment,
 * a materialized view's indexes.
 *   - new: CREATE, in the order the views read each other, after the tables,
 *     functions and triggers are final; down: DROP.
 *   - a plain view that no view reads, whose new columns only add to the
 *     end of its old ones (same names and types before them): CREATE OR
 *     REPLACE VIEW; down: DROP and the old definition (PostgreSQL cannot
 *     take columns off a view).
 *   - any other change, and a view that reads a column whose type changes
 *     (its enum re-created too) or that goes, a table or a function that goes or is created again: DROP
 *     before everything else and CREATE after, together with every view that
 *     reads it (PostgreSQL refuses to drop or change what a view uses); a
 *     materialized view created again recomputes its rows: `rewrite`.
 *   - gone: DROP, dependents first; down: the old definitions.
 *   - renamed (`renamed_from` names a current view the models no longer
 *     have): ALTER [MATERIALIZED] VIEW ... RENAME TO with the renames of
 *     tables, then the change if any; the views that read it name it in their
 *     text, so they are dropped before and created after; down: the reverse.
 * A function whose body (BEGIN ATOMIC, RETURN) reads a view that is dropped,
 * created again or renamed, or whose desired body reads a view the plan
 * creates, is dropped just before the first such view (after the views that
 * call it) and created once the views are (sg_diff__find_view_functions).
 * A plain view's triggers go with it: created with it, dropped by its DROP
 * (the down creates them again with the old view), kept by CREATE OR REPLACE
 * (the down, which drops the view, creates the kept ones again); the
 * triggers of a view that stays are diffed one by one (diff_trigger.c).
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

typedef struct view_state {
	const sg_view *cur;  /* NULL: new */
	const sg_view *want; /* NULL: gone */
	bool recreate;	     /* dropped before, created after */
	bool replace;	     /* CREATE OR REPLACE VIEW */
	bool renamed;	     /* cur->name becomes want->name */
	bool done;	     /* ordering */
} view_state;

static const char *kind_word(const sg_view *v)
{
	return v->materialized ? "MATERIALIZED VIEW" : "VIEW";
}

static const char *kind_noun(const sg_view *v)
{
	return v->materialized ? "materialized view" : "view";
}

static void create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_view *v, bool replace)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_create_view(sb, ctx->qual, v, replace, false);
}

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_view *v)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_addf(sb, "DROP %s ", kind_word(v));
	sg_ddl_name(sb, ctx->qual, v->name);
	sg_strbuf_adds(sb, ";");
}

/*
 * Whether index `ci` of current view `c` is `wi` of desired view `w`: the
 * same definition, with the view's name in it as `w` names it (a renamed
 * view keeps its indexes).
 */
static bool same_index(const sg_index *ci, const sg_view *c, const sg_index *wi, const sg_view *w)
{
	if (strcmp(ci->name, wi->name) != 0)
		return false;
	if (!ci->definition || !wi->definition || strcmp(c->name, w->name) == 0)
		return sg_str_eq(ci->definition, wi->definition);
	sg_strbuf from = SG_STRBUF_INIT, to = SG_STRBUF_INIT, renamed = SG_STRBUF_INIT;
	sg_strbuf_adds(&from, " ON ");
	sg_quote_ident(&from, c->name);
	sg_strbuf_adds(&from, " ");
	sg_strbuf_adds(&to, " ON ");
	sg_quote_ident(&to, w->name);
	sg_strbuf_adds(&to, " ");
	const char *at = strstr(ci->definition, from.data);
	bool same = false;
	if (at) {
		sg_strbuf_add(&renamed, ci->definition, (size_t)(at - ci->definition));
		sg_strbuf_adds(&renamed, to.data);
		sg_strbuf_adds(&renamed, at + from.len);
		same = !sg_strbuf_failed(&renamed) && strcmp(renamed.data, wi->definition) == 0;
	}
	sg_strbuf_release(&from);
	sg_strbuf_release(&to);
	sg_strbuf_release(&renamed);
	return same;
}

/*
 * Whether index `ci` of current materialized view `c` calls a function the
 * plan drops, or drops and creates again (pg_depend), or casts to a domain or
 * an enum it re-creates: PostgreSQL refuses the DROP FUNCTION (DROP DOMAIN,
 * DROP TYPE) under it, so it is dropped before and created again after, as a
 * changed index is; the view and its rows stay.
 */
static bool index_calls_recreated(const diff_ctx *ctx, const sg_view *c, const sg_index *ci)
{
	/* One that casts to a domain or an enum the plan drops and creates again holds it (DROP refuses). */
	if (sg_diff__text_names_redone_domain(ctx, ci->definition) ||
	    sg_diff__text_names_recreated_enum(ctx, ci->definition))
		return true;
	for (size_t i = 0; i < ctx->cur->nfunctions; i++) {
		const sg_function *fn = &ctx->cur->functions[i];
		if (sg_diff__function_calls(fn, 'i', c->name, ci->name, ci->definition, NULL) &&
		    sg_diff__function_recreated(ctx, fn))
			return true;
	}
	return false;
}

static bool any_index_calls_recreated(const diff_ctx *ctx, const sg_view *c)
{
	for (size_t k = 0; k < c->nindexes; k++)
		if (index_calls_recreated(ctx, c, &c->indexes[k]))
			return true;
	return false;
}

static bool same_indexes(const sg_view *a, const sg_view *b)
{
	if (a->nindexes != b->nindexes)
		return false;
	for (size_t i = 0; i < a->nindexes; i++)
		if (!same_index(&a->indexes[i], a, &b->indexes[i], b))
			return false;
	return true;
}

/*
 * Whether the view itself is as desired (comment and indexes aside).  A
 * desired query that is what the catalog's own text reads back as (a model
 * holding pg_get_viewdef's text where it is not a fixpoint) is the same
 * view: only the deparse differs.
 */
static bool same_view(const sg_view *c, const sg_view *w)
{
	return c->materialized == w->materialized &&
	       (strcmp(c->query, w->query) == 0 || (c->query_again && strcmp(c->query_again, w->query) == 0)) &&
	       sg_names_eq(c->columns, c->ncolumns, w->columns, w->ncolumns) &&
	       sg_names_eq(c->types, c->ncolumns, w->types, w->ncolumns) &&
	       c->security_barrier == w->security_barrier && c->security_invoker == w->security_invoker &&
	       sg_str_eq(c->check_option, w->check_option);
}

/* CREATE OR REPLACE VIEW can make `c` into `w`: plain views, the old columns a prefix of the new ones. */
static bool appends_only(const sg_view *c, const sg_view *w)
{
	return !c->materialized && !w->materialized && c->ncolumns <= w->ncolumns &&
	       sg_names_eq(c->columns, c->ncolumns, w->columns, c->ncolumns) &&
	       sg_names_eq(c->types, c->ncolumns, w->types, c->ncolumns);
}

/* Whether what `c` reads (a table's column, a table, a function) changes so that it must be dropped first. */
static bool reads_changed(const diff_ctx *ctx, const sg_view *c)
{
	/* A column or a cast of a domain the plan drops and creates again (diff_domain_group.c). */
	if (sg_diff__text_names_redone_domain(ctx, c->query))
		return true;
	/*
	 * A cast to an enum the plan re-creates, on a column of another type
	 * (`s::mood`): the view holds the old type, whose DROP TYPE refused.
	 */
	if (sg_diff__text_names_recreated_enum(ctx, c->query))
		return true;
	for (size_t i = 0; i < c->ncolumns; i++)
		if (sg_diff__text_names_redone_domain(ctx, c->types[i]))
			return true;
	for (size_t i = 0; i < c->nreads; i++) {
		const char *r = c->reads[i];
		const char *paren = strchr(r, '(');
		if (paren && r[strlen(r) - 1] == ')') {
			char *name = strndup(r, (size_t)(paren - r)), *types = strndup(paren + 1, strlen(paren) - 2);
			/* A function only renamed: the text is read with its new name (diff_function_renames.c). */
			bool dropped = name && types && sg_diff__function_dropped_under(ctx, name, types);
			free(name);
			free(types);
			if (dropped)
				return true;
			continue;
		}
		const char *dot = strchr(r, '.');
		char *rel = strndup(r, dot ? (size_t)(dot - r) : strlen(r));
		const sg_table *ct = rel ? sg_schema_find_table(ctx->cur, rel) : NULL;
		/* A sequence the plan renames: the view prints its new name once the rename ran. */
		bool seq_renamed = rel && !ct && sg_diff__sequence_renamed(ctx, rel);
		free(rel);
		if (seq_renamed)
			return true;
		if (!ct)
			continue; /* a view: its own state decides */
		const sg_table *wt = ctx->cur_match[ct - ctx->cur->tables];
		if (!wt || strcmp(wt->name, ct->name) != 0)
			return true;
		if (!dot)
			continue;
		const sg_column *cc = sg_table_find_column(ct, dot + 1), *wc = sg_table_find_column(wt, dot + 1);
		if (!cc || !wc || strcmp(cc->type, wc->type) != 0 || !sg_str_eq(cc->collation, wc->collation) ||
		    sg_diff__uses_recreated_enum(ctx, cc) || sg_diff__type_redone(ctx, cc->type))
			return true;
	}
	return false;
}

/* Whether view `v` reads the relation named `name` or one of its columns ("name" or "name.column"). */
static bool reads_view(const sg_view *v, const char *name)
{
	size_t len = strlen(name);
	for (size_t i = 0; i < v->nreads; i++)
		if (strncmp(v->reads[i], name, len) == 0 && (v->reads[i][len] == '\0' || v->reads[i][len] == '.'))
			return true;
	return false;
}

/* Whether a view of `s` reads `v` (the down of a replace drops `v`, which its readers would prevent). */
static bool read_by_a_view(const sg_schema *s, const sg_view *v)
{
	for (size_t i = 0; i < s->nviews; i++)
		if (&s->views[i] != v && reads_view(&s->views[i], v->name))
			return true;
	return false;
}

/* Whether function `fn`'s body reads the relation `name` or one of its columns (pg_depend). */
static bool function_reads(const sg_function *fn, const char *name)
{
	size_t len = strlen(name);
	for (size_t i = 0; i < fn->nreads; i++)
		if (strncmp(fn->reads[i], name, len) == 0 && (fn->reads[i][len] == '\0' || fn->reads[i][len] == '.'))
			return true;
	return false;
}

/*
 * Whether a function of `s` reads view `v` (a BEGIN ATOMIC or RETURN body,
 * pg_depend): the down of a replace that appends columns drops `v`, which the
 * function would prevent, so `v` is created again instead, the function around it.
 */
static bool read_by_a_function(const sg_schema *s, const sg_view *v)
{
	for (size_t i = 0; i < s->nfunctions; i++)
		if (function_reads(&s->functions[i], v->name))
			return true;
	return false;
}

/* Whether view `v` calls function `fn` (its pg_depend reads: "name(types)"). */
static bool view_calls(const sg_view *v, const sg_function *fn)
{
	size_t len = strlen(fn->name);
	for (size_t i = 0; i < v->nreads; i++) {
		const char *r = v->reads[i];
		if (strncmp(r, fn->name, len) == 0 && r[len] == '(' &&
		    strncmp(r + len + 1, fn->types, strlen(fn->types)) == 0 &&
		    strcmp(r + len + 1 + strlen(fn->types), ")") == 0)
			return true;
	}
	return false;
}

static void drop_in_order(diff_ctx *ctx, view_state *st, size_t n, size_t i);

/* Drop ctx->view_fns[f], after the current views that call it. */
static void drop_view_function(diff_ctx *ctx, view_state *st, size_t n, size_t f)
{
	const sg_function *fn = ctx->view_fns[f];
	ctx->view_fns_dropped[f] = true;
	for (size_t k = 0; k < n; k++)
		if (st[k].cur && view_calls(st[k].cur, fn))
			drop_in_order(ctx, st, n, k);
	sg_diff__newline_if_any(&ctx->up);
	sg_strbuf_addf(&ctx->up, "DROP %s ", fn->procedure ? "PROCEDURE" : "FUNCTION");
	sg_ddl_name(&ctx->up, ctx->qual, fn->name);
	sg_strbuf_addf(&ctx->up, "(%s);", fn->identity);
	/* The down runs once the renames are undone: the text as the catalog read it. */
	sg_diff__function_create_sql(ctx, &ctx->down, sg_diff__function_original(ctx, fn), fn->name);
	const sg_function *w = sg_diff__function_target(ctx, fn);
	sg_diff__finish_op(ctx, SG_PHASE_DROP_VIEW, NULL, fn->name, "drop %s %s(%s)%s",
			   fn->procedure ? "procedure" : "function", fn->name, fn->identity,
			   w ? " (created again after the views: its body reads one the plan changes)" : "");
}

/* Drop the current views in `st` that are recreated or gone, each after every view that reads it. */
static void drop_in_order(diff_ctx *ctx, view_state *st, size_t n, size_t i)
{
	if (st[i].done)
		return;
	st[i].done = true;
	for (size_t k = 0; k < n; k++)
		if (st[k].cur && reads_view(st[k].cur, st[i].cur->name))
			drop_in_order(ctx, st, n, k);
	if (!(st[i].recreate || !st[i].want || st[i].renamed))
		return;
	for (size_t f = 0; f < ctx->nview_fns; f++)
		if (!ctx->view_fns_dropped[f] && function_reads(ctx->view_fns[f], st[i].cur->name))
			drop_view_function(ctx, st, n, f);
	if (!(st[i].recreate || !st[i].want))
		return;
	const sg_view *c = st[i].cur, *before = sg_diff__view_original(ctx, c);
	drop_sql(ctx, &ctx->up, c);
	/* Dropped before the function renames: its down runs once they are undone. */
	create_sql(ctx, &ctx->down, before, false);
	sg_diff__create_triggers_sql(ctx, &ctx->down, c->name, before->triggers, before->ntriggers);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_DROP_VIEW, NULL, c->name, "drop %s %s%s", kind_noun(c), c->name,
				       st[i].want ? " (created again below)" : "");
	if (c->materialized)
		sg_diff__hazard(ctx, op, true, SG_HAZARD_REWRITE, "materialized view '%s' computes its rows again",
				c->name);
}

/* Rename the current view `c` to the desired view's name (kept when it is created again). */
static void rename_view(diff_ctx *ctx, const sg_view *c, const sg_view *w)
{
	sg_strbuf_addf(&ctx->up, "ALTER %s ", kind_word(c));
	sg_ddl_name(&ctx->up, ctx->qual, c->name);
	sg_strbuf_adds(&ctx->up, " RENAME TO ");
	sg_quote_ident(&ctx->up, w->name);
	sg_strbuf_adds(&ctx->up, ";");
	sg_strbuf_addf(&ctx->down, "ALTER %s ", kind_word(c));
	sg_ddl_name(&ctx->down, ctx->qual, w->name);
	sg_strbuf_adds(&ctx->down, " RENAME TO ");
	sg_quote_ident(&ctx->down, c->name);
	sg_strbuf_adds(&ctx->down, ";");
	sg_diff__finish_op(ctx, SG_PHASE_RENAME_TABLE, NULL, w->name, "rename %s %s to %s", kind_noun(c), c->name,
			   w->name);
}

/* The current view that desired `w` continues under `renamed_from`, or NULL. */
static const sg_view *renamed_source(const diff_ctx *ctx, const sg_view *w)
{
	if (!w->renamed_from || strcmp(w->renamed_from, w->name) == 0 || sg_schema_find_view(ctx->cur, w->name))
		return NULL;
	const sg_view *c = sg_schema_find_view(ctx->cur, w->renamed_from);
	if (!c || sg_schema_find_view(ctx->want, c->name) || c->materialized != w->materialized)
		return NULL;
	return c;
}

static void create_in_order(diff_ctx *ctx, view_state *st, size_t n, size_t i);

/* Create ctx->view_fns_want[f] (its body reads views), after the desired views it reads. */
static void create_view_function(diff_ctx *ctx, view_state *st, size_t n, size_t f)
{
	if (ctx->view_fns_created[f])
		return;
	ctx->view_fns_created[f] = true;
	const sg_function *w = ctx->view_fns_want[f];
	for (size_t k = 0; k < n; k++)
		if (st[k].want && function_reads(w, st[k].want->name))
			create_in_order(ctx, st, n, k);
	sg_diff__function_create_sql(ctx, &ctx->up, w, w->name);
	sg_diff__newline_if_any(&ctx->down);
	sg_strbuf_addf(&ctx->down, "DROP %s ", w->procedure ? "PROCEDURE" : "FUNCTION");
	sg_ddl_name(&ctx->down, ctx->qual, w->name);
	sg_strbuf_addf(&ctx->down, "(%s);", w->identity);
	sg_diff__finish_op(ctx, SG_PHASE_CREATE_VIEW, NULL, w->name, "create %s %s(%s)",
			   w->procedure ? "procedure" : "function", w->name, w->identity);
}

/*
 * Create (or replace, or change the indexes and comment of) the desired views
 * in `st`, each after what it reads: the views, and the functions created
 * after the views that it calls.
 */
static void create_in_order(diff_ctx *ctx, view_state *st, size_t n, size_t i)
{
	if (st[i].done)
		return;
	st[i].done = true;
	const sg_view *w = st[i].want, *c = st[i].cur;
	for (size_t k = 0; k < n; k++)
		if (st[k].want && k != i && reads_view(w, st[k].want->name))
			create_in_order(ctx, st, n, k);
	for (size_t f = 0; f < ctx->nview_fns_want; f++)
		if (view_calls(w, ctx->view_fns_want[f]))
			create_view_function(ctx, st, n, f);
	if (!c || st[i].recreate) {
		create_sql(ctx, &ctx->up, w, false);
		sg_diff__create_triggers_sql(ctx, &ctx->up, w->name, w->triggers, w->ntriggers);
		drop_sql(ctx, &ctx->down, w);
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_CREATE_VIEW, NULL, w->name, "create %s%s %s",
					       c ? "again " : "", kind_noun(w), w->name);
		if (c && w->materialized)
			sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
					"materialized view '%s' computes its rows again", w->name);
		return;
	}
	if (st[i].replace) {
		/*
		 * PostgreSQL cannot take columns off a view: when the up appends some,
		 * the down drops it and creates the old one, under w's name (a rename
		 * is undone after it).  With the same columns the down replaces it
		 * back, keeping what reads it (a BEGIN ATOMIC body: DROP VIEW refuses).
		 */
		sg_view before = *c;
		before.name = w->name;
		bool same_columns = appends_only(w, c);
		create_sql(ctx, &ctx->up, w, true);
		if (!same_columns)
			drop_sql(ctx, &ctx->down, w);
		create_sql(ctx, &ctx->down, &before, same_columns);
		/* The triggers the up keeps, which a dropped view lost (the others' own operations drop or create
		 * them). */
		for (size_t k = 0; !same_columns && k < c->ntriggers; k++)
			if (sg_diff__trigger_kept(ctx, &c->triggers[k], c->name,
						  sg_diff__trigger_successor(c->triggers, c->ntriggers, w->triggers,
									     w->ntriggers, &c->triggers[k]),
						  w->name))
				sg_diff__create_trigger_moved_sql(ctx, &ctx->down, c->name, before.name,
								  &c->triggers[k]);
		sg_diff__finish_op(ctx, SG_PHASE_CREATE_VIEW, NULL, w->name, "replace view %s", w->name);
	}
	if (!same_indexes(c, w) || any_index_calls_recreated(ctx, c)) {
		for (size_t k = 0; k < c->nindexes; k++) {
			const sg_index *ci = &c->indexes[k];
			const sg_index *wi = NULL;
			for (size_t m = 0; m < w->nindexes && !wi; m++)
				if (strcmp(w->indexes[m].name, ci->name) == 0)
					wi = &w->indexes[m];
			if (wi && same_index(ci, c, wi, w) && !index_calls_recreated(ctx, c, ci))
				continue;
			sg_ddl_drop_index(&ctx->up, ctx->qual, ci->name, false);
			/* Dropped before the function renames: its down runs once they are undone. */
			sg_ddl_create_view_index(&ctx->down, ctx->qual, c->name,
						 &sg_diff__view_original(ctx, c)->indexes[k]);
			sg_diff__finish_op(ctx, SG_PHASE_DROP_VIEW, NULL, ci->name, "drop index %s on %s", ci->name,
					   c->name);
		}
		for (size_t m = 0; m < w->nindexes; m++) {
			const sg_index *wi = &w->indexes[m];
			const sg_index *ci = NULL;
			for (size_t k = 0; k < c->nindexes && !ci; k++)
				if (strcmp(c->indexes[k].name, wi->name) == 0)
					ci = &c->indexes[k];
			if (ci && same_index(ci, c, wi, w) && !index_calls_recreated(ctx, c, ci))
				continue;
			sg_ddl_create_view_index(&ctx->up, ctx->qual, w->name, wi);
			sg_ddl_drop_index(&ctx->down, ctx->qual, wi->name, false);
			sg_diff__finish_op(ctx, SG_PHASE_CREATE_VIEW, NULL, wi->name, "create index %s on %s", wi->name,
					   w->name);
		}
	}
	/* The indexes that stay, their comments (one created again above got its own). */
	for (size_t m = 0; m < w->nindexes; m++) {
		const sg_index *wi = &w->indexes[m], *ci = NULL;
		for (size_t k = 0; k < c->nindexes && !ci; k++)
			if (strcmp(c->indexes[k].name, wi->name) == 0)
				ci = &c->indexes[k];
		if (!ci || !same_index(ci, c, wi, w) || sg_str_eq(ci->comment, wi->comment))
			continue;
		sg_ddl_comment_index(&ctx->up, ctx->qual, wi->name, wi->comment);
		sg_ddl_comment_index(&ctx->down, ctx->qual, wi->name, ci->comment);
		sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, wi->name, "comment on index %s on %s", wi->name,
				   w->name);
	}
	if (!sg_str_eq(c->comment, w->comment)) {
		sg_view before = *c; /* its down runs before a rename is undone: the view has w's name then */
		before.name = w->name;
		sg_ddl_comment_view(&ctx->up, ctx->qual, w);
		sg_ddl_comment_view(&ctx->down, ctx->qual, &before);
		sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, w->name, "comment on %s %s", kind_noun(w), w->name);
	}
	sg_diff__view_triggers(ctx, c, w);
}

/*
 * What becomes of every current view and which desired views are new (the
 * views that read one dropped, created again or renamed go with it); *count
 * receives how many.  malloc'd; NULL (plan failed) when out of memory.
 */
static view_state *view_states(diff_ctx *ctx, size_t *count)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	size_t n = cur->nviews + want->nviews;
	view_state *st = calloc(n + 1, sizeof(*st));
	if (!st) {
		ctx->plan->failed = true;
		return NULL;
	}
	size_t m = 0;
	for (size_t i = 0; i < cur->nviews; i++) {
		const sg_view *c = &cur->views[i], *w = sg_schema_find_view(want, c->name);
		for (size_t k = 0; k < want->nviews && !w; k++)
			if (renamed_source(ctx, &want->views[k]) == c)
				w = &want->views[k];
		st[m] = (view_state){.cur = c, .want = w, .renamed = w && strcmp(w->name, c->name) != 0};
		if (w && !same_view(c, w)) {
			/*
			 * Replaced in place; but a down that takes appended columns off
			 * drops the view, so one a function reads is created again instead
			 * (with the function around it).
			 */
			if (appends_only(c, w) && !read_by_a_view(cur, c) &&
			    (appends_only(w, c) || !read_by_a_function(cur, c)))
				st[m].replace = true;
			else
				st[m].recreate = true;
		}
		if (w && !st[m].recreate && reads_changed(ctx, c))
			st[m].recreate = true;
		m++;
	}
	for (size_t i = 0; i < want->nviews; i++)
		if (!sg_schema_find_view(cur, want->views[i].name) && !renamed_source(ctx, &want->views[i]))
			st[m++] = (view_state){.want = &want->views[i]};
	/* A view that reads a view dropped (or dropped and created again, or renamed: its text names it) goes with it.
	 */
	for (bool grew = true; grew;) {
		grew = false;
		for (size_t i = 0; i < m; i++) {
			if (!st[i].cur || !st[i].want || st[i].recreate)
				continue;
			for (size_t k = 0; k < m && !st[i].recreate; k++)
				if (k != i && st[k].cur && (st[k].recreate || !st[k].want || st[k].renamed) &&
				    reads_view(st[i].cur, st[k].cur->name)) {
					st[i].recreate = true;
					st[i].replace = false;
					grew = true;
				}
		}
	}
	*count = m;
	return st;
}

void sg_diff__diff_views(diff_ctx *ctx)
{
	size_t m = 0;
	view_state *st = view_states(ctx, &m);
	if (!st)
		return;
	for (size_t i = 0; i < m; i++)
		if (st[i].cur)
			drop_in_order(ctx, st, m, i);
	for (size_t f = 0; f < ctx->nview_fns; f++)
		if (!ctx->view_fns_dropped[f])
			drop_view_function(ctx, st, m, f);
	for (size_t i = 0; i < m; i++)
		if (st[i].renamed && !st[i].recreate)
			rename_view(ctx, st[i].cur, st[i].want);
	for (size_t i = 0; i < m; i++)
		st[i].done = !st[i].want;
	ctx->view_fns_created = calloc(ctx->nview_fns_want + 1, sizeof(bool));
	if (!ctx->view_fns_created) {
		ctx->plan->failed = true;
		free(st);
		return;
	}
	for (size_t i = 0; i < m; i++)
		if (st[i].want)
			create_in_order(ctx, st, m, i);
	/* The functions whose bodies read views that no view calls, once the views are. */
	for (size_t f = 0; f < ctx->nview_fns_want; f++)
		create_view_function(ctx, st, m, f);
	/* The tables' triggers whose WHEN calls one of them. */
	sg_diff__triggers_after_views(ctx);
	free(st);
}

static bool listed(const sg_function *const *list, size_t n, const sg_function *fn)
{
	for (size_t i = 0; i < n; i++)
		if (list[i] == fn)
			return true;
	return false;
}

static bool push_function(diff_ctx *ctx, const sg_function ***list, size_t *n, const sg_function *fn)
{
	const sg_function **grown = realloc(*list, (*n + 1) * sizeof(*grown));
	if (!grown) {
		ctx->plan->failed = true;
		return false;
	}
	grown[(*n)++] = fn;
	*list = grown;
	return true;
}

bool sg_diff__function_on_views(const diff_ctx *ctx, const sg_function *c)
{
	return listed(ctx->view_fns, ctx->nview_fns, c);
}

/* The name of a view in `st` that desired function `w` reads and the plan creates (new or again), or NULL. */
static const char *reads_created_view(const view_state *st, size_t m, const sg_function *w)
{
	for (size_t k = 0; k < m; k++)
		if (st[k].want && (!st[k].cur || st[k].recreate) && function_reads(w, st[k].want->name))
			return st[k].want->name;
	return NULL;
}

void sg_diff__find_view_functions(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	for (bool grew = true; grew && !ctx->plan->failed && !ctx->plan->refused;) {
		grew = false;
		size_t m = 0;
		view_state *st = view_states(ctx, &m);
		if (!st)
			return;
		for (size_t i = 0; i < cur->nfunctions && !ctx->plan->failed; i++) {
			const sg_function *c = &cur->functions[i];
			const sg_function *w = sg_diff__function_target(ctx, c);
			/* One that reads no view yet may be replaced by a body that reads a new one. */
			if ((!c->nreads && (!w || !w->nreads)) || sg_diff__function_on_views(ctx, c) ||
			    sg_diff__function_around(ctx, c))
				continue;
			const char *view = NULL;
			for (size_t k = 0; k < m && !view; k++)
				if (st[k].cur && (st[k].recreate || !st[k].want || st[k].renamed) &&
				    function_reads(c, st[k].cur->name))
					view = st[k].cur->name;
			if (!view && w)
				view = reads_created_view(st, m, w);
			if (!view)
				continue;
			if (c->ncallers && !ctx->plan->refused) {
				sg_strbuf sb = SG_STRBUF_INIT;
				sg_strbuf_addf(
				    &sb,
				    "%s '%s(%s)' reads view '%s', which the plan drops or creates, and is "
				    "dropped and created around it, while a default, check or index calls it: "
				    "change that in a migration of its own first",
				    c->procedure ? "procedure" : "function", c->name, c->types, view);
				ctx->plan->refused = sg_arena_strdup(ctx->plan->arena, sb.data);
				if (!ctx->plan->refused || sg_strbuf_failed(&sb))
					ctx->plan->failed = true;
				sg_strbuf_release(&sb);
				break;
			}
			if (push_function(ctx, &ctx->view_fns, &ctx->nview_fns, c))
				grew = true;
			if (w && !listed(ctx->view_fns_want, ctx->nview_fns_want, w))
				push_function(ctx, &ctx->view_fns_want, &ctx->nview_fns_want, w);
		}
		/* New functions (no current one becomes them) whose bodies read a view the plan creates. */
		for (size_t i = 0; !grew && i < want->nfunctions && !ctx->plan->failed; i++) {
			const sg_function *w = &want->functions[i];
			if (!w->nreads || listed(ctx->view_fns_want, ctx->nview_fns_want, w))
				continue;
			bool continues = false;
			for (size_t k = 0; k < cur->nfunctions && !continues; k++)
				continues = sg_diff__function_target(ctx, &cur->functions[k]) == w;
			if (!continues && reads_created_view(st, m, w))
				push_function(ctx, &ctx->view_fns_want, &ctx->nview_fns_want, w);
		}
		free(st);
	}
	ctx->view_fns_dropped = calloc(ctx->nview_fns + 1, sizeof(bool));
	if (!ctx->view_fns_dropped)
		ctx->plan->failed = true;
}

bool sg_diff__function_created_after_views(const diff_ctx *ctx, const sg_function *w)
{
	return listed(ctx->view_fns_want, ctx->nview_fns_want, w);
}

/*
 * Whether current view `v` calls current function `fn` (pg_depend:
 * "name(types)" among its reads), or, a materialized view, has an index
 * that does.
 */
static bool view_calls_function(const sg_view *v, const sg_function *fn)
{
	size_t len = strlen(fn->name), tlen = strlen(fn->types);
	for (size_t i = 0; i < v->nreads; i++) {
		const char *rd = v->reads[i];
		if (strncmp(rd, fn->name, len) == 0 && rd[len] == '(' && strncmp(rd + len + 1, fn->types, tlen) == 0 &&
		    strcmp(rd + len + 1 + tlen, ")") == 0)
			return true;
	}
	for (size_t k = 0; k < v->nindexes; k++)
		if (sg_diff__function_calls(fn, 'i', v->name, v->indexes[k].name, v->indexes[k].definition, NULL))
			return true;
	return false;
}

/*
 * Whether current view `v` itself reads a column of enum `e`, has a column of
 * its type or casts to it, or calls a function that takes, returns or reads
 * it (the down of ADD VALUE drops and creates again those functions: DROP
 * FUNCTION refuses under the view), in its query or in an index.
 */
static bool view_uses_enum(const diff_ctx *ctx, const sg_view *v, const char *e)
{
	if (sg_diff__text_casts_to_enum(v->query, e))
		return true;
	for (size_t f = 0; f < ctx->cur->nfunctions; f++)
		if (sg_diff__function_names_enum(&ctx->cur->functions[f], e) &&
		    view_calls_function(v, &ctx->cur->functions[f]))
			return true;
	for (size_t i = 0; v->types && i < v->ncolumns; i++)
		if (sg_diff__type_reaches_enum(ctx, v->types[i], e))
			return true;
	for (size_t i = 0; i < v->nreads; i++) {
		const char *dot = strchr(v->reads[i], '.');
		if (!dot || strchr(v->reads[i], '('))
			continue;
		char *rel = strndup(v->reads[i], (size_t)(dot - v->reads[i]));
		const sg_table *t = rel ? sg_schema_find_table(ctx->cur, rel) : NULL;
		free(rel);
		const sg_column *c = t ? sg_table_find_column(t, dot + 1) : NULL;
		if (c && sg_diff__type_reaches_enum(ctx, c->type, e))
			return true;
	}
	return false;
}

/* Drop view i of `cur` after the marked views that read it, or create it after the marked views it reads. */
static void enum_view_in_order(diff_ctx *ctx, sg_strbuf *sb, const bool *mark, bool *done, size_t i, bool create)
{
	const sg_schema *cur = ctx->cur;
	if (done[i])
		return;
	done[i] = true;
	const sg_view *v = &cur->views[i];
	for (size_t k = 0; k < cur->nviews; k++)
		if (mark[k] && k != i &&
		    (create ? reads_view(v, cur->views[k].name) : reads_view(&cur->views[k], v->name)))
			enum_view_in_order(ctx, sb, mark, done, k, create);
	if (create) {
		/* The enum values' down runs after the main step's: the function renames are undone. */
		const sg_view *before = sg_diff__view_original(ctx, v);
		sg_ddl_create_view(sb, ctx->qual, before, false, false);
		/* Its triggers went with its DROP. */
		sg_diff__create_triggers_sql(ctx, sb, v->name, before->triggers, before->ntriggers);
	} else {
		sg_strbuf_addf(sb, "DROP %s ", kind_word(v));
		sg_ddl_name(sb, ctx->qual, v->name);
		sg_strbuf_adds(sb, ";");
	}
	sg_strbuf_addch(sb, '\n');
}

bool sg_diff__enum_views_sql(diff_ctx *ctx, sg_strbuf *sb, const char *e, bool create)
{
	const sg_schema *cur = ctx->cur;
	bool *mark = calloc(cur->nviews + 1, sizeof(bool)), *done = calloc(cur->nviews + 1, sizeof(bool));
	bool materialized = false;
	if (!mark || !done) {
		ctx->plan->failed = true;
		goto out;
	}
	for (size_t i = 0; i < cur->nviews; i++)
		mark[i] = view_uses_enum(ctx, &cur->views[i], e);
	for (bool grew = true; grew;) {
		grew = false;
		for (size_t i = 0; i < cur->nviews; i++)
			for (size_t k = 0; k < cur->nviews && !mark[i]; k++)
				if (mark[k] && k != i && reads_view(&cur->views[i], cur->views[k].name))
					mark[i] = grew = true;
	}
	for (size_t i = 0; i < cur->nviews; i++) {
		if (!mark[i])
			continue;
		materialized |= cur->views[i].materialized;
		enum_view_in_order(ctx, sb, mark, done, i, create);
	}
out:
	free(mark);
	free(done);
	return materialized;
}

const sg_view *sg_diff__view_original(const diff_ctx *ctx, const sg_view *v)
{
	size_t i = (size_t)(v - ctx->cur->views);
	const sg_schema *o = ctx->cur_original;
	if (!o || o->nviews != ctx->cur->nviews || i >= o->nviews || strcmp(o->views[i].name, v->name) != 0)
		return v;
	return &o->views[i];
}
