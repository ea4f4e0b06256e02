/*
 * Function, domain and enum renames seen through the expressions that use them
 * (docs/diff.md, "Functions and procedures", "Domains", "Enums").  A default, a
 * generated column, a check or an index expression calls a function and casts
 * to a domain by oid, so after `ALTER FUNCTION ... RENAME TO` or `ALTER
 * DOMAIN ... RENAME TO` the catalog prints them with the new name.  The
 * current side's texts are read with the new names before anything is
 * compared (as diff_sequence.c does for renamed sequences): an expression that
 * differs only by the renamed name is no change, and the downs of the changes,
 * which run before the rename is undone (renames are in
 * SG_PHASE_CREATE_DOMAIN and SG_PHASE_CREATE_FUNCTION), name it as it then
 * is.  Only the callers of a renamed function itself are read so (pg_depend,
 * sg_function.callers), not those of another function of its old name (an
 * overload); in a schema built otherwise, a function name that another
 * current function has too is left alone: which one a call means is not
 * known.  A cast is `::name` as the catalog prints it.
 */
#include <ctype.h>
#include <string.h>

#include "diff_int.h"

typedef struct fn_rename {
	sg_strbuf from, to;   /* quoted names */
	bool cast;	      /* a domain: `::from`; else a function: `from(` */
	const sg_function *c; /* the current function renamed (NULL: a domain) */
	bool unique;	      /* no other current function has c's name */
} fn_rename;

static size_t count_named(const sg_schema *s, const char *name)
{
	size_t n = 0;
	for (size_t i = 0; i < s->nfunctions; i++)
		n += strcmp(s->functions[i].name, name) == 0;
	return n;
}

/* Whether desired `w` renames a current function that no other current function shares a name with. */
static bool plain_rename(const sg_schema *cur, const sg_schema *want, const sg_function *w)
{
	if (!w->renamed_from || strcmp(w->renamed_from, w->name) == 0)
		return false;
	const sg_function *c = sg_schema_find_function(cur, w->renamed_from, w->types);
	return c && !sg_schema_find_function(want, c->name, c->types) &&
	       !sg_schema_find_function(cur, w->name, w->types) && (c->callers_read || count_named(cur, c->name) == 1);
}

/* Whether desired domain `w` renames a current one (sg_diff__domain_match's rule). */
static bool domain_rename(const sg_schema *cur, const sg_schema *want, const sg_domain *w)
{
	return w->renamed_from && strcmp(w->renamed_from, w->name) != 0 && !sg_schema_find_domain(cur, w->name) &&
	       sg_schema_find_domain(cur, w->renamed_from) && !sg_schema_find_domain(want, w->renamed_from);
}

/* `text` with the calls of `r->from` naming `r->to`, into out; false when it has none. */
static bool rename_calls(const char *text, const fn_rename *r, sg_strbuf *out)
{
	const char *from = r->from.data;
	size_t len = r->from.len;
	bool any = false;
	sg_strbuf_reset(out);
	const char *p = text;
	for (const char *hit = strstr(p, from); hit; hit = strstr(hit + 1, from)) {
		char before = hit == text ? ' ' : hit[-1];
		const char *after = hit + len;
		if (r->cast ? hit - text < 2 || hit[-1] != ':' || hit[-2] != ':'
			    : isalnum((unsigned char)before) || before == '_' || before == '$' || before == '"' ||
				  before == '.')
			continue;
		if (from[0] != '"' && (isalnum((unsigned char)*after) || *after == '_' || *after == '$'))
			continue;
		const char *paren = after;
		while (*paren == ' ')
			paren++;
		if (!r->cast && *paren != '(')
			continue;
		sg_strbuf_add(out, p, (size_t)(hit - p));
		sg_strbuf_adds(out, r->to.data);
		p = after;
		hit = after - 1;
		any = true;
	}
	sg_strbuf_adds(out, p);
	return any;
}

