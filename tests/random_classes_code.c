/*
 * The change classes of the randomized diff suite around functions,
 * procedures, triggers, views and materialized views (see random_edit.h,
 * random_code.c): functions, triggers, views, views_deps, code_spelling.
 * A function's callers (defaults, checks, expression indexes, views,
 * triggers) are made in A and often changed in the same step as the
 * function; a function dropped and created again under a caller that stays
 * takes it off and puts it back (docs/diff.md), and what the plan still
 * refuses (a generated column) the suite counts apart.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* ---- callers ---- */

/* A column of t a predicate or a check may read (not generated). */
static rcol *readable_col(rschema *s, rtable *t)
{
	return t->ncols ? some_col(s, t, plain_col) : NULL;
}

/* A check, or an expression index when f is immutable, calling predicate f on a column of t. */
void add_pred_caller(rschema *s, rtable *t, const rfunc *f, bool index)
{
	rcol *c = readable_col(s, t);
	if (!c)
		return;
	if (index && f->vol == 2 && t->nindexes < MAXK) {
		ridx x = {.id = fresh_id(s), .kind = 5, .partial = chance(20)};
		snprintf(x.col, NAMELEN, "%s", c->name);
		snprintf(x.fn, NAMELEN, "%s", f->name);
		t->indexes[t->nindexes++] = x;
	} else if (t->nchecks < MAXK) {
		rcheck k = {.id = fresh_id(s), .kind = 6, .not_valid = chance(10)};
		snprintf(k.a, NAMELEN, "%s", c->name);
		snprintf(k.fn, NAMELEN, "%s", f->name);
		t->checks[t->nchecks++] = k;
	}
}

/* A column whose default calls default function f: a new nullable integer column, or an existing one. */
void add_default_caller(rschema *s, rtable *t, const rfunc *f)
{
	rcol *c = NULL;
	for (int i = 0; i < t->ncols && !c; i++) {
		rcol *o = &t->cols[i];
		if (o->type >= 0 && rtypes[o->type].intlike && !o->array && !o->identity && !o->serial && !o->gen &&
		    !o->dflt[0] && chance(50))
			c = o;
	}
	if (!c)
		c = add_column_of(s, t, T_INTEGER);
	if (c)
		func_call_default(c->dflt, sizeof(c->dflt), f);
}

/* f and a caller or two of it. */
rfunc *add_func_with_callers(rschema *s, int role)
{
	rfunc *f = add_random_func(s, role);
	if (!f || !s->ntables)
		return f;
	rtable *t = &s->tables[pick(s->ntables)];
	switch (role) {
	case R_PRED:
		for (int i = 1 + pick(2); i > 0; i--)
			add_pred_caller(s, &s->tables[pick(s->ntables)], f, chance(50));
		if (chance(40)) {
			rview *v = add_random_view(s, t->name, chance(30));
			if (v)
				snprintf(v->fn, NAMELEN, "%s", f->name);
		}
		if (chance(25)) { /* an overload on integer: the callers keep calling the one on text */
			rfunc *o = add_random_func(s, R_PRED);
			if (o) {
				int id = o->id;
				*o = *f;
				o->id = id;
				o->int_arg = true;
				o->extra_arg = false;
				o->body = pick(4);
			}
		}
		break;
	case R_DEFAULT:
		add_default_caller(s, t, f);
		break;
	case R_TRIGGER:
		add_random_trigger(s, t, f->name);
		break;
	default:
		break;
	}
	return f;
}

/* The functions of a role, by index; -1 when none. */
int some_func(rschema *s, int role)
{
	int cand[MAXF], n = 0;
	for (int i = 0; i < s->nfuncs; i++)
		if (role < 0 || s->funcs[i].role == role)
			cand[n++] = i;
	return n ? cand[pick(n)] : -1;
}

void rename_func(rschema *s, rfunc *f)
{
	rname old;
	snprintf(old, NAMELEN, "%s", f->name);
	snprintf(f->name, NAMELEN, f->role == R_PROC ? "proc%d" : chance(30) ? "Fn%d" : "fn%d", fresh_id(s));
	if (in_a(f->id) && !f->renamed_from[0])
		snprintf(f->renamed_from, NAMELEN, "%s", old);
	if (!f->int_arg)
		funcs_follow_rename(s, old, f->name, f->role);
}

