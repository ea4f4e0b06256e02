/*
 * Links between objects in the randomized diff suite's schemas (see
 * random_model.h) that only golden cases covered before: casts to a domain
 * (`x::d`) in checks, index expressions, generated columns and defaults;
 * default functions whose BEGIN ATOMIC or RETURN body reads a sequence
 * (nextval, or currval in a branch never taken), calls another function of
 * the models or counts the rows of a view; a predicate whose argument default
 * calls a default function.  Each keeps the values the rows see: the casts'
 * domains are nullable and their checks always hold, the bodies' extra terms
 * add zero.  Renames are followed here; what loses its target is dropped.
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

rdomain *find_domain(rschema *s, const char *name)
{
	for (int i = 0; i < s->ndomains; i++)
		if (strcmp(s->domains[i].name, name) == 0)
			return &s->domains[i];
	return NULL;
}

void domain_default(char *out, size_t len, const rdomain *d)
{
	char q[NAMELEN + 4];
	sql_ident(q, sizeof(q), d->name);
	snprintf(out, len, d->base == T_TEXT ? "'d'::%s" : "7::%s", q);
}

rdomain *default_domain(rschema *s, const rcol *c)
{
	char text[NAMELEN + 16];
	for (int i = 0; c->dflt[0] && i < s->ndomains; i++) {
		domain_default(text, sizeof(text), &s->domains[i]);
		if (strcmp(text, c->dflt) == 0)
			return &s->domains[i];
	}
	return NULL;
}

void domain_rename(rschema *s, rdomain *d, const char *prefix, const char *original)
{
	rname old;
	name_copy(old, d->name);
	snprintf(d->name, NAMELEN, "%s%d", prefix, fresh_id(s));
	if (!d->renamed_from[0] && strncmp(old, original, strlen(original)) == 0)
		name_copy(d->renamed_from, old);
	domain_follow(s, old, d->name, d->base);
}

void domain_follow(rschema *s, const char *from, const char *to, int base)
{
	rdomain old = {0}, now = {0};
	char before[NAMELEN + 16], after[NAMELEN + 16];
	name_copy(old.name, from);
	name_copy(now.name, to ? to : from);
	old.base = now.base = base;
	domain_default(before, sizeof(before), &old);
	domain_default(after, sizeof(after), &now);
	if (!to || strcmp(from, to) != 0)
		trefs_follow(s, from, to);
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->ncols; i++) {
			rcol *c = &t->cols[i];
			if (strcmp(c->domain, from) == 0) {
				snprintf(c->domain, NAMELEN, "%s", to ? to : "");
				c->type = base;
				set_spelling(c);
			}
			if (!to)
				continue;
			if (strcmp(c->gdom, from) == 0)
				name_copy(c->gdom, to);
			if (strcmp(c->dflt, before) == 0)
				snprintf(c->dflt, sizeof(c->dflt), "%s", after);
		}
		for (int k = 0; to && k < t->nchecks; k++)
			if (t->checks[k].kind == 7 && strcmp(t->checks[k].dom, from) == 0)
				name_copy(t->checks[k].dom, to);
		for (int k = 0; to && k < t->nindexes; k++)
			if (t->indexes[k].kind == 6 && strcmp(t->indexes[k].dom, from) == 0)
				name_copy(t->indexes[k].dom, to);
	}
}

void funcs_follow_sequence(rschema *s, const char *from, const char *to)
{
	for (int i = 0; i < s->nfuncs; i++)
		if (strcmp(s->funcs[i].seq, from) == 0)
			name_copy(s->funcs[i].seq, to);
}

void funcs_follow_view(rschema *s, const char *from, const char *to)
{
	for (int i = 0; i < s->nfuncs; i++)
		if (strcmp(s->funcs[i].view, from) == 0)
			name_copy(s->funcs[i].view, to);
}

/* Whether function f may be called by another's body or argument default. */
static bool callable(const rfunc *f)
{
	return f->role == R_DEFAULT && !f->callee[0] && !f->view[0];
}

static void sanitize_func_links(rschema *s)
{
	for (int i = 0; i < s->nfuncs; i++) {
		rfunc *f = &s->funcs[i];
		if (f->role != R_DEFAULT)
			f->seq[0] = f->view[0] = '\0';
		if (f->seq[0] && !find_seq(s, f->seq))
			f->seq[0] = '\0';
		if (f->view[0] && !find_view(s, f->view))
			f->view[0] = '\0';
		if (f->role == R_PRED && (!f->extra_arg || f->int_arg))
			f->callee[0] = '\0';
		if (f->role != R_PRED && f->role != R_DEFAULT)
			f->callee[0] = '\0';
	}
	/* Callees last: a function that reads a view or calls another is called by none. */
	for (int i = 0; i < s->nfuncs; i++) {
		rfunc *f = &s->funcs[i], *g = f->callee[0] ? find_func(s, f->callee, R_DEFAULT) : NULL;
		if (f->callee[0] && (!g || g == f || !callable(g)))
			f->callee[0] = '\0';
	}
}

