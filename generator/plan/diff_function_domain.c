/*
 * Functions around a domain the plan drops and creates again (docs/diff.md,
 * "Domains").  DROP DOMAIN refuses while a function takes, returns or (a
 * BEGIN ATOMIC body) reads the domain, and a function created over the old
 * domain would keep calling it; so every current function that depends on
 * such a domain (pg_depend, sg_function.domains; a plpgsql or string body
 * that mentions it resolves it when it runs, and stays) is
 * dropped before the domain's re-create (SG_PHASE_DROP_DOMAIN_FUNCTION) and
 * created after it as the models want it (in its usual phase); so is every
 * function whose BEGIN ATOMIC or RETURN body calls one of those (its body
 * depends on it).  What calls them goes and comes back around them:
 *   - triggers and views, through sg_diff__function_dropped (diff_trigger.c,
 *     diff_view.c drop them first and create them last);
 *   - column defaults: taken off first, set again by the column's change
 *     (diff_column.c, sg_diff__default_dropped_early);
 *   - checks and indexes: dropped first, added again with the new ones.
 * A caller that cannot come back is refused (exit 2, both named): a
 * generated column (re-creating it empties it), a default, check or index
 * that changes or goes in the same plan, a table that goes, a domain whose
 * check or default calls the function.  A domain re-created inside an
 * enum's re-create (diff_domain_group.c) comes back after the functions are
 * created: a function that names one is refused too.
 * The same holds for a function whose BEGIN ATOMIC or RETURN body, or an
 * argument's default, calls a function dropped and created again in place
 * (another result type, argument names or defaults: DROP FUNCTION refuses
 * while they exist), sg_diff__find_callee_functions.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

/* Whether catalog text `expr` calls a function named `name` (the name followed by `(`). */
static bool calls(const char *expr, const char *name)
{
	if (!expr)
		return false;
	sg_strbuf q = SG_STRBUF_INIT;
	sg_quote_ident(&q, name);
	bool found = false;
	for (const char *p = strstr(expr, q.data); p && !found; p = strstr(p + 1, q.data)) {
		char before = p == expr ? ' ' : p[-1];
		if (isalnum((unsigned char)before) || before == '_' || before == '$' || before == '"')
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

/* A BEGIN ATOMIC or RETURN body: parsed when created, it depends on the functions it calls. */
static bool standard_body(const sg_function *fn)
{
	return !fn->sql_body && fn->definition && strstr(fn->definition, " LANGUAGE sql");
}

/* Whether around function `fn` is there for a function it calls (sg_diff__find_callee_functions), not a domain. */
static bool by_callee(const diff_ctx *ctx, const sg_function *fn)
{
	for (size_t i = ctx->naround_domain; i < ctx->naround; i++)
		if (ctx->around[i] == fn)
			return true;
	return false;
}

/*
 * Whether `fn` takes, returns or (a BEGIN ATOMIC or RETURN body, an
 * argument's default) reads an enum the plan re-creates: the re-create's DROP
 * TYPE refuses while it exists (a string body resolves the enum when it runs).
 */
static bool names_recreated_enum(const diff_ctx *ctx, const sg_function *fn)
{
	/* An argument's default that casts to it holds it too, whatever the body (`DEFAULT ('a'::mood)::text`). */
	return sg_diff__text_names_recreated_enum(ctx, fn->types) ||
	       sg_diff__text_names_recreated_enum(ctx, fn->arguments) ||
	       sg_diff__text_names_recreated_enum(ctx, fn->result) ||
	       (standard_body(fn) && sg_diff__text_names_recreated_enum(ctx, fn->definition));
}

/*
 * Whether `fn` takes, returns or (a BEGIN ATOMIC or RETURN body) reads an
 * enum the plan renames (by its old name; a body read with the renames, by
 * its new one).
 */
static bool names_renamed_enum(const diff_ctx *ctx, const sg_function *fn)
{
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->want->nenums && !found; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		const sg_enum *c = w->renamed_from ? sg_diff__enum_renamed(ctx->cur, ctx->want, w) : NULL;
		for (int side = 0; c && side < 2 && !found; side++) {
			sg_strbuf_reset(&q);
			sg_quote_ident(&q, side ? w->name : c->name);
			found = sg_diff__names_type(fn->types, q.data) || sg_diff__names_type(fn->result, q.data) ||
				(standard_body(fn) && sg_diff__names_type(fn->definition, q.data));
		}
	}
	sg_strbuf_release(&q);
	return found;
}

/* The reason in an operation's description. */
static const char *around_what(const diff_ctx *ctx, const sg_function *fn)
{
	return by_callee(ctx, fn)					      ? "a function it calls"
	       : names_recreated_enum(ctx, fn) || names_renamed_enum(ctx, fn) ? "an enum"
									      : "a domain";
}

static void refuse(diff_ctx *ctx, const sg_function *fn, const char *fmt, ...) SG_PRINTF(3, 4);

static void refuse(diff_ctx *ctx, const sg_function *fn, const char *fmt, ...)
{
	if (ctx->plan->refused)
		return;
	sg_strbuf what = SG_STRBUF_INIT, sb = SG_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&what, fmt, ap);
	va_end(ap);
	sg_strbuf_addf(&sb,
		       "%s '%s(%s)' %s, and is dropped and created around it, while %s: change that in a migration of "
		       "its own first",
		       fn->procedure ? "procedure" : "function", fn->name, fn->types,
		       by_callee(ctx, fn)	       ? "calls a function the plan drops and creates again"
		       : names_recreated_enum(ctx, fn) ? "names an enum the plan creates again"
		       : names_renamed_enum(ctx, fn)   ? "names an enum the plan renames"
						       : "names a domain the plan renames or drops and creates again",
		       what.data);
	ctx->plan->refused = sg_arena_strdup(ctx->plan->arena, sb.data);
	if (!ctx->plan->refused || sg_strbuf_failed(&sb) || sg_strbuf_failed(&what))
		ctx->plan->failed = true;
	sg_strbuf_release(&what);
	sg_strbuf_release(&sb);
}