/* A caller of predicate f changes (reads another column), or goes, so f may be dropped and created again. */
void change_pred_callers(rschema *s, const char *fn)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int k = 0; k < t->nchecks; k++) {
			if (t->checks[k].kind != 6 || strcmp(t->checks[k].fn, fn) != 0)
				continue;
			rcol *c = readable_col(s, t);
			if (chance(50) || !c || strcmp(c->name, t->checks[k].a) == 0)
				drop_at(t->checks, &t->nchecks, k--, sizeof(rcheck));
			else
				snprintf(t->checks[k].a, NAMELEN, "%s", c->name);
		}
		for (int k = 0; k < t->nindexes; k++)
			if (t->indexes[k].kind == 5 && strcmp(t->indexes[k].fn, fn) == 0)
				drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
	}
}

void change_default_callers(rschema *s, const rfunc *f)
{
	char call[NAMELEN + 8];
	func_call_default(call, sizeof(call), f);
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (strcmp(s->tables[ti].cols[i].dflt, call) == 0)
				snprintf(s->tables[ti].cols[i].dflt, sizeof(s->tables[ti].cols[i].dflt), "%s",
					 chance(50) ? "" : "5");
}

/* One change of function f (a body, language, option, signature, result, name, or the function dropped). */
void edit_func(rschema *s, rfunc *f)
{
	switch (pick(11)) {
	case 0:
	case 1:
		f->body = (f->body + 1 + pick(3)) % 4;
		break;
	case 2:
		if (f->role != R_TRIGGER)
			f->lang = (f->lang + 1 + pick(3)) % 4;
		break;
	case 3:
		f->vol = (f->vol + 1 + pick(2)) % 3;
		if (chance(40))
			f->strict = !f->strict;
		break;
	case 4:
		f->secdef = !f->secdef;
		break;
	case 5: /* the argument's name: dropped and created again */
		if (f->role == R_PRED || f->role == R_PROC)
			snprintf(f->argname, sizeof(f->argname), "%s", strcmp(f->argname, "v") == 0 ? "val" : "v");
		if (f->role == R_PRED && chance(40) && !f->int_arg)
			change_pred_callers(s, f->name);
		break;
	case 6: /* other argument types, or another result type */
		if (f->role == R_PRED && !f->int_arg) {
			f->extra_arg = !f->extra_arg;
			if (chance(40))
				change_pred_callers(s, f->name);
		} else if (f->role == R_DEFAULT) {
			f->big = !f->big;
			if (chance(40))
				change_default_callers(s, f);
		}
		break;
	case 7:
	case 8:
		rename_func(s, f);
		break;
	case 9: /* spelled another way only */
		f->spelling = (f->spelling + 1) % 3;
		break;
	default: /* dropped, with its callers (sanitize) */
		if (f->role == R_DEFAULT)
			change_default_callers(s, f);
		drop_at(s->funcs, &s->nfuncs, (int)(f - s->funcs), sizeof(rfunc));
		break;
	}
}

/* ---- functions ---- */

void functions_prepare(rschema *a, rfocus *f)
{
	(void)f;
	for (int i = 1 + pick(3); i > 0; i--)
		add_func_with_callers(a, pick(4));
}

void functions_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		int i = some_func(b, -1);
		if (i < 0 || chance(15)) {
			add_func_with_callers(b, pick(4));
			continue;
		}
		edit_func(b, &b->funcs[i]);
		if (chance(15) && b->ntables) { /* a caller of it added in the same step */
			rfunc *fn = i < b->nfuncs ? &b->funcs[i] : NULL;
			rtable *t = &b->tables[pick(b->ntables)];
			if (fn && fn->role == R_PRED && !fn->int_arg)
				add_pred_caller(b, t, fn, chance(50));
			else if (fn && fn->role == R_DEFAULT)
				add_default_caller(b, t, fn);
		}
	}
}

/* ---- triggers ---- */

void triggers_prepare(rschema *a, rfocus *f)
{
	(void)f;
	for (int i = 1 + pick(2); i > 0; i--)
		add_random_func(a, R_TRIGGER);
	for (int i = 1 + pick(3); i > 0; i--) {
		int k = some_func(a, R_TRIGGER);
		if (k >= 0)
			add_random_trigger(a, &a->tables[pick(a->ntables)], a->funcs[k].name);
	}
}