/* Where a text is: the caller `name` of relation `rel`, of kind `kind` (sg_diff__function_calls). */
typedef struct caller_key {
	char kind;
	const char *rel, *name;
} caller_key;

/*
 * *field, the text of caller `at`, with every rename applied (a function's
 * only where `at` calls that very function; a copy in the arena when it
 * changes).
 */
static void patch(sg_plan *plan, const char **field, caller_key at, const fn_rename *r, size_t n, sg_strbuf *tmp,
		  sg_strbuf *cur)
{
	if (!*field)
		return;
	bool changed = false;
	sg_strbuf_reset(cur);
	sg_strbuf_adds(cur, *field);
	for (size_t i = 0; i < n; i++)
		/* A function's own text (kind 0) has no callers list: a name only one function has. */
		if ((!r[i].c || (at.kind ? sg_diff__function_calls(r[i].c, at.kind, at.rel, at.name, *field, NULL)
					 : r[i].unique)) &&
		    rename_calls(cur->data, &r[i], tmp)) {
			sg_strbuf_reset(cur);
			sg_strbuf_adds(cur, tmp->data);
			changed = true;
		}
	if (!changed)
		return;
	const char *copy = sg_arena_strdup(plan->arena, cur->data);
	if (!copy || sg_strbuf_failed(cur) || sg_strbuf_failed(tmp))
		plan->failed = true;
	else
		*field = copy;
}

/* A copy of the n items of `array` in the arena (NULL and plan->failed when out of memory). */
static void *copied(sg_plan *plan, const void *array, size_t n, size_t size)
{
	if (!n)
		return NULL;
	void *out = sg_arena_array(plan->arena, n, size);
	if (!out)
		plan->failed = true;
	else
		memcpy(out, array, n * size);
	return out;
}

size_t sg_diff__function_header_len(const char *def)
{
	const char *as = strstr(def, "\nAS "), *atomic = strstr(def, "\nBEGIN ATOMIC"), *ret = strstr(def, "\nRETURN ");
	bool string_body = as && (!atomic || as < atomic) && (!ret || as < ret);
	return string_body ? (size_t)(as - def) : strlen(def);
}

void sg_diff__rewrite_function_texts(sg_plan *plan, sg_schema *s, sg_diff__text_rewrite rewrite, void *ctx)
{
	sg_function *fns = NULL;
	sg_strbuf out = SG_STRBUF_INIT, whole = SG_STRBUF_INIT;
	for (size_t i = 0; i < s->nfunctions && !plan->failed; i++) {
		const sg_function *c = &s->functions[i];
		const char *args = c->arguments, *def = c->definition;
		if (args && rewrite(ctx, args, &out))
			args = sg_arena_strdup(plan->arena, out.data);
		if (def) {
			/* Not its own name (`CREATE OR REPLACE FUNCTION name(`): from the first `(` outside quotes. */
			size_t own = 0;
			for (bool quoted = false; def[own] && (quoted || def[own] != '('); own++)
				quoted ^= def[own] == '"';
			size_t head = sg_diff__function_header_len(def);
			char *part = head > own ? sg_arena_strndup(plan->arena, def + own, head - own) : NULL;
			if (head > own && !part) {
				plan->failed = true;
				break;
			}
			if (part && rewrite(ctx, part, &out)) {
				sg_strbuf_reset(&whole);
				sg_strbuf_add(&whole, def, own);
				sg_strbuf_adds(&whole, out.data);
				sg_strbuf_adds(&whole, def + head);
				def = sg_arena_strdup(plan->arena, whole.data);
			}
		}
		if (args == c->arguments && def == c->definition)
			continue;
		if (!fns && (fns = sg_arena_array(plan->arena, s->nfunctions, sizeof(sg_function))))
			memcpy(fns, s->functions, s->nfunctions * sizeof(sg_function));
		if (!fns || (c->arguments && !args) || (c->definition && !def) || sg_strbuf_failed(&out) ||
		    sg_strbuf_failed(&whole)) {
			plan->failed = true;
			break;
		}
		fns[i].arguments = args;
		fns[i].definition = def;
	}
	sg_strbuf_release(&out);
	sg_strbuf_release(&whole);
	if (fns)
		s->functions = fns;
}