bool sg_diff__function_around(const diff_ctx *ctx, const sg_function *c)
{
	for (size_t i = 0; i < ctx->naround; i++)
		if (ctx->around[i] == c)
			return true;
	return false;
}

static void add_around(diff_ctx *ctx, const sg_function *fn)
{
	const sg_function **grown = realloc(ctx->around, (ctx->naround + 1) * sizeof(*grown));
	if (!grown) {
		ctx->plan->failed = true;
		return;
	}
	grown[ctx->naround++] = fn;
	ctx->around = grown;
}

/*
 * Whether `text` names a domain re-created by a re-create of its own group
 * (enum's: `*by_enum`) or renamed (`renamed[i]`).
 */
static bool names_redone(const diff_ctx *ctx, const bool *renamed, const char *text, bool *by_enum)
{
	sg_strbuf q = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->cur->ndomains && !found && text; i++) {
		bool redone = sg_diff__domain_redone(ctx, i);
		if (!renamed[i] && !redone)
			continue;
		sg_diff__domain_qname(&q, ctx->cur->domains[i].name);
		found = sg_diff__names_type(text, q.data);
		if (found && redone &&
		    (ctx->domain_group[i] < 0 || sg_diff__domain_group_after_enum(ctx, (size_t)ctx->domain_group[i])))
			*by_enum = true;
	}
	sg_strbuf_release(&q);
	return found;
}

