/*
 * Single edits of the randomized diff suite (see random_edit.h): each acts
 * on one object of B; the classes (random_classes.c) combine them on the
 * same table and column.  An object whose id is above the counter given to
 * class_begin is new in B: it gets no renamed_from when renamed.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

static int a_counter; /* ids up to this one exist in A */

/* ---- choosing ---- */

typedef bool (*col_ok)(rschema *s, rtable *t, rcol *c);

/* A random column of t that `ok` accepts, or NULL. */
rcol *some_col(rschema *s, rtable *t, col_ok ok)
{
	int cand[MAXC], n = 0;
	for (int i = 0; i < t->ncols; i++)
		if (!ok || ok(s, t, &t->cols[i]))
			cand[n++] = i;
	return n ? &t->cols[cand[pick(n)]] : NULL;
}

/* A random table for which some_col(ok) finds a column, or NULL. */
rtable *some_table(rschema *s, col_ok ok)
{
	int cand[MAXT], n = 0;
	for (int i = 0; i < s->ntables; i++)
		if (some_col(s, &s->tables[i], ok))
			cand[n++] = i;
	return n ? &s->tables[cand[pick(n)]] : NULL;
}

bool referenced(rschema *s, const rtable *t)
{
	for (int i = 0; i < s->ntables; i++)
		for (int k = 0; k < s->tables[i].nfks; k++)
			if (strcmp(s->tables[i].fks[k].ref_table, t->name) == 0 && &s->tables[i] != t)
				return true;
	return false;
}

bool is_key(rschema *s, rtable *t, rcol *c)
{
	return in_unique(t, c->name) || in_fk(s, t, c->name);
}

bool retypable(rschema *s, rtable *t, rcol *c)
{
	return c->type >= 0 && !c->gen && !in_fk(s, t, c->name) && !read_by_generated(t, c->name);
}

bool plain_col(rschema *s, rtable *t, rcol *c)
{
	(void)s;
	(void)t;
	return !c->gen;
}

bool txt_col(rschema *s, rtable *t, rcol *c)
{
	return col_family(c) == F_TXT && c->type >= 0 && !c->gen && !in_fk(s, t, c->name) &&
	       !read_by_generated(t, c->name);
}

bool generated_col(rschema *s, rtable *t, rcol *c)
{
	(void)s;
	(void)t;
	return c->gen != G_NONE;
}

/* ---- single edits ---- */

void ed_rename_table(rschema *s, rtable *t)
{
	rname old;
	snprintf(old, NAMELEN, "%s", t->name);
	fresh_table_name(s, t->name);
	if (!t->renamed_from[0] && t->id <= a_counter)
		snprintf(t->renamed_from, NAMELEN, "%s", old);
	rename_table_refs(s, old, t->name);
}

void ed_rename_column(rschema *s, rtable *t, rcol *c)
{
	rname old;
	snprintf(old, NAMELEN, "%s", c->name);
	fresh_column_name(s, t, c->name);
	if (!c->renamed_from[0] && c->id <= a_counter)
		snprintf(c->renamed_from, NAMELEN, "%s", old);
	rename_column_refs(s, t, old, c->name);
}

/* A new type for c: the same family, or number <-> text, timestamp <-> date.  False when none fits. */
bool ed_retype(rschema *s, rtable *t, rcol *c, bool allow_generated_source)
{
	if (c->type < 0 || c->gen || in_fk(s, t, c->name))
		return false;
	bool read = read_by_generated(t, c->name);
	if (read && !allow_generated_source)
		return false;
	fam f = col_family(c);
	for (int tries = 0; tries < 12; tries++) {
		int to = pick(NTYPES);
		if (strcmp(rtypes[to].canon, rtypes[c->type].canon) == 0)
			continue;
		fam g = rtypes[to].family;
		bool ok = g == f || (!in_check_or_expr_index(t, c->name) &&
				     ((f == F_NUM && g == F_TXT) || (f == F_TXT && g == F_NUM) ||
				      (f == F_TS && g == F_DATE) || (f == F_DATE && g == F_TS)));
		if (read)
			ok = ok && (g == F_NUM || g == F_TXT);
		if (!ok || ((c->identity || c->serial) && !rtypes[to].intlike))
			continue;
		/* Sometimes with the conversions written out: the plain casts, as the model's using/using_down. */
		if (!c->using_from && !c->retyped && c->id <= a_counter && chance(40))
			c->using_from = 1 + c->type;
		c->retyped = true;
		c->type = to;
		set_spelling(c);
		if (g != f)
			random_default(s, c);
		if (g != F_TXT)
			c->coll[0] = '\0';
		return true;
	}
	return false;
}

