/*
 * The defaults, generated columns, checks and indexes of tables that call a
 * function the plan drops, or drops and creates again (docs/diff.md,
 * "Functions and procedures").  PostgreSQL refuses to drop a function that
 * one of them calls, so:
 *   - a caller that stays as it is (same text on both sides) of a function
 *     dropped and created again is taken off before it and put back after
 *     it: a default with DROP DEFAULT (set again by the column's change), a
 *     check or an index dropped and added again (a check validates every row
 *     again, an index is built again: their usual hazards and --online
 *     forms); a generated column cannot come back without computing its
 *     values again, and a function only dropped leaves its caller calling
 *     nothing: both are refused, naming the function and the caller;
 *   - a function only dropped goes in the last phase, after its callers have
 *     changed or gone: nothing to do here;
 *   - a function replaced (CREATE OR REPLACE: its volatility, its body...)
 *     while a caller changes or goes is moved the same way (the down of an
 *     index dropped before it must find the old function, IMMUTABLE again);
 *   - a function dropped and created again (or dropped while a function of
 *     its name with other argument types is created) whose callers change or go is
 *     moved to SG_PHASE_RECREATE_FUNCTION, after the checks, indexes,
 *     columns and tables dropped before it and before the ones created
 *     after it; a default that changes is taken off first (DROP DEFAULT, its
 *     down puts the old one back once the old function is back) and set by
 *     the column's change as usual.
 * Views and triggers that call such a function are dropped and created
 * around it by diff_view.c and diff_trigger.c.  A caller is what depends on
 * this very function in pg_depend (sg_function.callers), so the callers of
 * one overload are told from another's; in a schema built otherwise, it is
 * found by the function's name followed by `(` in the catalog's text, and
 * when another function of that name stays, which one a caller means is not
 * known and nothing is refused.
 */
#include <assert.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

bool sg_diff__text_calls(const char *expr, const char *name)
{
	/*
	 * The quoted name holds the name itself unless it has a '"' (doubled when
	 * quoted): most texts are ruled out without building it (every replaced
	 * function is looked for in every table's expressions).
	 */
	if (!expr || (!strchr(name, '"') && !strstr(expr, name)))
		return false;
	sg_strbuf q = SG_STRBUF_INIT;
	sg_quote_ident(&q, name);
	bool found = false;
	for (const char *p = strstr(expr, q.data); p && !found; p = strstr(p + 1, q.data)) {
		char before = p == expr ? ' ' : p[-1];
		if (isalnum((unsigned char)before) || before == '_' || before == '$' || before == '"' || before == '.')
			continue;
		const char *after = p + q.len;
		if (q.data[0] != '"' && (isalnum((unsigned char)*after) || *after == '_' || *after == '$'))
			continue;
		while (*after == ' ')
			after++;
		found = *after == '(';
	}
	sg_strbuf_release(&q);
	return found;
}

bool sg_diff__function_calls(const sg_function *fn, char kind, const char *rel, const char *name, const char *text,
			     const char *as)
{
	if (!text)
		return false;
	if (!fn->callers_read)
		return sg_diff__text_calls(text, fn->name) || (as && sg_diff__text_calls(text, as));
	size_t len = strlen(rel);
	for (size_t i = 0; i < fn->ncallers; i++) {
		const char *c = fn->callers[i];
		if (c[0] == kind && strncmp(c + 1, rel, len) == 0 && c[1 + len] == '\x1f' &&
		    strcmp(c + 2 + len, name) == 0)
			return true;
	}
	return false;
}

/*
 * Whether `c` is the only function of its name that the plan keeps none of
 * (its callers mean it), or its callers are known exactly (pg_depend).
 */
static bool only_of_its_name(const diff_ctx *ctx, const sg_function *c)
{
	if (c->callers_read)
		return true;
	for (size_t i = 0; i < ctx->cur->nfunctions; i++) {
		const sg_function *o = &ctx->cur->functions[i];
		if (o != c && strcmp(o->name, c->name) == 0 && !sg_diff__function_dropped(ctx, o->name, o->types))
			return false;
	}
	return true;
}