void sg_diff__find_domain_functions(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur;
	/*
	 * A renamed domain too: the catalog prints a function's arguments,
	 * result and BEGIN ATOMIC body with the new name once the rename ran, so
	 * neither the old text (the down, before the rename is undone) nor the
	 * new one (before the rename) could be created around it.
	 */
	bool *renamed = calloc(cur->ndomains + 1, sizeof(bool));
	if (!renamed) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t k = 0; k < ctx->want->ndomains; k++) {
		bool moved = false;
		const sg_domain *c = sg_diff__domain_match(ctx, &ctx->want->domains[k], &moved);
		if (c && moved)
			renamed[c - cur->domains] = true;
	}
	for (size_t f = 0; f < cur->nfunctions && !ctx->plan->failed; f++) {
		const sg_function *fn = &cur->functions[f];
		bool by_enum = false;
		/* The server's dependencies where the catalog read them; else the text. */
		if (fn->domains ? !names_redone(ctx, renamed, fn->domains, &by_enum)
				: !names_redone(ctx, renamed, fn->types, &by_enum) &&
				      !names_redone(ctx, renamed, fn->result, &by_enum) &&
				      !names_redone(ctx, renamed, fn->definition, &by_enum))
			continue;
		if (by_enum) {
			refuse(ctx, fn, "the domain is re-created with the enum it is based on");
			free(renamed);
			return;
		}
		add_around(ctx, fn);
	}
	free(renamed);
	/* Those that name an enum the plan renames, for the same reason as a renamed domain. */
	for (size_t f = 0; f < cur->nfunctions && !ctx->plan->failed; f++)
		if (!sg_diff__function_around(ctx, &cur->functions[f]) && names_renamed_enum(ctx, &cur->functions[f]))
			add_around(ctx, &cur->functions[f]);
	/* Those that name an enum the plan re-creates: created again after it (diff_function.c, new_phase). */
	for (size_t f = 0; f < cur->nfunctions && !ctx->plan->failed; f++)
		if (!sg_diff__function_around(ctx, &cur->functions[f]) && names_recreated_enum(ctx, &cur->functions[f]))
			add_around(ctx, &cur->functions[f]);
	/* The BEGIN ATOMIC and RETURN bodies that call them depend on them: around too, after them in the list. */
	for (bool grew = true; grew && !ctx->plan->failed;) {
		grew = false;
		for (size_t f = 0; f < cur->nfunctions; f++) {
			const sg_function *fn = &cur->functions[f];
			if (sg_diff__function_around(ctx, fn) || !standard_body(fn))
				continue;
			for (size_t i = 0; i < ctx->naround && !grew; i++)
				if (calls(fn->definition, ctx->around[i]->name)) {
					add_around(ctx, fn);
					grew = true;
				}
		}
	}
	ctx->naround_domain = ctx->naround;
}

/*
 * Whether `fn`, as created, calls a function named `name`: an argument's
 * default, its BEGIN ATOMIC or RETURN body (past the header, which names `fn`
 * itself: an overload is not a caller).
 */
static bool calls_when_created(const sg_function *fn, const char *name)
{
	if (calls(fn->arguments, name))
		return true;
	if (!standard_body(fn))
		return false;
	const char *body = strstr(fn->definition, "\nBEGIN ATOMIC");
	return calls(body ? body : strstr(fn->definition, "\nRETURN "), name);
}

void sg_diff__find_callee_functions(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur;
	ctx->naround_domain = ctx->naround;
	const sg_function **seeds = calloc(cur->nfunctions + 1, sizeof(*seeds));
	size_t nseeds = 0;
	if (!seeds) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t f = 0; f < cur->nfunctions; f++) {
		const sg_function *fn = &cur->functions[f];
		if (sg_diff__function_around(ctx, fn) || sg_diff__function_redone_in_place(ctx, fn))
			seeds[nseeds++] = fn;
	}
	for (bool grew = nseeds > 0; grew && !ctx->plan->failed;) {
		grew = false;
		for (size_t f = 0; f < cur->nfunctions && !ctx->plan->failed; f++) {
			const sg_function *fn = &cur->functions[f];
			if (sg_diff__function_around(ctx, fn))
				continue;
			for (size_t i = 0; i < nseeds; i++) {
				/* The current texts name a renamed function by its new name
				 * (sg_diff__renamed_defaults). */
				const sg_function *tw = sg_diff__function_target(ctx, seeds[i]);
				if (seeds[i] != fn && (calls_when_created(fn, seeds[i]->name) ||
						       (tw && calls_when_created(fn, tw->name)))) {
					add_around(ctx, fn);
					seeds[nseeds++] = fn;
					grew = true;
					break;
				}
			}
		}
	}
	free(seeds);
}

