/*
 * The change classes of the randomized diff suite around the trigger kinds
 * (see random_edit.h, random_triggers.c):
 *   - trigger_kinds: a table's triggers renamed (renamed_from), given or
 *     losing transition tables, enabled, disabled, replica, always, made
 *     constraint triggers (deferrable, FROM a table that is renamed or goes),
 *     their WHEN and `update of` columns retyped or renamed, their functions
 *     replaced or renamed while they stay;
 *   - view_triggers: a plain view's INSTEAD OF and statement triggers while
 *     the view is replaced, re-created (its query, a column it reads retyped
 *     or renamed), renamed or dropped, the triggers renamed and their
 *     functions replaced or renamed.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* A trigger function of the models (a new one when there is none, or sometimes); NULL when full. */
static rfunc *trigger_func(rschema *s, bool fresh)
{
	int k = fresh ? -1 : some_func(s, R_TRIGGER);
	return k >= 0 ? &s->funcs[k] : add_random_func(s, R_TRIGGER);
}

static void rename_trigger(rschema *s, rtrig *g, bool on_view)
{
	rname old;
	snprintf(old, NAMELEN, "%s", g->name);
	snprintf(g->name, NAMELEN, chance(30) ? (on_view ? "Vtrig %d" : "Trig %d") : (on_view ? "vtrig%d" : "trig%d"),
		 fresh_id(s));
	if (in_a(g->id) && !g->renamed_from[0])
		snprintf(g->renamed_from, NAMELEN, "%s", old);
}

/* The trigger function of g replaced (another body, SECURITY DEFINER or not) or renamed; its triggers stay. */
static void edit_trigger_func(rschema *s, const rtrig *g)
{
	rfunc *fn = find_func(s, g->fn, R_TRIGGER);
	if (!fn)
		return;
	switch (pick(3)) {
	case 0:
		fn->body = (fn->body + 1 + pick(3)) % 4;
		break;
	case 1:
		fn->secdef = !fn->secdef;
		break;
	default:
		rename_func(s, fn);
		break;
	}
}

/* A transition table or two for g: after, one event, no column list (sanitize drops what does not fit). */
static void give_refs(rtrig *g)
{
	static const int one[] = {EV_INSERT, EV_UPDATE, EV_DELETE};
	g->after = true;
	g->constraint = g->deferrable = g->initially_deferred = false;
	g->from[0] = '\0';
	g->upd_col[0] = '\0';
	if (g->events != EV_INSERT && g->events != EV_UPDATE && g->events != EV_DELETE)
		g->events = one[pick(3)];
	g->refs = g->events == EV_INSERT ? 2 : g->events == EV_DELETE ? 1 : 1 + pick(3);
	if (chance(30))
		g->refs |= 4;
}

/* g made a constraint trigger (after, for each row), sometimes deferrable, sometimes FROM a table. */
static void make_constraint(rschema *s, rtrig *g)
{
	g->constraint = g->after = g->row = true;
	g->refs = 0;
	g->deferrable = chance(50);
	g->initially_deferred = g->deferrable && chance(50);
	if (chance(60))
		name_copy(g->from, s->tables[pick(s->ntables)].name);
}

/* The column g reads (its WHEN's, else its `update of`'s), or NULL. */
static rcol *trigger_col(rtable *t, const rtrig *g)
{
	rcol *c = g->when_col[0] ? find_col(t, g->when_col) : NULL;
	return c ? c : g->upd_col[0] ? find_col(t, g->upd_col) : NULL;
}

/* g reads a column of t: a WHEN condition, sometimes `update of` too. */
static void give_when(rtable *t, rtrig *g)
{
	if (!t->ncols)
		return;
	g->row = true;
	g->when = 1 + pick(2);
	name_copy(g->when_col, t->cols[pick(t->ncols)].name);
	if (g->when == 2) {
		g->events = EV_UPDATE;
		if (chance(40))
			name_copy(g->upd_col, g->when_col);
	} else {
		g->events &= ~EV_DELETE;
	}
	g->refs &= ~1;
}

/* ---- trigger_kinds ---- */

void trigger_kinds_prepare(rschema *a, rfocus *f)
{
	(void)f;
	trigger_func(a, true);
	if (chance(50))
		trigger_func(a, true);
	for (int i = 2 + pick(2); i > 0; i--) {
		rtable *t = &a->tables[pick(a->ntables)];
		rfunc *fn = trigger_func(a, false);
		rtrig *g = fn ? add_random_trigger(a, t, fn->name) : NULL;
		if (!g)
			continue;
		switch (pick(5)) {
		case 0:
			give_refs(g);
			break;
		case 1:
			make_constraint(a, g);
			break;
		case 2:
			give_when(t, g);
			break;
		case 3:
			g->enabled = pick(4);
			break;
		default:
			break;
		}
	}
}