void edit_trigger(rschema *s, rtable *t, rtrig *g)
{
	switch (pick(10)) {
	case 0:
		g->events = 1 + pick(15);
		break;
	case 1:
		g->after = !g->after;
		break;
	case 2:
		g->row = !g->row;
		break;
	case 3:
		g->when = pick(3);
		if (t->ncols)
			name_copy(g->when_col, t->cols[pick(t->ncols)].name);
		if (g->when)
			g->row = true;
		break;
	case 4:
		g->enabled = (g->enabled + 1 + pick(3)) % 4;
		break;
	case 5:
		if (t->ncols) {
			g->events |= EV_UPDATE;
			snprintf(g->upd_col, NAMELEN, "%s", chance(30) ? "" : t->cols[pick(t->ncols)].name);
		}
		break;
	case 6: { /* another function, sometimes a new one */
		rfunc *fn = chance(40) ? add_random_func(s, R_TRIGGER) : NULL;
		int k = fn ? (int)(fn - s->funcs) : some_func(s, R_TRIGGER);
		if (k >= 0)
			name_copy(g->fn, s->funcs[k].name);
		break;
	}
	case 7:
		g->deferrable = !g->deferrable;
		if (g->deferrable)
			g->after = g->row = true;
		break;
	case 8: /* the column it names renamed or dropped */
	{
		rcol *c = find_col(t, g->upd_col[0] ? g->upd_col : g->when_col);
		if (c && chance(60))
			ed_rename_column(s, t, c);
		else if (c && t->ncols > 1 && c->nullable && !is_key(s, t, c))
			drop_column(s, t, (int)(c - t->cols));
		break;
	}
	default:
		drop_at(t->trigs, &t->ntrigs, (int)(g - t->trigs), sizeof(rtrig));
		break;
	}
}

void triggers_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		rtable *t = &b->tables[pick(b->ntables)];
		int what = pick(10);
		if (what < 5 && t->ntrigs) {
			edit_trigger(b, t, &t->trigs[pick(t->ntrigs)]);
		} else if (what < 7) { /* the trigger function changes: body, name, or it goes with its triggers */
			int k = some_func(b, R_TRIGGER);
			if (k < 0)
				continue;
			int how = pick(4);
			if (how < 2)
				b->funcs[k].body = (b->funcs[k].body + 1 + pick(3)) % 4;
			else if (how == 2)
				rename_func(b, &b->funcs[k]);
			else
				drop_at(b->funcs, &b->nfuncs, k, sizeof(rfunc));
		} else if (what == 7) {
			ed_rename_table(b, t);
		} else {
			int k = some_func(b, R_TRIGGER);
			if (k < 0 || chance(30)) {
				rfunc *fn = add_random_func(b, R_TRIGGER);
				k = fn ? (int)(fn - b->funcs) : k;
			}
			if (k >= 0)
				add_random_trigger(b, t, b->funcs[k].name);
		}
	}
}

/* ---- views ---- */

/* A view over a table, or over a view already there. */
rview *add_view_somewhere(rschema *s)
{
	bool on_view = s->nviews && chance(40);
	const char *src = on_view ? s->views[pick(s->nviews)].name : s->tables[pick(s->ntables)].name;
	rname name;
	snprintf(name, NAMELEN, "%s", src);
	return add_random_view(s, name, chance(35));
}

void views_prepare(rschema *a, rfocus *f)
{
	(void)f;
	if (chance(40))
		add_func_with_callers(a, R_PRED);
	for (int i = 1 + pick(3); i > 0; i--)
		add_view_somewhere(a);
}

/* The source's outputs that v does not select yet. */
static int unselected(rschema *s, const rview *v, rname *out)
{
	int n = 0;
	rtable *t = find_table(s, v->src);
	rview *sv = t ? NULL : find_view(s, v->src);
	for (int i = 0; t && i < t->ncols; i++)
		snprintf(out[n++], NAMELEN, "%s", t->cols[i].name);
	for (int k = 0; sv && k < sv->ncols; k++)
		snprintf(out[n++], NAMELEN, "%s", view_out(sv, k));
	for (int i = 0; i < n; i++)
		for (int k = 0; k < v->ncols; k++)
			if (strcmp(out[i], v->cols[k]) == 0 || strcmp(out[i], view_out(v, k)) == 0) {
				memmove(&out[i], &out[i + 1], (size_t)(n - i - 1) * sizeof(rname));
				n--;
				i--;
				break;
			}
	return n;
}

