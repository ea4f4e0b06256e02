/*
 * Change classes of the randomized diff suite around what names a domain or
 * an enum without being a column of it (random_typerefs.c), shapes only
 * golden cases covered before (session 9's domain_renamed_recreated_*,
 * enum_recreated_*):
 * - domain_users: other domains' defaults and checks that cast to a domain,
 *   triggers' WHENs that do, functions (SQL RETURN, $$ SELECT $$, BEGIN
 *   ATOMIC, PL/pgSQL) that take the domain (called by checks and views) or
 *   return it (called by defaults); the domain renamed, re-created (integer
 *   to bigint), both, its check changed, dropped; the users added, taken off,
 *   renamed or re-created themselves;
 * - enum_users: the same around an enum, which is re-created (a value
 *   removed, two swapped) or gets a value;
 * - outside: either of the above, with objects the models do not manage
 *   created by hand in schema sg_ext once A exists (random_outside.c): the
 *   plan must be refused (exit 2, docs/diff.md) or apply, never fail.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* A constant of domain d or enum e. */
static rtref tref_of(const rdomain *d, const renum *e)
{
	rtref r;
	memset(&r, 0, sizeof(r));
	if (d) {
		name_copy(r.type, d->name);
		snprintf(r.lit, sizeof(r.lit), "%s", d->base == T_TEXT ? "'d'" : "7");
	} else {
		name_copy(r.type, e->name);
		snprintf(r.lit, sizeof(r.lit), "'%s'", e->values[pick(e->nvalues)]);
	}
	return r;
}

/* The column a focus names, or NULL. */
static rcol *focus_col(rschema *s, const rfocus *f, rtable **t)
{
	*t = find_table_id(s, f->table_id);
	return *t ? find_col_id(*t, f->col_id) : NULL;
}

/* A column of the type r names (a new one of the domain, or of the enum), the focus set to it. */
static rcol *col_of_type(rschema *s, const rtref *r, rtable **t)
{
	rfocus f = {0};
	rdomain *d = find_domain(s, r->type);
	renum *e = d ? NULL : find_enum(s, r->type);
	if (d)
		add_domain_column(s, d, &f);
	else if (e)
		need_enum_column(s, &f, e, false);
	rcol *c = focus_col(s, &f, t);
	return c && (strcmp(c->domain, r->type) == 0 || (c->type == -1 && !c->array)) ? c : NULL;
}

/* One more object that names r: another domain, a trigger's WHEN, a function taking or returning it. */
static void add_user(rschema *s, const rtref *r, int kind, bool in_b)
{
	rtable *t = NULL;
	switch (kind) {
	case 0: { /* another domain whose default and/or check casts to it */
		rdomain *u = add_random_domain(s);
		if (!u)
			break;
		snprintf(u->name, NAMELEN, "%s%d", in_b ? "dnuse" : "duse", fresh_id(s));
		u->ref = *r;
		u->dflt = chance(70);
		u->ref_dflt = u->dflt && chance(80);
		u->ref_check = !u->ref_dflt || chance(50);
		if (chance(60))
			add_domain_column(s, u, NULL);
		break;
	}
	case 1: { /* a trigger whose WHEN tests a constant of it */
		int fi = some_func(s, R_TRIGGER);
		rfunc *tf = fi >= 0 ? &s->funcs[fi] : add_random_func(s, R_TRIGGER);
		t = s->ntables ? &s->tables[pick(s->ntables)] : NULL;
		if (!tf || !t || !t->ncols)
			break;
		rname fn;
		name_copy(fn, tf->name);
		rtrig *g = add_random_trigger(s, t, fn);
		if (!g)
			break;
		rcol *c = some_col(s, t, plain_col);
		if (!c)
			break;
		g->row = true;
		g->when = 3;
		g->wref = *r;
		name_copy(g->when_col, c->name);
		g->events &= ~(EV_DELETE | EV_TRUNCATE);
		if (!g->events)
			g->events = EV_INSERT | EV_UPDATE;
		break;
	}
	case 2: { /* a predicate taking it, called by a check on a column of it and maybe by a view */
		rfunc *f = add_random_func(s, R_PRED);
		if (!f)
			break;
		f->tref = *r;
		rname fn;
		name_copy(fn, f->name);
		rcol *c = col_of_type(s, r, &t);
		if (!c || t->nchecks == MAXK)
			break;
		rcheck k = {.id = fresh_id(s), .kind = 8};
		name_copy(k.a, c->name);
		name_copy(k.fn, fn);
		t->checks[t->nchecks++] = k;
		if (chance(50)) {
			rname src;
			name_copy(src, t->name);
			rview *v = add_random_view(s, src, chance(30));
			if (v)
				name_copy(v->fn, fn);
		}
		break;
	}
	default: { /* a function returning it, the default of a column that takes it */
		rfunc *f = add_random_func(s, R_DEFAULT);
		if (!f)
			break;
		f->tref = *r;
		rfunc copy = *f;
		rdomain *d = find_domain(s, r->type);
		rcol *c = NULL;
		if (!d || chance(40)) {
			c = col_of_type(s, r, &t);
		} else {
			t = roomy_table(s, 1);
			c = add_column_of(s, t, d->base == T_TEXT ? T_TEXT : T_INTEGER);
		}
		if (c)
			func_call_default(c->dflt, sizeof(c->dflt), &copy);
		break;
	}
	}
}