/* Whether index `c` of current table `ct` is desired index `w` of `wt` as it is (the table's name aside). */
static bool same_index(const sg_table *ct, const sg_index *c, const sg_table *wt, const sg_index *w)
{
	if (!w || c->unique != w->unique || !sg_str_eq(c->method, w->method) || !sg_str_eq(c->where, w->where) ||
	    c->nelements != w->nelements || !sg_names_eq(c->include, c->ninclude, w->include, w->ninclude))
		return false;
	for (size_t i = 0; i < c->nelements; i++)
		if (!sg_str_eq(c->elements[i], w->elements[i]))
			return false;
	(void)ct;
	(void)wt;
	return true;
}

static void push_default(diff_ctx *ctx, const sg_column *c)
{
	for (size_t i = 0; i < ctx->nearly_defaults; i++)
		if (ctx->early_defaults[i] == c)
			return;
	const sg_column **grown = realloc(ctx->early_defaults, (ctx->nearly_defaults + 1) * sizeof(*grown));
	if (!grown) {
		ctx->plan->failed = true;
		return;
	}
	grown[ctx->nearly_defaults++] = c;
	ctx->early_defaults = grown;
}

/* The callers of around function `fn` in current table `t`: taken off first and put back, or refused. */
static void table_callers(diff_ctx *ctx, const sg_function *fn, size_t t)
{
	const sg_table *ct = &ctx->cur->tables[t], *wt = ctx->cur_match[t];
	const sg_colmap *m = wt ? &ctx->maps[t] : NULL;
	for (size_t i = 0; i < ct->ncolumns && !ctx->plan->refused; i++) {
		const sg_column *cc = &ct->columns[i];
		if (sg_diff__function_calls(fn, 'd', ct->name, cc->name, cc->generated, NULL)) {
			refuse(ctx, fn, "generated column '%s.%s' calls it", ct->name, cc->name);
			return;
		}
		if (!sg_diff__function_calls(fn, 'd', ct->name, cc->name, cc->default_expr, NULL))
			continue;
		if (!wt) {
			refuse(ctx, fn, "table '%s', whose defaults call it, is dropped", ct->name);
			return;
		}
		const sg_column *wc = m->cur_to_want[i];
		if (!wc || m->rebuilt[i]) {
			refuse(ctx, fn, "column '%s.%s', whose default calls it, is dropped", ct->name, cc->name);
			return;
		}
		if (sg_diff__default_dropped_early(ctx, cc))
			continue;
		push_default(ctx, cc);
		sg_diff__alter_column(ctx, &ctx->up, ct->name, cc->name);
		sg_strbuf_adds(&ctx->up, "DROP DEFAULT;");
		sg_diff__alter_column(ctx, &ctx->down, ct->name, cc->name);
		sg_strbuf_addf(&ctx->down, "SET DEFAULT %s;",
			       sg_diff__table_original(ctx, ct)->columns[cc - ct->columns].default_expr);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, wt->name, wc->name,
				   "drop default of %s.%s (it calls %s, created again around %s)", ct->name, cc->name,
				   fn->name, around_what(ctx, fn));
	}
	for (size_t i = 0; i < ct->nconstraints && !ctx->plan->refused; i++) {
		const sg_constraint *c = &ct->constraints[i];
		/* One that casts to a re-created domain too goes and comes back with it (diff_constraint.c). */
		if (c->kind != SG_CON_CHECK ||
		    !sg_diff__function_calls(fn, 'c', ct->name, c->name, c->definition ? c->definition : c->expression,
					     NULL) ||
		    (wt && sg_diff__casts_to_redone_domain(ctx, c, NULL)))
			continue;
		const sg_constraint *w = wt ? sg_table_find_constraint(wt, c->name) : NULL;
		if (!w || !sg_str_eq(c->definition, w->definition) || c->not_valid != w->not_valid) {
			refuse(ctx, fn,
			       wt ? "check '%s.%s', which calls it, changes"
				  : "check '%s.%s', which calls it, "
				    "is dropped",
			       ct->name, c->name);
			return;
		}
		sg_ddl_drop_constraint(&ctx->up, ctx->qual, ct->name, c->name);
		sg_ddl_add_constraint(&ctx->down, ctx->qual, ct->name,
				      &sg_diff__table_original(ctx, ct)->constraints[i], false);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, ct->name, c->name,
				   "drop check %s on %s (it calls %s, created again around %s)", c->name, ct->name,
				   fn->name, around_what(ctx, fn));
		sg_diff__add_constraint(ctx, wt->name, w, true);
	}
	for (size_t i = 0; i < ct->nindexes && !ctx->plan->refused; i++) {
		const sg_index *c = &ct->indexes[i];
		if (!sg_diff__function_calls(fn, 'i', ct->name, c->name, c->definition, NULL) ||
		    (wt && sg_diff__casts_to_redone_domain(ctx, NULL, c)))
			continue;
		const sg_index *w = wt ? sg_table_find_index(wt, c->name) : NULL;
		if (!w || !same_index(ct, c, wt, w)) {
			refuse(ctx, fn,
			       wt ? "index '%s.%s', which calls it, changes"
				  : "index '%s.%s', which calls it, "
				    "is dropped",
			       ct->name, c->name);
			return;
		}
		sg_ddl_drop_index(&ctx->up, ctx->qual, c->name, false);
		sg_ddl_create_index(&ctx->down, ctx->qual, ct->name, &sg_diff__table_original(ctx, ct)->indexes[i],
				    false);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, ct->name, c->name,
				   "drop index %s on %s (it calls %s, created again around %s)", c->name, ct->name,
				   fn->name, around_what(ctx, fn));
		sg_diff__create_index(ctx, wt->name, w, true);
	}
}

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_function *fn)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_addf(sb, "DROP %s ", fn->procedure ? "PROCEDURE" : "FUNCTION");
	sg_ddl_name(sb, ctx->qual, fn->name);
	sg_strbuf_addf(sb, "(%s);", fn->identity);
}