/* The renames of a function's own text (no callers list: a name only one function has). */
typedef struct fn_text_renames {
	sg_plan *plan;
	const fn_rename *r;
	size_t n;
	sg_strbuf *tmp, *cur;
} fn_text_renames;

static bool rename_in_text(void *ctx, const char *text, sg_strbuf *out)
{
	fn_text_renames *t = ctx;
	const char *p = text;
	patch(t->plan, &p, (caller_key){0}, t->r, t->n, t->tmp, t->cur);
	if (p == text)
		return false;
	sg_strbuf_reset(out);
	sg_strbuf_adds(out, p);
	return true;
}

/* Whether view `v` calls `fn` itself (pg_depend: "name(types)" among its reads). */
static bool view_calls(const sg_view *v, const sg_function *fn)
{
	size_t len = strlen(fn->name), tlen = strlen(fn->types);
	for (size_t i = 0; i < v->nreads; i++) {
		const char *rd = v->reads[i];
		if (strncmp(rd, fn->name, len) == 0 && rd[len] == '(' && strncmp(rd + len + 1, fn->types, tlen) == 0 &&
		    strcmp(rd + len + 1 + tlen, ")") == 0)
			return true;
	}
	return false;
}

/* Whether view `v` calls another function of `fn`'s name than `fn` (an overload its text cannot tell apart). */
static bool view_calls_other(const sg_view *v, const sg_function *fn)
{
	size_t len = strlen(fn->name);
	for (size_t i = 0; i < v->nreads; i++)
		if (strncmp(v->reads[i], fn->name, len) == 0 && v->reads[i][len] == '(' && !view_calls(v, fn))
			return true;
	return false;
}

/*
 * A view's text with the renames of the functions it calls (pg_depend; an
 * overload of the same name called too leaves it as it is: a change).  Its
 * creation text too: the up only replaces a view after the renames, and a
 * down that replaces it back runs before they are undone.  A view dropped
 * runs before them, and its down after they are undone: it is created from
 * the text as the catalog read it (sg_diff__view_original).
 */
static void patch_view(sg_plan *plan, sg_view *v, const fn_rename *r, size_t n, sg_strbuf *tmp, sg_strbuf *cur)
{
	for (size_t i = 0; i < n && !plan->failed; i++) {
		if (!r[i].c || !view_calls(v, r[i].c) || view_calls_other(v, r[i].c))
			continue;
		const char **fields[] = {&v->query, &v->query_written, &v->query_again};
		for (size_t f = 0; f < sizeof(fields) / sizeof(fields[0]); f++)
			patch(plan, fields[f], (caller_key){0},
			      &(fn_rename){.from = r[i].from, .to = r[i].to, .unique = true}, 1, tmp, cur);
	}
}

/*
 * A trigger's text with the rename of its own function (the one it
 * executes), and of a function its WHEN calls that no other current
 * function shares a name with.  Triggers are dropped before the renames, so
 * the down of one dropped creates it from the text as the catalog read it.
 */
static void patch_trigger(sg_plan *plan, sg_trigger *tg, const fn_rename *r, size_t n, sg_strbuf *tmp, sg_strbuf *cur)
{
	for (size_t i = 0; i < n && !plan->failed; i++) {
		if (!r[i].c)
			continue;
		bool own = tg->function_name && tg->function_types && strcmp(tg->function_name, r[i].c->name) == 0 &&
			   strcmp(tg->function_types, r[i].c->types) == 0;
		bool when = tg->when && r[i].unique && sg_diff__text_calls(tg->when, r[i].c->name);
		if (!own && !when)
			continue;
		/* Its own function, called in its WHEN too as an overload: not told apart. */
		if (!r[i].unique && tg->when && sg_diff__text_calls(tg->when, r[i].c->name))
			continue;
		fn_rename one = {.from = r[i].from, .to = r[i].to, .unique = true};
		patch(plan, &tg->definition, (caller_key){0}, &one, 1, tmp, cur);
		patch(plan, &tg->when, (caller_key){0}, &one, 1, tmp, cur);
		patch(plan, &tg->function, (caller_key){0}, &one, 1, tmp, cur);
	}
}