/* A domain or an enum of s whose constants others name (not itself a domain that names one), or NULL. */
static bool pick_target(rschema *s, bool en, rtref *out)
{
	int cand[MAXD + MAXE], n = 0;
	for (int i = 0; !en && i < s->ndomains; i++)
		if (!s->domains[i].ref.type[0])
			cand[n++] = i;
	for (int i = 0; en && i < s->nenums; i++)
		if (s->enums[i].nvalues)
			cand[n++] = i;
	if (!n)
		return false;
	int i = cand[pick(n)];
	*out = en ? tref_of(NULL, &s->enums[i]) : tref_of(&s->domains[i], NULL);
	return true;
}

static void users_prepare(rschema *a, bool en)
{
	for (int i = en ? 1 : 1 + pick(2); i > 0; i--) {
		rtref r;
		if (en) {
			need_enum(a, 3);
		} else {
			rdomain *d = add_random_domain(a);
			if (!d)
				break;
			d->notnull = false;
		}
		if (!pick_target(a, en, &r))
			break;
		for (int k = 1 + pick(3); k > 0; k--)
			add_user(a, &r, pick(4), false);
	}
	sanitize(a);
}

/* Users of a target taken off: a domain's default or check, a trigger's WHEN, a typed function. */
static void remove_user(rschema *s, const char *type)
{
	for (int i = 0; i < s->ndomains; i++)
		if (strcmp(s->domains[i].ref.type, type) == 0 && chance(50)) {
			if (chance(50))
				s->domains[i].ref_check = !s->domains[i].ref_check;
			else
				s->domains[i].ref_dflt = false;
			return;
		}
	for (int ti = 0; ti < s->ntables; ti++)
		for (int k = 0; k < s->tables[ti].ntrigs; k++)
			if (strcmp(s->tables[ti].trigs[k].wref.type, type) == 0 && chance(50)) {
				s->tables[ti].trigs[k].when = 1;
				return;
			}
	for (int i = 0; i < s->nfuncs; i++)
		if (strcmp(s->funcs[i].tref.type, type) == 0 && chance(50)) {
			drop_at(s->funcs, &s->nfuncs, i, sizeof(rfunc));
			return;
		}
}

/* A domain that names the target (a user) renamed or re-created, or a typed function renamed. */
static void change_user(rschema *s, const char *type)
{
	for (int i = 0; i < s->ndomains; i++) {
		rdomain *u = &s->domains[i];
		if (strcmp(u->ref.type, type) != 0 || chance(40))
			continue;
		if (u->base == T_INTEGER && chance(50)) {
			u->base = T_BIGINT;
			domain_follow(s, u->name, u->name, T_BIGINT);
		} else {
			domain_rename(s, u, "duren", "duse");
		}
		return;
	}
	for (int i = 0; i < s->nfuncs; i++)
		if (strcmp(s->funcs[i].tref.type, type) == 0 && chance(50)) {
			s->funcs[i].body++; /* another body: CREATE OR REPLACE */
			if (chance(50))
				s->funcs[i].lang = (s->funcs[i].lang + 1 + pick(3)) % 4;
			return;
		}
}