void ed_collation(rcol *c)
{
	static const char *const colls[] = {"", "C", "POSIX"};
	int now = 0;
	for (int i = 0; i < 3; i++)
		if (strcmp(c->coll, colls[i]) == 0)
			now = i;
	snprintf(c->coll, sizeof(c->coll), "%s", colls[(now + 1 + pick(2)) % 3]);
}

void ed_default(rschema *s, rcol *c)
{
	if (!c->gen)
		random_default(s, c);
}

void ed_null(rtable *t, rcol *c)
{
	if (!is_pk_col(t, c->name) && !c->identity && !c->serial && !c->gen)
		c->nullable = !c->nullable;
}

/* kind: 0 plain, 1 serial, 2 identity always, 3 identity by default. */
int identity_kind(const rcol *c)
{
	return c->serial ? 1 : c->identity ? 1 + c->identity : 0;
}

void ed_identity(rcol *c, int kind)
{
	c->serial = kind == 1;
	c->identity = kind >= 2 ? kind - 1 : 0;
	c->dflt[0] = '\0';
	c->nullable = false;
	set_spelling(c);
}

void ed_enum_values(rschema *s, renum *e)
{
	int how = pick(4);
	if (how <= 1 && e->nvalues < MAXV) {
		int at = pick(e->nvalues + 1);
		memmove(e->values[at + 1], e->values[at], (size_t)(e->nvalues - at) * sizeof(e->values[0]));
		snprintf(e->values[at], sizeof(e->values[at]), "v%d", ++s->counter);
		e->nvalues++;
	} else if (how == 2 && e->nvalues > 1) {
		int at = pick(e->nvalues);
		memmove(e->values[at], e->values[at + 1], (size_t)(e->nvalues - at - 1) * sizeof(e->values[0]));
		e->nvalues--;
	} else if (e->nvalues > 1) { /* reorder */
		char tmp[16];
		int i = pick(e->nvalues), j = (i + 1 + pick(e->nvalues - 1)) % e->nvalues;
		memcpy(tmp, e->values[i], sizeof(tmp));
		memcpy(e->values[i], e->values[j], sizeof(tmp));
		memcpy(e->values[j], tmp, sizeof(tmp));
	}
}

/* A feedable column of t other than `not`, by name; NULL when none. */
const char *some_source(rschema *s, rtable *t, const rcol * not )
{
	int cand[MAXC], n = 0;
	for (int i = 0; i < t->ncols; i++)
		if (can_feed_generated(&t->cols[i]) && &t->cols[i] != not )
			cand[n++] = i;
	(void)s;
	return n ? t->cols[cand[pick(n)]].name : NULL;
}

rcol *ed_gen_add(rschema *s, rtable *t)
{
	const char *a = some_source(s, t, NULL), *b = some_source(s, t, NULL);
	if (!a)
		return NULL;
	rname an, bn;
	snprintf(an, NAMELEN, "%s", a);
	snprintf(bn, NAMELEN, "%s", b);
	return add_generated_column(s, t, 1 + pick(3), an, bn);
}

/* A new expression for generated column g: another kind or other sources. */
void ed_gen_expr(rschema *s, rtable *t, rcol *g)
{
	const char *a = some_source(s, t, g), *b = some_source(s, t, g);
	if (!a)
		return;
	rname an, bn;
	snprintf(an, NAMELEN, "%s", a);
	snprintf(bn, NAMELEN, "%s", b);
	int kind = 1 + pick(3);
	if (kind == g->gen && strcmp(an, g->gsrc[0]) == 0)
		kind = kind % 3 + 1;
	make_generated(g, kind, an, bn);
}