/*
 * Refuse the plan: `fn` is dropped (and created again, `again`) while `what`
 * '`table`.`name`' calls it and stays.  A generated column cannot be put
 * back without computing its values again.
 */
static void refuse(diff_ctx *ctx, const sg_function *fn, bool again, const char *what, const char *table,
		   const char *name)
{
	if (ctx->plan->refused)
		return;
	bool generated = strcmp(what, "generated column") == 0;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb,
		       "%s '%s(%s)' is dropped%s while %s '%s.%s' calls it: ", fn->procedure ? "procedure" : "function",
		       fn->name, fn->types,
		       again ? (sg_diff__function_around_tables(ctx, fn)
				    ? " and created again (a table or column its body reads changes)"
				    : " and created again (its result or arguments change)")
			     : "",
		       what, table, name);
	if (generated && again)
		sg_strbuf_adds(&sb, "a generated column comes back only with its values computed again (a rewrite); "
				    "change the caller in a migration of its own first");
	else
		sg_strbuf_addf(&sb, "change %s in a migration of its own first",
			       again ? "the caller" : "or drop the caller");
	ctx->plan->refused = sg_arena_strdup(ctx->plan->arena, sb.data);
	if (!ctx->plan->refused || sg_strbuf_failed(&sb))
		ctx->plan->failed = true;
	sg_strbuf_release(&sb);
}

static bool push(diff_ctx *ctx, const void ***list, size_t *n, const void *item)
{
	for (size_t i = 0; i < *n; i++)
		if ((*list)[i] == item)
			return true;
	const void **grown = realloc(*list, (*n + 1) * sizeof(*grown));
	if (!grown) {
		ctx->plan->failed = true;
		return false;
	}
	grown[(*n)++] = item;
	*list = grown;
	return true;
}

/* Whether a default, generated column, check or index of `t` calls `fn` (by the name `as` too). */
static bool table_calls(const sg_table *t, const sg_function *fn, const char *as)
{
	for (size_t i = 0; i < t->ncolumns; i++)
		if (sg_diff__function_calls(fn, 'd', t->name, t->columns[i].name, t->columns[i].default_expr, as) ||
		    sg_diff__function_calls(fn, 'd', t->name, t->columns[i].name, t->columns[i].generated, as))
			return true;
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *c = &t->constraints[i];
		if (c->kind == SG_CON_CHECK &&
		    sg_diff__function_calls(fn, 'c', t->name, c->name, c->definition ? c->definition : c->expression,
					    as))
			return true;
	}
	for (size_t i = 0; i < t->nindexes; i++)
		if (sg_diff__function_calls(fn, 'i', t->name, t->indexes[i].name, t->indexes[i].definition, as))
			return true;
	return false;
}

/* Whether two indexes are the same but for their names and their table's: unique, method, elements, predicate. */
static bool same_elements(const sg_index *a, const sg_index *b)
{
	if (a->unique != b->unique || !sg_str_eq(a->method, b->method) || a->nelements != b->nelements ||
	    !sg_str_eq(a->where, b->where) || a->constraint_backed || b->constraint_backed)
		return false;
	for (size_t i = 0; i < a->nelements; i++)
		if (!sg_str_eq(a->elements[i], b->elements[i]))
			return false;
	return true;
}

/*
 * Whether checks `a` and `b` are one check: their expressions and NO
 * INHERIT, not their definitions, which say NOT VALID on one side only when
 * the database holds it so and the models allow it (not_valid: true).
 */
static bool same_check(const sg_constraint *a, const sg_constraint *b)
{
	if (a->expression && b->expression)
		return strcmp(a->expression, b->expression) == 0 && a->no_inherit == b->no_inherit;
	return sg_str_eq(a->definition, b->definition);
}