/*
 * Column defaults that cast to a domain the plan drops and creates again
 * (`7::qty`; DROP DOMAIN refuses while they exist), or to an enum it
 * re-creates on a column of another type: taken off before the
 * re-create and set again by the column's change (or gone with their column
 * or table).  A generated column that casts to one is refused (re-creating
 * it empties it).  Checks and indexes that do are dropped before it and added
 * again after it (diff_constraint.c, sg_diff__casts_to_redone_domain).
 */
static void domain_cast_defaults(diff_ctx *ctx)
{
	for (size_t t = 0; (ctx->domain_group || ctx->nrecreated) && t < ctx->cur->ntables && !ctx->plan->refused;
	     t++) {
		const sg_table *ct = &ctx->cur->tables[t], *wt = ctx->cur_match[t];
		const sg_colmap *m = wt ? &ctx->maps[t] : NULL;
		for (size_t i = 0; i < ct->ncolumns && !ctx->plan->refused; i++) {
			const sg_column *cc = &ct->columns[i];
			if (sg_diff__text_names_redone_domain(ctx, cc->generated)) {
				sg_strbuf sb = SG_STRBUF_INIT;
				sg_strbuf_addf(&sb,
					       "generated column '%s.%s' casts to a domain the plan drops and creates "
					       "again: change that in a migration of its own first",
					       ct->name, cc->name);
				ctx->plan->refused = sg_arena_strdup(ctx->plan->arena, sb.data);
				if (!ctx->plan->refused || sg_strbuf_failed(&sb))
					ctx->plan->failed = true;
				sg_strbuf_release(&sb);
				return;
			}
			/*
			 * One that casts to an enum the plan re-creates, on a column of
			 * another type (the re-create moves its own columns' defaults, and
			 * those of the domains it takes along), holds the old type too:
			 * DROP TYPE refused while it existed.
			 */
			bool by_enum = !sg_diff__uses_recreated_enum(ctx, cc) && !sg_diff__type_redone(ctx, cc->type) &&
				       sg_diff__text_names_recreated_enum(ctx, cc->default_expr);
			if ((!by_enum && !sg_diff__text_names_redone_domain(ctx, cc->default_expr)) ||
			    sg_diff__default_dropped_early(ctx, cc))
				continue;
			const sg_column *wc = m ? m->cur_to_want[i] : NULL;
			if (wc && !m->rebuilt[i])
				push_default(ctx, cc);
			sg_diff__alter_column(ctx, &ctx->up, ct->name, cc->name);
			sg_strbuf_adds(&ctx->up, "DROP DEFAULT;");
			sg_diff__alter_column(ctx, &ctx->down, ct->name, cc->name);
			sg_strbuf_addf(&ctx->down, "SET DEFAULT %s;",
				       sg_diff__table_original(ctx, ct)->columns[i].default_expr);
			sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, ct->name, cc->name,
					   "drop default of %s.%s (it casts to %s created again)", ct->name, cc->name,
					   by_enum ? "an enum" : "a domain");
		}
	}
}