/* Plain column c becomes generated; its kind matches its type when one does. */
bool ed_plain_to_gen(rschema *s, rtable *t, rcol *c)
{
	fam f = col_family(c);
	if (c->gen || is_key(s, t, c) || read_by_generated(t, c->name) || c->type < 0 || (f != F_NUM && f != F_TXT))
		return false; /* a number or a text, so that its type can come back by a cast */
	const char *a = some_source(s, t, c), *b = some_source(s, t, c);
	if (!a)
		return false;
	rname an, bn;
	snprintf(an, NAMELEN, "%s", a);
	snprintf(bn, NAMELEN, "%s", b);
	int kind = c->type == T_TEXT ? (chance(50) ? G_TEXT : G_CONCAT) : c->type == T_INTEGER ? G_LEN : 1 + pick(3);
	make_generated(c, kind, an, bn);
	return true;
}

void ed_gen_to_plain(rcol *g)
{
	g->gen = G_NONE;
	g->gsrc[0][0] = g->gsrc[1][0] = '\0';
}

void drop_table_at(rschema *s, rtable *t)
{
	drop_at(s->tables, &s->ntables, (int)(t - s->tables), sizeof(rtable));
}

/* ---- A: things a class needs ---- */

/* A table with room for `cols` more columns (a new one when none has). */
rtable *roomy_table(rschema *s, int cols)
{
	int cand[MAXT], n = 0;
	for (int i = 0; i < s->ntables; i++)
		if (s->tables[i].ncols + cols <= MAXC)
			cand[n++] = i;
	if (n)
		return &s->tables[cand[pick(n)]];
	if (s->ntables == MAXT)
		drop_table_at(s, &s->tables[0]);
	add_random_table(s);
	sanitize(s);
	return &s->tables[s->ntables - 1];
}

/* A generated column somewhere in A (one is added when none is). */
void need_generated(rschema *a, rfocus *f)
{
	rtable *t = some_table(a, generated_col);
	rcol *g = t ? some_col(a, t, generated_col) : NULL;
	if (!g) {
		t = roomy_table(a, 3);
		if (!some_source(a, t, NULL))
			add_column_of(a, t, chance(50) ? T_INTEGER : T_TEXT);
		g = ed_gen_add(a, t);
		if (chance(40))
			add_column_of(a, t, 1 + pick(2)); /* a spare source */
	}
	f->table_id = t->id;
	f->col_id = g->id;
}

renum *need_enum(rschema *a, int min_values)
{
	for (int i = 0; i < a->nenums; i++)
		if (a->enums[i].nvalues >= min_values && chance(70))
			return &a->enums[i];
	if (a->nenums == MAXE)
		a->nenums--; /* sanitize drops its columns */
	add_random_enum(a);
	renum *e = &a->enums[a->nenums - 1];
	while (e->nvalues < min_values)
		snprintf(e->values[e->nvalues++], sizeof(e->values[0]), "v%d", ++a->counter);
	sanitize(a);
	return e;
}

/* An enum column of e in A (added when none). */
void need_enum_column(rschema *a, rfocus *f, renum *e, bool array_ok)
{
	for (int ti = 0; ti < a->ntables; ti++)
		for (int i = 0; i < a->tables[ti].ncols; i++) {
			rcol *c = &a->tables[ti].cols[i];
			if (c->type < 0 && strcmp(c->enum_name, e->name) == 0 && (array_ok || !c->array) &&
			    chance(60)) {
				f->table_id = a->tables[ti].id;
				f->col_id = c->id;
				return;
			}
		}
	rtable *t = roomy_table(a, 1);
	rcol *c = add_column_of(a, t, T_TEXT);
	c->type = -1;
	snprintf(c->enum_name, NAMELEN, "%s", e->name);
	c->array = array_ok && chance(25);
	c->nullable = chance(60);
	set_spelling(c);
	random_default(a, c);
	f->table_id = t->id;
	f->col_id = c->id;
}

void class_begin(int counter)
{
	a_counter = counter;
}

bool in_a(int id)
{
	return id <= a_counter;
}