/* How a caller put back says what happens to `fn`. */
static const char *when(const diff_ctx *ctx, const sg_function *fn)
{
	return sg_diff__function_around_tables(ctx, fn) ? "created again after the tables"
							: "dropped and created again";
}

/*
 * Whether no default, generated column, check or index of table `rel` calls
 * `fn` by pg_depend (callers_read; sg_diff__function_calls then looks at
 * nothing else): table_callers() has nothing to do there.  Every replaced
 * function was looked at in every table's expressions, 0.25 s at 10,000
 * tables with 50 functions replaced.
 */
static bool no_caller_in(const sg_function *fn, const char *rel)
{
	if (!fn->callers_read)
		return false;
	size_t len = strlen(rel);
	for (size_t i = 0; i < fn->ncallers; i++)
		if (strncmp(fn->callers[i] + 1, rel, len) == 0 && fn->callers[i][1 + len] == '\x1f')
			return false;
	return true;
}

/*
 * The callers of `fn` in current table `ct`: for a function created again
 * (as `to`, perhaps renamed; NULL when only dropped), one that stays is taken
 * off and put back (a default taken off first and set again, a check or an
 * index dropped and created again); a generated column that stays, and any
 * caller that stays of a function only dropped, are refused.  Whether one
 * changes or is put back (`*moves`: the function then waits for it) and the
 * defaults to take off first.
 */