const sg_function *sg_diff__function_original(const diff_ctx *ctx, const sg_function *fn)
{
	size_t i = (size_t)(fn - ctx->cur->functions);
	const sg_schema *o = ctx->cur_original;
	if (!o || o->nfunctions != ctx->cur->nfunctions || strcmp(o->functions[i].name, fn->name) != 0)
		return fn;
	return &o->functions[i];
}

void sg_diff__domain_function_callers(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur;
	domain_cast_defaults(ctx);
	for (size_t f = 0; f < ctx->naround && !ctx->plan->refused && !ctx->plan->failed; f++) {
		const sg_function *fn = ctx->around[f];
		for (size_t i = 0; i < cur->ndomains && !ctx->plan->refused; i++) {
			const sg_domain *d = &cur->domains[i];
			bool in_check = false;
			for (size_t k = 0; k < d->nchecks; k++)
				in_check = in_check || sg_diff__function_calls(fn, 'k', d->name, d->checks[k].name,
									       d->checks[k].expression, NULL);
			if (in_check || calls(d->default_expr, fn->name))
				refuse(ctx, fn, "the %s of domain '%s' calls it", in_check ? "check" : "default",
				       d->name);
		}
		for (size_t t = 0; t < cur->ntables && !ctx->plan->refused; t++)
			table_callers(ctx, fn, t);
	}
}

void sg_diff__drop_domain_functions(diff_ctx *ctx)
{
	/* The functions, those whose bodies call others first; the down creates them as they were. */
	for (size_t f = ctx->naround; f-- > 0 && !ctx->plan->refused && !ctx->plan->failed;) {
		const sg_function *fn = ctx->around[f];
		drop_sql(ctx, &ctx->up, fn);
		/* The down runs once the renames are undone: the text as the catalog read it. */
		sg_diff__function_create_sql(ctx, &ctx->down, sg_diff__function_original(ctx, fn), fn->name);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_DOMAIN_FUNCTION, NULL, fn->name,
				   "drop %s %s(%s) (created again around %s)", fn->procedure ? "procedure" : "function",
				   fn->name, fn->identity, around_what(ctx, fn));
	}
}

bool sg_diff__calls_around(const diff_ctx *ctx, const char *text)
{
	for (size_t i = 0; i < ctx->naround; i++)
		if (calls(text, ctx->around[i]->name))
			return true;
	return false;
}