static void domain_users_edit_one(rschema *b, rdomain *d)
{
	rtref r = tref_of(d, NULL);
	switch (pick(10)) {
	case 0:
	case 1:
	case 2: /* re-created: integer to bigint (text: its check changes) */
		if (d->base == T_INTEGER) {
			d->base = T_BIGINT;
			domain_follow(b, d->name, d->name, T_BIGINT);
		} else {
			d->check = (d->check + 1 + pick(2)) % 3;
		}
		break;
	case 3:
	case 4: { /* renamed, and re-created in the same step half the time */
		domain_rename(b, d, "dren", "dom");
		if (d->base == T_INTEGER && chance(50)) {
			d->base = T_BIGINT;
			domain_follow(b, d->name, d->name, T_BIGINT);
		}
		break;
	}
	case 5:
		d->check = (d->check + 1 + pick(2)) % 3;
		break;
	case 6:
		remove_user(b, d->name);
		break;
	case 7:
		add_user(b, &r, pick(4), true);
		break;
	case 8:
		change_user(b, d->name);
		break;
	default: /* dropped: its columns too or back to the base type; what names it goes */
		if (chance(50))
			drop_domain_columns(b, d->name);
		else
			domain_follow(b, d->name, NULL, d->base);
		drop_at(b->domains, &b->ndomains, (int)(d - b->domains), sizeof(rdomain));
		break;
	}
}

static void enum_users_edit_one(rschema *b, renum *e)
{
	rtref r = tref_of(NULL, e);
	switch (pick(8)) {
	case 0:
	case 1:
	case 2:
	case 3: /* a value added, removed, or two swapped: the last two re-create it */
		ed_enum_values(b, e);
		break;
	case 4:
		remove_user(b, e->name);
		break;
	case 5:
		add_user(b, &r, pick(4), true);
		break;
	default:
		change_user(b, e->name);
		break;
	}
}

static void users_edit(rschema *b, bool en)
{
	for (int n = 1 + pick(3); n > 0; n--) {
		rtref r;
		if (!pick_target(b, en, &r))
			break;
		if (en)
			enum_users_edit_one(b, find_enum(b, r.type));
		else
			domain_users_edit_one(b, find_domain(b, r.type));
	}
	sanitize(b);
}

void domain_users_prepare(rschema *a, rfocus *f)
{
	(void)f;
	users_prepare(a, false);
}

void domain_users_edit(rschema *b, rfocus *f)
{
	(void)f;
	users_edit(b, false);
}

void enum_users_prepare(rschema *a, rfocus *f)
{
	(void)f;
	users_prepare(a, true);
}

void enum_users_edit(rschema *b, rfocus *f)
{
	(void)f;
	users_edit(b, true);
}

/* ---- outside: objects the models do not manage ---- */

void outside_prepare(rschema *a, rfocus *f)
{
	f->variant = pick(2);
	users_prepare(a, f->variant == 1);
	/* What the objects outside read: a table and a column of it, a domain or enum (random_outside.c). */
	rtable *t = a->ntables ? &a->tables[pick(a->ntables)] : NULL;
	rcol *c = t && t->ncols ? &t->cols[pick(t->ncols)] : NULL;
	f->table_id = t ? t->id : 0;
	f->col_id = c ? c->id : 0;
	rtref r;
	if (pick_target(a, f->variant == 1, &r))
		name_copy(f->name2, r.type);
	f->outside = 1 + pick(31);
}

void outside_edit(rschema *b, rfocus *f)
{
	users_edit(b, f->variant == 1);
	/* What the objects outside read, changed half the time: the plan is refused or must apply. */
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!t || chance(50))
		return;
	switch (pick(5)) {
	case 0:
		ed_rename_table(b, t);
		break;
	case 1:
		if (c)
			ed_rename_column(b, t, c);
		break;
	case 2:
		if (c && !c->domain[0] && retypable(b, t, c)) /* a domain's column: its domain's changes do */
			ed_retype(b, t, c, true);
		break;
	case 3:
		if (c)
			drop_column(b, t, (int)(c - t->cols));
		break;
	default:
		add_random_column(b, t);
		break;
	}
	sanitize(b);
}
