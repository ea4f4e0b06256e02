/*
 * Constants of a domain or enum of the models in the randomized diff
 * suite's schemas (see random_model.h): other domains' defaults and checks
 * cast one (`(7)::d`, `(('v'::mood))::text`), triggers' WHENs test one, and
 * functions take or return the type (a predicate's argument, a default
 * function's result).  When the domain is renamed or re-created, or the
 * enum re-created, the plan must take these off and put them back around
 * it (docs/diff.md, Dependents dropped and created again around a change);
 * only golden cases covered them before.  Every text keeps the values the
 * rows see: the defaults give 7, 'd' or an enum value, the checks and
 * predicates hold or are NULL.
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

void tref_text(char *out, size_t len, const rtref *r)
{
	char q[NAMELEN + 4];
	sql_ident(q, sizeof(q), r->type);
	snprintf(out, len, "(%s)::%s", r->lit, q);
}

/* Whether enum e has the value a literal 'v' names. */
static bool enum_has_lit(const renum *e, const char *lit)
{
	size_t n = strlen(lit);
	for (int i = 0; n >= 2 && i < e->nvalues; i++)
		if (strlen(e->values[i]) == n - 2 && strncmp(e->values[i], lit + 1, n - 2) == 0)
			return true;
	return false;
}

/* The first value of e as a literal; false when e has none (or one that needs quoting). */
static bool enum_lit(char *out, size_t len, const renum *e)
{
	for (int i = 0; i < e->nvalues; i++)
		if (!strchr(e->values[i], '\'') && !strchr(e->values[i], '\\')) {
			snprintf(out, len, "'%s'", e->values[i]);
			return true;
		}
	return false;
}

bool tref_exists(rschema *s, const rtref *r)
{
	if (!r->type[0])
		return false;
	rdomain *d = find_domain(s, r->type);
	if (d)
		return strcmp(r->lit, d->base == T_TEXT ? "'d'" : "7") == 0;
	renum *e = find_enum(s, r->type);
	return e && enum_has_lit(e, r->lit);
}

/* r made valid again: an enum's literal that went is replaced by one of its values; type "" when gone. */
static void tref_fix(rschema *s, rtref *r)
{
	if (!r->type[0] || tref_exists(s, r))
		return;
	rdomain *d = find_domain(s, r->type);
	renum *e = d ? NULL : find_enum(s, r->type);
	if (d)
		snprintf(r->lit, sizeof(r->lit), "%s", d->base == T_TEXT ? "'d'" : "7");
	else if (!e || !enum_lit(r->lit, sizeof(r->lit), e))
		memset(r, 0, sizeof(*r));
}

void trefs_follow(rschema *s, const char *from, const char *to)
{
	rtref *refs[MAXD + MAXF + MAXT * MAXTR];
	int n = 0;
	for (int i = 0; i < s->ndomains; i++)
		refs[n++] = &s->domains[i].ref;
	for (int i = 0; i < s->nfuncs; i++)
		refs[n++] = &s->funcs[i].tref;
	for (int ti = 0; ti < s->ntables; ti++)
		for (int k = 0; k < s->tables[ti].ntrigs; k++)
			refs[n++] = &s->tables[ti].trigs[k].wref;
	for (int i = 0; i < n; i++)
		if (strcmp(refs[i]->type, from) == 0) {
			if (to)
				name_copy(refs[i]->type, to);
			else
				memset(refs[i], 0, sizeof(*refs[i]));
		}
}

/* Whether r is a constant of a domain over integer or bigint. */
static bool int_domain(rschema *s, const rtref *r)
{
	rdomain *d = find_domain(s, r->type);
	return d && d->base != T_TEXT;
}

void domain_default_text(char *out, size_t len, const rdomain *d)
{
	char t[3 * NAMELEN];
	if (!d->ref_dflt) {
		snprintf(out, len, "%s", d->base == T_TEXT ? "'d'" : "7");
		return;
	}
	tref_text(t, sizeof(t), &d->ref);
	snprintf(out, len, d->base == T_TEXT ? "(%s)::text" : "%s", t);
}

void domain_check_text(char *out, size_t len, const rdomain *d)
{
	char t[3 * NAMELEN];
	out[0] = '\0';
	if (!d->ref_check)
		return;
	tref_text(t, sizeof(t), &d->ref);
	snprintf(out, len, "%s IS NOT NULL OR VALUE IS NULL", t);
}