/* Whether a column's `(c)::text` is immutable (an index expression may read it). */
static bool immutable_text(const rcol *c)
{
	fam fm = col_family(c);
	return !c->array && (fm == F_TXT || fm == F_BOOL || fm == F_UUID ||
			     (fm == F_NUM && c->type >= 0 && rtypes[c->type].intlike));
}

static void sanitize_casts(rschema *s, rtable *t)
{
	for (int i = 0; i < t->ncols; i++) {
		rcol *c = &t->cols[i];
		rdomain *d = c->gdom[0] ? find_domain(s, c->gdom) : NULL;
		if (c->gdom[0] &&
		    (!d || !((c->gen == G_LEN && d->base != T_TEXT) || (c->gen == G_TEXT && d->base == T_TEXT))))
			c->gdom[0] = '\0';
		bool casts = strncmp(c->dflt, "7::", 3) == 0 || strncmp(c->dflt, "'d'::", 5) == 0;
		d = casts ? default_domain(s, c) : NULL;
		fam fm = col_family(c);
		if (casts && (!d || c->array || c->domain[0] || c->identity || c->serial || c->gen ||
			      (d->base == T_TEXT ? fm != F_TXT : fm != F_NUM)))
			c->dflt[0] = '\0';
	}
	for (int k = 0; k < t->nchecks; k++) {
		rcheck *x = &t->checks[k];
		rdomain *d = x->kind == 7 ? find_domain(s, x->dom) : NULL;
		if (x->kind == 7 && (!d || x->dtxt != (d->base == T_TEXT)))
			drop_at(t->checks, &t->nchecks, k--, sizeof(rcheck));
	}
	for (int k = 0; k < t->nindexes; k++) {
		ridx *x = &t->indexes[k];
		rdomain *d = x->kind == 6 ? find_domain(s, x->dom) : NULL;
		rcol *c = x->kind == 6 ? find_col(t, x->col) : NULL;
		if (x->kind == 6 && (!d || x->dtxt != (d->base == T_TEXT) || x->unique || !c || !immutable_text(c)))
			drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
	}
}

void sanitize_links(rschema *s)
{
	sanitize_func_links(s);
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		sanitize_casts(s, t);
		/* An index calls a predicate with its argument defaults: a callee there must be immutable too. */
		for (int k = 0; k < t->nindexes; k++) {
			rfunc *f = t->indexes[k].kind == 5 ? find_func(s, t->indexes[k].fn, R_PRED) : NULL;
			rfunc *g = f && f->callee[0] ? find_func(s, f->callee, R_DEFAULT) : NULL;
			if (g && g->vol != 2)
				drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
		}
	}
	/* A domain a cast names stays nullable: NULL cast to a NOT NULL domain fails. */
	for (int i = 0; i < s->ndomains; i++) {
		const char *n = s->domains[i].name;
		for (int ti = 0; ti < s->ntables && s->domains[i].notnull; ti++) {
			rtable *t = &s->tables[ti];
			for (int k = 0; k < t->ncols; k++)
				if (strcmp(t->cols[k].gdom, n) == 0)
					s->domains[i].notnull = false;
			for (int k = 0; k < t->nchecks; k++)
				if (t->checks[k].kind == 7 && strcmp(t->checks[k].dom, n) == 0)
					s->domains[i].notnull = false;
			for (int k = 0; k < t->nindexes; k++)
				if (t->indexes[k].kind == 6 && strcmp(t->indexes[k].dom, n) == 0)
					s->domains[i].notnull = false;
		}
	}
}

void func_link_terms(char *out, size_t len, const rfunc *f)
{
	char q[NAMELEN + 4];
	size_t n = 0;
	out[0] = '\0';
	if (f->seq[0]) {
		sql_ident(q, sizeof(q), f->seq);
		n += (size_t)snprintf(out + n, len - n,
				      f->currval ? " + CASE WHEN false THEN currval('%s')::integer ELSE 0 END"
						 : " + 0 * nextval('%s')::integer",
				      q);
	}
	if (f->callee[0] && n < len) {
		sql_ident(q, sizeof(q), f->callee);
		n += (size_t)snprintf(out + n, len - n, " + 0 * %s()", q);
	}
	if (f->view[0] && n < len) {
		sql_ident(q, sizeof(q), f->view);
		snprintf(out + n, len - n, " + 0 * (SELECT count(*) FROM %s)::integer", q);
	}
}