static void table_callers(diff_ctx *ctx, const sg_function *fn, const sg_function *to, bool replace, size_t t,
			  bool *moves)
{
	bool again = to != NULL, put_back = again && !replace;
	/* A renamed function's callers are read with its new name already (diff_function_renames.c). */
	const char *as = to && strcmp(to->name, fn->name) != 0 ? to->name : fn->name;
	const sg_table *ct = &ctx->cur->tables[t], *wt = ctx->cur_match[t];
	if (!wt) {
		/* The table goes before the function (a replaced one: when the table calls it). */
		*moves = *moves || !replace || table_calls(ct, fn, as);
		return;
	}
	const sg_colmap *m = &ctx->maps[t];
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const sg_column *cc = &ct->columns[i], *wc = m->cur_to_want[i];
		bool in_default = sg_diff__function_calls(fn, 'd', ct->name, cc->name, cc->default_expr, as),
		     in_generated = sg_diff__function_calls(fn, 'd', ct->name, cc->name, cc->generated, as);
		if (!in_default && !in_generated)
			continue;
		if (!wc || m->rebuilt[i]) {
			*moves = true; /* dropped before the function (early or with the other dropped columns) */
			continue;
		}
		if (replace && (in_generated || sg_str_eq(cc->default_expr, wc->default_expr)))
			continue; /* CREATE OR REPLACE keeps it */
		if (in_generated) {
			refuse(ctx, fn, again, "generated column", ct->name, cc->name);
			return;
		}
		if (sg_str_eq(cc->default_expr, wc->default_expr) && !put_back) {
			refuse(ctx, fn, again, "the default of", ct->name, cc->name);
			return;
		}
		*moves = true;
		if (again && !replace && !push(ctx, (const void ***)&ctx->early_defaults, &ctx->nearly_defaults, cc))
			return;
	}
	for (size_t i = 0; i < ct->nconstraints; i++) {
		const sg_constraint *c = &ct->constraints[i];
		const char *text = c->definition ? c->definition : c->expression;
		if (c->kind != SG_CON_CHECK || !sg_diff__function_calls(fn, 'c', ct->name, c->name, text, as))
			continue;
		const sg_constraint *w = wt ? sg_table_find_constraint(wt, c->name) : NULL;
		/*
		 * A default-named check that follows its table's rename: the same
		 * definition under a new name, the n-th such for the n-th such (two
		 * checks may have one definition).
		 */
		size_t nth = 0;
		for (size_t j = 0; wt && !w && j < i; j++)
			nth += ct->constraints[j].kind == SG_CON_CHECK &&
			       !sg_table_find_constraint(wt, ct->constraints[j].name) &&
			       same_check(c, &ct->constraints[j]);
		for (size_t k = 0; wt && !w && k < wt->nconstraints; k++) {
			const sg_constraint *r = &wt->constraints[k];
			if (r->kind == SG_CON_CHECK && !sg_table_find_constraint(ct, r->name) && same_check(c, r) &&
			    nth-- == 0)
				w = r;
		}
		if (w && w->kind == SG_CON_CHECK && same_check(c, w)) {
			if (replace)
				continue;
			if (!put_back) {
				refuse(ctx, fn, again, "check", ct->name, c->name);
				return;
			}
			if (!push(ctx, &ctx->put_back, &ctx->nput_back, c))
				return;
			sg_ddl_drop_constraint(&ctx->up, ctx->qual, ct->name, c->name);
			sg_ddl_add_constraint(&ctx->down, ctx->qual, ct->name, c, c->not_valid);
			sg_diff__finish_op(ctx, SG_PHASE_DROP_CONSTRAINT, ct->name, c->name,
					   "drop check %s on %s (it calls %s, %s)", c->name, ct->name, fn->name,
					   when(ctx, fn));
			sg_diff__add_constraint(ctx, wt->name, w, true);
		}
		*moves = true;
	}
	for (size_t i = 0; i < ct->nindexes; i++) {
		const sg_index *c = &ct->indexes[i];
		if (!sg_diff__function_calls(fn, 'i', ct->name, c->name, c->definition, as))
			continue;
		const sg_index *w = wt ? sg_table_find_index(wt, c->name) : NULL;
		bool same = w && sg_str_eq(c->definition, w->definition);
		/* A default-named index that follows its table's rename (as for checks above). */
		size_t nth = 0;
		for (size_t j = 0; wt && !w && j < i; j++)
			nth += !sg_table_find_index(wt, ct->indexes[j].name) && same_elements(c, &ct->indexes[j]);
		for (size_t k = 0; wt && !w && k < wt->nindexes; k++) {
			const sg_index *r = &wt->indexes[k];
			if (!sg_table_find_index(ct, r->name) && same_elements(c, r) && nth-- == 0)
				w = r, same = true;
		}
		if (same) {
			if (replace)
				continue;
			if (!put_back) {
				refuse(ctx, fn, again, "index", ct->name, c->name);
				return;
			}
			if (!push(ctx, &ctx->put_back, &ctx->nput_back, c))
				return;
			/*
			 * --online: dropped CONCURRENTLY before the main step, built again
			 * CONCURRENTLY after it; its down then runs once the renames are
			 * undone: the text as the catalog read it.
			 */
			sg_ddl_drop_index(&ctx->up, ctx->qual, c->name, ctx->online);
			sg_ddl_create_index(&ctx->down, ctx->qual, ct->name,
					    ctx->online ? &sg_diff__table_original(ctx, ct)->indexes[i] : c,
					    ctx->online);
			sg_op *op = sg_diff__finish_op(
			    ctx, ctx->online ? SG_PHASE_DROP_INDEX_CONCURRENTLY : SG_PHASE_DROP_INDEX, ct->name,
			    c->name, "drop index %s on %s (it calls %s, %s)", c->name, ct->name, fn->name,
			    when(ctx, fn));
			if (ctx->online)
				sg_diff__hazard(
				    ctx, op, false, SG_HAZARD_BLOCKING,
				    "'%s' is dropped before the main step and built again CONCURRENTLY after "
				    "it: in between, queries on '%s' go without it%s",
				    c->name, ct->name, c->unique ? " and its uniqueness is not enforced" : "");
			sg_diff__create_index(ctx, wt->name, w, true);
		}
		*moves = true;
	}
}