void when_tref_text(char *out, size_t len, const char *col, const rtref *r)
{
	char t[3 * NAMELEN];
	tref_text(t, sizeof(t), r);
	/* A domain's constant tested, an enum's compared with itself (both hold for any row). */
	if (r->lit[0] == '\'' && strcmp(r->lit, "'d'") != 0)
		snprintf(out, len, "NEW.%s IS NOT NULL OR %s <> %s", col, t, t);
	else
		snprintf(out, len, "NEW.%s IS NOT NULL OR %s IS NULL", col, t);
}

/* Whether column c is of the domain or enum r names. */
static bool col_of(const rcol *c, const char *type)
{
	return strcmp(c->domain, type) == 0 || (c->type == -1 && !c->array && strcmp(c->enum_name, type) == 0);
}

bool tref_default_fits(rschema *s, const rfunc *f, const rcol *c)
{
	if (!f->tref.type[0])
		return true;
	if (col_of(c, f->tref.type))
		return true;
	if (c->domain[0] || c->array)
		return false;
	rdomain *d = find_domain(s, f->tref.type);
	if (!d)
		return false; /* an enum's: only a column of it */
	return d->base == T_TEXT ? col_family(c) == F_TXT
				 : col_family(c) == F_NUM && c->type >= 0 && rtypes[c->type].intlike;
}

void sanitize_trefs(rschema *s)
{
	/* Domains: no chains (a target names nothing itself), a default only where the base takes it. */
	for (int i = 0; i < s->ndomains; i++) {
		rdomain *d = &s->domains[i];
		tref_fix(s, &d->ref);
		rdomain *target = d->ref.type[0] ? find_domain(s, d->ref.type) : NULL;
		if (target && (target == d || target->ref.type[0]))
			memset(&d->ref, 0, sizeof(d->ref));
		if (d->ref.type[0] && d->base != T_TEXT && !int_domain(s, &d->ref))
			d->ref_dflt = false;
		if (!d->ref.type[0] || !d->dflt)
			d->ref_dflt = false;
		if (!d->ref.type[0])
			d->ref_check = false;
		if (!d->ref_dflt && !d->ref_check)
			memset(&d->ref, 0, sizeof(d->ref));
	}
	for (int ti = 0; ti < s->ntables; ti++)
		for (int k = 0; k < s->tables[ti].ntrigs; k++) {
			rtrig *g = &s->tables[ti].trigs[k];
			if (g->when != 3) {
				memset(&g->wref, 0, sizeof(g->wref));
				continue;
			}
			tref_fix(s, &g->wref);
			if (!g->wref.type[0])
				g->when = 1;
		}
	/* Functions: one whose type went takes or returns what it did before (text, integer). */
	for (int i = 0; i < s->nfuncs; i++) {
		rfunc *f = &s->funcs[i];
		tref_fix(s, &f->tref);
		if (f->role != R_PRED && f->role != R_DEFAULT)
			memset(&f->tref, 0, sizeof(f->tref));
		if (!f->tref.type[0])
			continue;
		f->extra_arg = f->int_arg = f->big = f->currval = false;
		f->seq[0] = f->callee[0] = f->view[0] = '\0';
		for (int k = 0; k < s->nfuncs; k++) /* its result is no integer to add to another's */
			if (strcmp(s->funcs[k].callee, f->name) == 0)
				s->funcs[k].callee[0] = '\0';
	}
	/* Their callers: a check on a column of the type, no index (it casts its column to text). */
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int k = 0; k < t->nchecks; k++) {
			rcheck *x = &t->checks[k];
			if (x->kind != 6 && x->kind != 8)
				continue;
			rfunc *f = find_func(s, x->fn, R_PRED);
			rcol *c = find_col(t, x->a);
			bool typed = f && f->tref.type[0];
			if (typed && c && col_of(c, f->tref.type))
				x->kind = 8;
			else if (!typed && x->kind == 8)
				x->kind = 6;
			else if (typed)
				drop_at(t->checks, &t->nchecks, k--, sizeof(rcheck));
		}
		for (int k = 0; k < t->nindexes; k++) {
			rfunc *f = t->indexes[k].kind == 5 ? find_func(s, t->indexes[k].fn, R_PRED) : NULL;
			if (f && f->tref.type[0])
				drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
		}
	}
}