/* Triggers `list` (n of them) copied into the arena, each with the renames of patch_trigger. */
static sg_trigger *patched_triggers(sg_plan *plan, sg_trigger *list, size_t count, const fn_rename *r, size_t n,
				    sg_strbuf *tmp, sg_strbuf *cur)
{
	sg_trigger *out = copied(plan, list, count, sizeof(sg_trigger));
	for (size_t k = 0; out && k < count; k++)
		patch_trigger(plan, &out[k], r, n, tmp, cur);
	return out ? out : list;
}

/* Rename `from` to `to`: of a function (current `c`, calls `from(`) or, `cast`, of a type (casts `::from`). */
static void add_rename(fn_rename *r, const char *from, const char *to, bool cast, const sg_function *c, bool unique)
{
	sg_strbuf_init(&r->from);
	sg_strbuf_init(&r->to);
	sg_quote_ident(&r->from, from);
	sg_quote_ident(&r->to, to);
	r->c = c;
	r->unique = unique;
	r->cast = cast;
}

const sg_schema *sg_diff__renamed_function_callers(sg_plan *plan, const sg_schema *cur, const sg_schema *want,
						   sg_schema *storage)
{
	size_t n = 0;
	for (size_t i = 0; i < want->nfunctions; i++)
		n += plain_rename(cur, want, &want->functions[i]);
	for (size_t i = 0; i < want->ndomains; i++)
		n += domain_rename(cur, want, &want->domains[i]);
	for (size_t i = 0; i < want->nenums; i++)
		n += sg_diff__enum_renamed(cur, want, &want->enums[i]) != NULL;
	if (!n)
		return cur;
	fn_rename *r = sg_arena_array(plan->arena, n, sizeof(*r));
	sg_table *tables = copied(plan, cur->tables, cur->ntables, sizeof(sg_table));
	if (!r || (cur->ntables && !tables)) {
		plan->failed = true;
		return cur;
	}
	n = 0;
	for (size_t i = 0; i < want->nfunctions; i++) {
		const sg_function *w = &want->functions[i];
		if (plain_rename(cur, want, w))
			add_rename(&r[n++], w->renamed_from, w->name, false,
				   sg_schema_find_function(cur, w->renamed_from, w->types),
				   count_named(cur, w->renamed_from) == 1);
	}
	for (size_t i = 0; i < want->ndomains; i++) {
		const sg_domain *w = &want->domains[i];
		if (domain_rename(cur, want, w))
			add_rename(&r[n++], w->renamed_from, w->name, true, NULL, true);
	}
	/* An enum's casts alike (`'a'::mood`, diff_enum.c). */
	for (size_t i = 0; i < want->nenums; i++) {
		const sg_enum *w = &want->enums[i];
		if (sg_diff__enum_renamed(cur, want, w))
			add_rename(&r[n++], w->renamed_from, w->name, true, NULL, true);
	}
	sg_strbuf tmp = SG_STRBUF_INIT, text = SG_STRBUF_INIT;
	for (size_t t = 0; t < cur->ntables && !plan->failed; t++) {
		sg_table *tb = &tables[t];
		sg_column *cols = copied(plan, tb->columns, tb->ncolumns, sizeof(sg_column));
		sg_constraint *cons = copied(plan, tb->constraints, tb->nconstraints, sizeof(sg_constraint));
		sg_index *idx = copied(plan, tb->indexes, tb->nindexes, sizeof(sg_index));
		if (plan->failed)
			break;
		for (size_t k = 0; k < tb->ncolumns; k++) {
			caller_key at = {'d', tb->name, cols[k].name};
			patch(plan, &cols[k].default_expr, at, r, n, &tmp, &text);
			patch(plan, &cols[k].generated, at, r, n, &tmp, &text);
		}
		for (size_t k = 0; k < tb->nconstraints; k++) {
			if (cons[k].kind != SG_CON_CHECK)
				continue;
			caller_key at = {'c', tb->name, cons[k].name};
			patch(plan, &cons[k].expression, at, r, n, &tmp, &text);
			patch(plan, &cons[k].definition, at, r, n, &tmp, &text);
		}
		for (size_t k = 0; k < tb->nindexes; k++) {
			caller_key at = {'i', tb->name, idx[k].name};
			patch(plan, &idx[k].definition, at, r, n, &tmp, &text);
			patch(plan, &idx[k].exclusion, at, r, n, &tmp, &text);
			patch(plan, &idx[k].where, at, r, n, &tmp, &text);
			const char **el = copied(plan, idx[k].elements, idx[k].nelements, sizeof(*el));
			for (size_t e = 0; el && e < idx[k].nelements; e++)
				patch(plan, &el[e], at, r, n, &tmp, &text);
			if (el)
				idx[k].elements = el;
		}
		tb->columns = cols;
		tb->constraints = cons;
		tb->indexes = idx;
		tb->triggers = patched_triggers(plan, tb->triggers, tb->ntriggers, r, n, &tmp, &text);
	}
	sg_view *views = copied(plan, cur->views, cur->nviews, sizeof(sg_view));
	for (size_t v = 0; views && v < cur->nviews && !plan->failed; v++) {
		patch_view(plan, &views[v], r, n, &tmp, &text);
		/* A materialized view's indexes, as a table's (their downs: sg_diff__view_original). */
		sg_index *idx = copied(plan, views[v].indexes, views[v].nindexes, sizeof(sg_index));
		for (size_t k = 0; idx && k < views[v].nindexes; k++) {
			caller_key at = {'i', views[v].name, idx[k].name};
			patch(plan, &idx[k].definition, at, r, n, &tmp, &text);
			patch(plan, &idx[k].where, at, r, n, &tmp, &text);
			const char **el = copied(plan, idx[k].elements, idx[k].nelements, sizeof(*el));
			for (size_t e = 0; el && e < idx[k].nelements; e++)
				patch(plan, &el[e], at, r, n, &tmp, &text);
			if (el)
				idx[k].elements = el;
		}
		if (idx)
			views[v].indexes = idx;
		views[v].triggers = patched_triggers(plan, views[v].triggers, views[v].ntriggers, r, n, &tmp, &text);
	}
	/* Domains' defaults and checks (`VALUE::qty`, a function's call) as tables' (their early downs: diff_domain.c).
	 */
	sg_domain *doms = copied(plan, cur->domains, cur->ndomains, sizeof(sg_domain));
	for (size_t d = 0; doms && d < cur->ndomains && !plan->failed; d++) {
		patch(plan, &doms[d].default_expr, (caller_key){0}, r, n, &tmp, &text);
		sg_domain_check *ck = copied(plan, doms[d].checks, doms[d].nchecks, sizeof(sg_domain_check));
		for (size_t k = 0; ck && k < doms[d].nchecks; k++)
			patch(plan, &ck[k].expression, (caller_key){'k', doms[d].name, ck[k].name}, r, n, &tmp, &text);
		if (ck)
			doms[d].checks = ck;
	}
	*storage = *cur;
	storage->tables = tables;
	if (views)
		storage->views = views;
	if (doms)
		storage->domains = doms;
	if (!plan->failed)
		sg_diff__rewrite_function_texts(
		    plan, storage, rename_in_text,
		    &(fn_text_renames){.plan = plan, .r = r, .n = n, .tmp = &tmp, .cur = &text});
	for (size_t i = 0; i < n; i++) {
		sg_strbuf_release(&r[i].from);
		sg_strbuf_release(&r[i].to);
	}
	sg_strbuf_release(&tmp);
	sg_strbuf_release(&text);
	return storage;
}