void rename_view(rschema *s, rview *v)
{
	rname old;
	snprintf(old, NAMELEN, "%s", v->name);
	snprintf(v->name, NAMELEN, v->mat ? "mv%d" : chance(30) ? "View %d" : "v%d", fresh_id(s));
	if (in_a(v->id) && !v->renamed_from[0])
		snprintf(v->renamed_from, NAMELEN, "%s", old);
	views_follow_relation(s, old, v->name);
}

void edit_view(rschema *s, rview *v)
{
	rname free_cols[MAXC + MAXWC];
	switch (pick(12)) {
	case 0:
	case 1: { /* a column appended (CREATE OR REPLACE when nothing reads the view) */
		int n = unselected(s, v, free_cols);
		if (n && v->ncols < MAXWC && !v->fn[0]) {
			snprintf(v->cols[v->ncols], NAMELEN, "%s", free_cols[pick(n)]);
			v->alias[v->ncols][0] = '\0';
			v->ncols++;
		}
		break;
	}
	case 2: /* a column taken off, or two swapped */
		if (v->ncols > 1 && chance(50)) {
			v->ncols--;
		} else if (v->ncols > 1) {
			rname c, a;
			memcpy(c, v->cols[0], NAMELEN);
			memcpy(a, v->alias[0], NAMELEN);
			memcpy(v->cols[0], v->cols[1], NAMELEN);
			memcpy(v->alias[0], v->alias[1], NAMELEN);
			memcpy(v->cols[1], c, NAMELEN);
			memcpy(v->alias[1], a, NAMELEN);
		}
		break;
	case 3:
		v->where = (v->where + 1 + pick(2)) % 3;
		break;
	case 4:
		if (chance(50))
			v->barrier = !v->barrier;
		else
			v->check_option = (v->check_option + 1 + pick(2)) % 3;
		break;
	case 5:
		v->comment = !v->comment;
		break;
	case 6: /* a materialized view's index added, dropped or moved */
		if (v->mat) {
			int m = pick(2);
			snprintf(v->idx_col[m], NAMELEN, "%s", chance(30) ? "" : view_out(v, pick(v->ncols)));
		}
		break;
	case 7:
	case 8:
		rename_view(s, v);
		break;
	case 9: /* an alias given or taken */
	{
		int k = pick(v->ncols);
		rname old;
		snprintf(old, NAMELEN, "%s", view_out(v, k));
		if (v->alias[k][0])
			v->alias[k][0] = '\0';
		else
			snprintf(v->alias[k], NAMELEN, "a%d", fresh_id(s));
		views_follow_column(s, v->name, old, view_out(v, k));
		for (int m = 0; m < 2; m++)
			if (strcmp(v->idx_col[m], old) == 0)
				snprintf(v->idx_col[m], NAMELEN, "%s", view_out(v, k));
		break;
	}
	case 10:
		v->mat = !v->mat;
		break;
	default:
		drop_at(s->views, &s->nviews, (int)(v - s->views), sizeof(rview));
		break;
	}
}

void views_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		if (!b->nviews || chance(20)) {
			add_view_somewhere(b);
			continue;
		}
		edit_view(b, &b->views[pick(b->nviews)]);
	}
}

/* ---- views_deps, views_enum_add ---- */

/* The first two values of e swapped. */
static void memswap_first(renum *e)
{
	char tmp[16];
	memcpy(tmp, e->values[0], sizeof(tmp));
	memcpy(e->values[0], e->values[1], sizeof(tmp));
	memcpy(e->values[1], tmp, sizeof(tmp));
}