void sg_diff__function_users(diff_ctx *ctx)
{
	/* Those already taken off are diff_function_domain.c's, taken off earlier. */
	size_t first = ctx->nearly_defaults;
	for (size_t i = 0; i < ctx->cur->nfunctions && !ctx->plan->refused && !ctx->plan->failed; i++) {
		const sg_function *fn = &ctx->cur->functions[i];
		const sg_function *w = sg_diff__function_target(ctx, fn);
		bool dropped = sg_diff__function_recreated(ctx, fn);
		/* Replaced (CREATE OR REPLACE) while a caller changes or goes: after that caller, too. */
		bool replace = !dropped && sg_diff__function_changed(ctx, fn);
		if ((!dropped && !replace) || (dropped && !only_of_its_name(ctx, fn)) ||
		    sg_diff__function_around(ctx, fn) || sg_diff__function_on_views(ctx, fn))
			continue;
		bool again = w != NULL || sg_diff__function_replaced_by_overload(ctx, fn), moves = false;
		for (size_t t = 0; t < ctx->cur->ntables && !ctx->plan->refused; t++)
			if (!ctx->cur_match[t] || !no_caller_in(fn, ctx->cur->tables[t].name))
				table_callers(ctx, fn, again ? (w ? w : fn) : NULL, replace, t, &moves);
		if (w && moves && !fn->row_type && !w->row_type)
			push(ctx, (const void ***)&ctx->moved_functions, &ctx->nmoved_functions, fn);
	}
	/* Defaults taken off first: their down puts the old one back once the old function is. */
	for (size_t i = first; i < ctx->nearly_defaults && !ctx->plan->failed; i++) {
		const sg_column *c = ctx->early_defaults[i];
		const sg_table *ct = NULL;
		for (size_t t = 0; t < ctx->cur->ntables && !ct; t++) {
			const sg_table *x = &ctx->cur->tables[t];
			if (c >= x->columns && c < x->columns + x->ncolumns)
				ct = x;
		}
		assert(ct);
		const sg_table *wt = ctx->cur_match[ct - ctx->cur->tables];
		const sg_column *w = sg_colmap_want(&ctx->maps[ct - ctx->cur->tables], c->name);
		/* The renames come later: the column has its current name here. */
		sg_diff__alter_column(ctx, &ctx->up, ct->name, c->name);
		sg_strbuf_adds(&ctx->up, "DROP DEFAULT;");
		sg_diff__alter_column(ctx, &ctx->down, ct->name, c->name);
		sg_strbuf_addf(&ctx->down, "SET DEFAULT %s;", sg_diff__column_as_read(ctx, ct, c)->default_expr);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_CONSTRAINT, wt->name, w->name,
				   "drop default of %s.%s (it calls a function dropped and created again)", ct->name,
				   c->name);
	}
}

bool sg_diff__calls_changed_function(const diff_ctx *ctx, const char *text)
{
	for (size_t i = 0; i < ctx->cur->nfunctions; i++) {
		const sg_function *fn = &ctx->cur->functions[i];
		const sg_function *w = sg_diff__function_target(ctx, fn);
		if ((sg_diff__text_calls(text, fn->name) || (w && sg_diff__text_calls(text, w->name))) &&
		    (sg_diff__function_dropped(ctx, fn->name, fn->types) || sg_diff__function_changed(ctx, fn)))
			return true;
	}
	return false;
}

bool sg_diff__function_moved(const diff_ctx *ctx, const sg_function *c)
{
	for (size_t i = 0; i < ctx->nmoved_functions; i++)
		if (ctx->moved_functions[i] == c)
			return true;
	return false;
}

bool sg_diff__caller_put_back(const diff_ctx *ctx, const void *c)
{
	for (size_t i = 0; i < ctx->nput_back; i++)
		if (ctx->put_back[i] == c)
			return true;
	return false;
}

bool sg_diff__default_dropped_early(const diff_ctx *ctx, const sg_column *c)
{
	for (size_t i = 0; i < ctx->nearly_defaults; i++)
		if (ctx->early_defaults[i] == c)
			return true;
	return false;
}