static void edit_kind(rschema *s, rtable *t, rtrig *g)
{
	switch (pick(12)) {
	case 0:
	case 1: /* renamed, sometimes changed too */
		rename_trigger(s, g, false);
		if (chance(25))
			g->events = 1 + pick(g->row ? 7 : 15);
		break;
	case 2:
		g->enabled = (g->enabled + 1 + pick(3)) % 4;
		break;
	case 3:
		if (g->refs && chance(40))
			g->refs = 0;
		else
			give_refs(g);
		break;
	case 4:
		if (!g->constraint)
			make_constraint(s, g);
		else if (chance(30))
			g->constraint = g->deferrable = g->initially_deferred = false, g->from[0] = '\0';
		else if (chance(50))
			g->deferrable = !g->deferrable, g->initially_deferred = g->deferrable && chance(50);
		else if (g->from[0] && chance(50))
			g->from[0] = '\0';
		else
			name_copy(g->from, s->tables[pick(s->ntables)].name);
		break;
	case 5: { /* the column it reads retyped (PostgreSQL refuses ALTER COLUMN TYPE under the trigger) */
		rcol *c = trigger_col(t, g);
		if (!c)
			give_when(t, g);
		else
			ed_retype(s, t, c, false);
		break;
	}
	case 6: { /* the column it reads renamed */
		rcol *c = trigger_col(t, g);
		if (!c)
			give_when(t, g);
		else
			ed_rename_column(s, t, c);
		break;
	}
	case 7:
	case 8:
		edit_trigger_func(s, g);
		break;
	case 9: { /* the table it is FROM renamed or dropped, or its own table renamed */
		rtable *from = g->from[0] ? find_table(s, g->from) : NULL;
		if (from && chance(60))
			ed_rename_table(s, from);
		else if (from && from != t && !referenced(s, from))
			drop_table_at(s, from);
		else
			ed_rename_table(s, t);
		break;
	}
	case 10: /* another function, sometimes a new one */
	{
		rfunc *fn = trigger_func(s, chance(40));
		if (fn)
			name_copy(g->fn, fn->name);
		break;
	}
	default:
		drop_at(t->trigs, &t->ntrigs, (int)(g - t->trigs), sizeof(rtrig));
		break;
	}
}

void trigger_kinds_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		rtable *t = &b->tables[pick(b->ntables)];
		if (t->ntrigs && !chance(15)) {
			edit_kind(b, t, &t->trigs[pick(t->ntrigs)]);
			continue;
		}
		rfunc *fn = trigger_func(b, chance(30));
		rtrig *g = fn ? add_random_trigger(b, t, fn->name) : NULL;
		if (g && chance(30))
			give_refs(g);
		else if (g && chance(30))
			make_constraint(b, g);
	}
}

/* ---- view_triggers ---- */

/* A plain view over a table (sometimes over another view), with a trigger or two. */
static void view_with_triggers(rschema *s)
{
	rview *v = add_view_somewhere(s);
	if (!v)
		return;
	v->mat = false;
	for (int i = 1 + pick(2); i > 0; i--) {
		rfunc *fn = trigger_func(s, false);
		if (fn)
			add_view_trigger(s, v, fn->name);
	}
}

void view_triggers_prepare(rschema *a, rfocus *f)
{
	(void)f;
	trigger_func(a, true);
	for (int i = 1 + pick(2); i > 0; i--)
		view_with_triggers(a);
	if (chance(30)) /* a predicate the views may call */
		add_random_func(a, R_PRED);
}

static void edit_view_trigger(rschema *s, rview *v, rtrig *g)
{
	switch (pick(6)) {
	case 0:
		rename_trigger(s, g, true);
		break;
	case 1:
		g->events = 1 + pick(7);
		break;
	case 2: /* INSTEAD OF for each row <-> before/after for each statement */
		g->instead = !g->instead;
		g->after = !g->instead && chance(50);
		break;
	case 3:
	case 4:
		edit_trigger_func(s, g);
		break;
	default:
		drop_at(v->trigs, &v->ntrigs, (int)(g - v->trigs), sizeof(rtrig));
		break;
	}
}

void view_triggers_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		if (!b->nviews || chance(10)) {
			view_with_triggers(b);
			continue;
		}
		rview *v = &b->views[pick(b->nviews)];
		switch (pick(8)) {
		case 0:
		case 1: /* the view replaced or re-created under its triggers (or dropped with them) */
			edit_view(b, v);
			break;
		case 2:
			rename_view(b, v);
			break;
		case 3: { /* a column it reads retyped or renamed: the view re-created with its triggers */
			rtable *t = find_table(b, v->src);
			rcol *c = t ? find_col(t, v->cols[pick(v->ncols)]) : NULL;
			if (c && chance(60))
				ed_retype(b, t, c, false);
			else if (c)
				ed_rename_column(b, t, c);
			break;
		}
		case 4:
		case 5:
			if (v->ntrigs) {
				edit_view_trigger(b, v, &v->trigs[pick(v->ntrigs)]);
				break;
			}
			/* fall through */
		default: {
			rfunc *fn = trigger_func(b, chance(30));
			if (fn)
				add_view_trigger(b, v, fn->name);
			break;
		}
		}
	}
}