void views_deps_prepare(rschema *a, rfocus *f)
{
	rtable *t = &a->tables[pick(a->ntables)];
	if (chance(40)) { /* an enum column the views read */
		renum *e = need_enum(a, 2);
		need_enum_column(a, f, e, false);
		t = find_table_id(a, f->table_id);
		snprintf(f->enum_name, NAMELEN, "%s", e->name);
	}
	f->table_id = t->id;
	rview *v = add_random_view(a, t->name, chance(35));
	if (!v)
		return;
	rcol *ec = f->col_id ? find_col_id(t, f->col_id) : NULL;
	bool selected = false;
	for (int k = 0; ec && k < v->ncols; k++)
		selected |= strcmp(v->cols[k], ec->name) == 0;
	if (ec && !selected && v->ncols < MAXWC) {
		snprintf(v->cols[v->ncols], NAMELEN, "%s", ec->name);
		v->alias[v->ncols++][0] = '\0';
	}
	if (chance(50)) {
		rname name;
		snprintf(name, NAMELEN, "%s", v->name);
		add_random_view(a, name, chance(30));
	}
}

void views_deps_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	if (!t)
		return;
	for (int n = 1 + pick(2); n > 0; n--) {
		rcol *c = t->ncols ? &t->cols[pick(t->ncols)] : NULL;
		for (int i = 0; i < b->nviews && chance(75); i++) { /* mostly a column a view reads */
			rcol *r = strcmp(b->views[i].src, t->name) == 0
				      ? find_col(t, b->views[i].cols[pick(b->views[i].ncols)])
				      : NULL;
			if (r)
				c = r;
		}
		switch (pick(7)) {
		case 0:
		case 1:
			if (c)
				ed_retype(b, t, c, true);
			break;
		case 2:
			if (c)
				ed_rename_column(b, t, c);
			break;
		case 3:
			if (c && t->ncols > 1 && c->nullable && !is_key(b, t, c))
				drop_column(b, t, (int)(c - t->cols));
			break;
		case 4:
			ed_rename_table(b, t);
			break;
		case 5: { /* values removed or reordered: the enum is re-created under the views (added: views_enum_add)
			   */
			renum *e = f->enum_name[0] ? find_enum(b, f->enum_name) : NULL;
			if (e && e->nvalues > 1 && chance(50))
				drop_at(e->values, &e->nvalues, pick(e->nvalues), sizeof(e->values[0]));
			else if (e && e->nvalues > 1)
				memswap_first(e);
			break;
		}
		default:
			if (b->nviews)
				edit_view(b, &b->views[pick(b->nviews)]);
			break;
		}
	}
}

/*
 * views_enum_add: a value added to an enum that a view reads a column of,
 * beside the views' own changes (the down of the enum-values step re-creates
 * the enum, and the views over it around it).
 */
void views_enum_add_prepare(rschema *a, rfocus *f)
{
	views_deps_prepare(a, f);
	if (!f->enum_name[0]) {
		renum *e = need_enum(a, 2);
		rtable *t = find_table_id(a, f->table_id);
		rcol *c = t ? add_column_of(a, t, T_TEXT) : NULL;
		rview *v = t ? add_random_view(a, t->name, chance(35)) : NULL;
		if (!c || !v || v->ncols == MAXWC)
			return;
		c->type = -1;
		snprintf(c->enum_name, NAMELEN, "%s", e->name);
		set_spelling(c);
		snprintf(v->cols[v->ncols], NAMELEN, "%s", c->name);
		v->alias[v->ncols++][0] = '\0';
		snprintf(f->enum_name, NAMELEN, "%s", e->name);
	}
}

void views_enum_add_edit(rschema *b, rfocus *f)
{
	renum *e = find_enum(b, f->enum_name);
	if (e && e->nvalues < MAXV) {
		int at = pick(e->nvalues + 1);
		memmove(e->values[at + 1], e->values[at], (size_t)(e->nvalues - at) * sizeof(e->values[0]));
		snprintf(e->values[at], sizeof(e->values[at]), "v%d", fresh_id(b));
		e->nvalues++;
	}
	if (chance(40) && b->nviews)
		edit_view(b, &b->views[pick(b->nviews)]);
}

/* ---- code_spelling ---- */

void code_spelling_prepare(rschema *a, rfocus *f)
{
	functions_prepare(a, f);
	views_prepare(a, f);
}

/* Functions and views written another way (case, spaces, block scalars): the plan must be empty. */
void code_spelling_edit(rschema *b, rfocus *f)
{
	for (int i = 0; i < b->nfuncs; i++)
		b->funcs[i].spelling = (b->funcs[i].spelling + 1 + pick(2)) % 3;
	for (int i = 0; i < b->nviews; i++)
		b->views[i].spelling = (b->views[i].spelling + 1 + pick(2)) % 3;
	f->no_change = true;
}
