/*
 * The class `base` of the randomized diff suite (see random_edit.h): the
 * single changes of the suite's first version (tables, columns, types,
 * defaults, nullability, keys, checks, indexes, foreign keys, enums,
 * comments, validity), at most one per object, so that it passes wherever
 * the suite passed before rows were seeded.  Also ed_validity, which the
 * class validity combines with renames.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* base: the single changes of the first version of this suite, at most one per object. */
typedef struct touched {
	int ids[64];
	int n;
} touched;

static bool was_touched(const touched *tt, int id)
{
	for (int i = 0; i < tt->n; i++)
		if (tt->ids[i] == id)
			return true;
	return false;
}

static void touch(touched *tt, int id)
{
	if (tt->n < 64)
		tt->ids[tt->n++] = id;
}

/* Whether table t has a column of an enum that was edited, or e is used by a touched table. */
static bool table_uses_touched_enum(rschema *s, rtable *t, const touched *te)
{
	for (int i = 0; i < t->ncols; i++)
		if (t->cols[i].type < 0) {
			for (int k = 0; k < s->nenums; k++)
				if (strcmp(s->enums[k].name, t->cols[i].enum_name) == 0 && was_touched(te, k + 1))
					return true;
		}
	return false;
}

static bool enum_in_touched_table(rschema *s, const renum *e, const touched *tt)
{
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (s->tables[ti].cols[i].type < 0 && strcmp(s->tables[ti].cols[i].enum_name, e->name) == 0 &&
			    was_touched(tt, s->tables[ti].id))
				return true;
	return false;
}

void ed_validity(rschema *s, rtable *t)
{
	rfk *not_valid = NULL;
	for (int i = 0; i < s->ntables && !not_valid; i++)
		for (int k = 0; k < s->tables[i].nfks && !not_valid; k++)
			if (s->tables[i].fks[k].not_valid)
				not_valid = &s->tables[i].fks[k];
	if (not_valid && chance(70)) {
		not_valid->not_valid = false;
	} else if (t->nfks && chance(50)) {
		t->fks[pick(t->nfks)].not_valid ^= true;
	} else if (t->nchecks) {
		rcheck *k = &t->checks[pick(t->nchecks)];
		k->not_valid = chance(50);
		k->no_inherit = !k->no_inherit;
	}
}

static void base_edit(rschema *s, touched *tt, touched *te)
{
	rtable *t = s->ntables ? &s->tables[pick(s->ntables)] : NULL;
	int what = t ? pick(24) : 0;
	rcol *c = t && t->ncols ? &t->cols[pick(t->ncols)] : NULL;
	if (what >= 3 && what <= 12 && what != 4 && (!c || was_touched(tt, c->id) || table_uses_touched_enum(s, t, te)))
		return;
	if ((what == 1 || what == 2) && (was_touched(tt, t->id) || table_uses_touched_enum(s, t, te)))
		return;
	switch (what) {
	case 0:
		add_random_table(s);
		if (s->ntables > 1 && chance(60)) {
			rtable *nt = &s->tables[s->ntables - 1];
			add_fk_to(s, nt, &s->tables[pick(s->ntables - 1)]);
		}
		touch(tt, s->tables[s->ntables - 1].id);
		break;
	case 1: /* drop a table nothing references */
		if (s->ntables > 1 && !referenced(s, t))
			drop_table_at(s, t);
		break;
	case 2:
		ed_rename_table(s, t);
		touch(tt, t->id);
		break;
	case 3: /* drop a nullable column that is no key */
		if (t->ncols > 1 && c->nullable && !is_key(s, t, c) && !read_by_generated(t, c->name)) {
			touch(tt, t->id);
			drop_column(s, t, (int)(c - t->cols));
		}
		break;
	case 4: { /* add a column: nullable or with a default, as a table with rows needs */
		rcol *n = add_random_column(s, t);
		if (n && !n->dflt[0] && !n->identity && !n->serial)
			n->nullable = true;
		break;
	}
	case 5:
		ed_rename_column(s, t, c);
		touch(tt, c->id);
		break;
	case 6:
	case 7:
		if (ed_retype(s, t, c, false))
			touch(tt, c->id);
		break;
	case 8:
		ed_default(s, c);
		touch(tt, c->id);
		break;
	case 9:
		ed_null(t, c);
		touch(tt, c->id);
		break;
	case 10:
		add_random_index(s, t);
		break;
	case 11:
		if (t->nindexes)
			drop_at(t->indexes, &t->nindexes, pick(t->nindexes), sizeof(ridx));
		break;
	case 12:
		add_random_unique(s, t);
		break;
	case 13:
		if (t->nuniques) {
			rkey *k = &t->uniques[pick(t->nuniques)];
			if (chance(50))
				drop_at(t->uniques, &t->nuniques, (int)(k - t->uniques), sizeof(rkey));
			else
				k->deferrable = !k->deferrable, k->initially_deferred = false;
		}
		break;
	case 14:
		if (chance(50))
			add_random_check(s, t);
		else if (t->nchecks)
			drop_at(t->checks, &t->nchecks, pick(t->nchecks), sizeof(rcheck));
		break;
	case 15: /* a foreign key, maybe to itself */
		add_fk_to(s, t, &s->tables[pick(s->ntables)]);
		break;
	case 16:
		if (t->nfks) {
			rfk *f = &t->fks[pick(t->nfks)];
			if (chance(50))
				drop_at(t->fks, &t->nfks, (int)(f - t->fks), sizeof(rfk));
			else
				f->on_delete = pick(5), f->deferrable = !f->deferrable, f->initially_deferred = false;
		}
		break;
	case 17: /* primary key */
		if (t->npk && chance(50) && !referenced(s, t))
			t->npk = 0;
		else if (!t->npk)
			add_random_pk(s, t);
		break;
	case 18: { /* enum values, on an enum no touched table uses */
		if (!s->nenums) {
			add_random_enum(s);
			break;
		}
		int k = pick(s->nenums);
		if (!enum_in_touched_table(s, &s->enums[k], tt)) {
			ed_enum_values(s, &s->enums[k]);
			touch(te, k + 1);
		}
		break;
	}
	case 19:
		if (chance(70))
			add_random_enum(s);
		else if (s->nenums && !enum_used(s, s->enums[s->nenums - 1].name))
			s->nenums--;
		break;
	case 20:
	case 21:
		ed_validity(s, t);
		break;
	default: /* comments */
		t->comment = !t->comment;
		if (t->ncols)
			t->cols[pick(t->ncols)].comment ^= true;
		break;
	}
}

void class_base(rschema *b, rfocus *f)
{
	(void)f;
	touched tt = {0}, te = {0};
	for (int i = 1 + pick(4); i > 0; i--)
		base_edit(b, &tt, &te);
}
