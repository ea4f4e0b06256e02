/*
 * Change classes of the randomized diff suite around links between objects
 * (see random_edit.h, random_links.c) that only golden cases covered:
 * - domain_casts: checks, index expressions, generated columns and defaults
 *   that cast to a domain, while the domain is renamed, re-created (integer
 *   to bigint), has its checks changed or goes, and the columns and tables
 *   the casts read are renamed or retyped;
 * - function_links: default functions whose BEGIN ATOMIC or RETURN bodies
 *   read a sequence (renamed, dropped, or dropped while another is renamed
 *   to its name), call another function (renamed, replaced, re-created with
 *   another result type) or count a view's rows (the views change); a
 *   predicate whose argument default calls a default function;
 * - combined: in one pair, a table renamed, a column of it retyped, a
 *   function's signature changed, a view over the table and a trigger on it
 *   changed, around a check, a default and a view that call functions.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* ---- domain_casts ---- */

/* A column of t whose `(c)::text` is immutable (an index expression may read it), or NULL. */
static rcol *index_col(rtable *t)
{
	int cand[MAXC], n = 0;
	for (int i = 0; i < t->ncols; i++) {
		rcol *c = &t->cols[i];
		fam fm = col_family(c);
		if (!c->gen && !c->array &&
		    (fm == F_TXT || fm == F_BOOL || fm == F_UUID ||
		     (fm == F_NUM && c->type >= 0 && rtypes[c->type].intlike)))
			cand[n++] = i;
	}
	return n ? &t->cols[cand[pick(n)]] : NULL;
}

/* A column of t a default may cast a constant to d for (a new one when none fits), or NULL. */
static rcol *default_col(rschema *s, rtable *t, const rdomain *d)
{
	bool txt = d->base == T_TEXT;
	for (int i = 0; i < t->ncols; i++) {
		rcol *c = &t->cols[i];
		if (!c->dflt[0] && !c->gen && !c->identity && !c->serial && !c->array && !c->domain[0] &&
		    col_family(c) == (txt ? F_TXT : F_NUM) && chance(50))
			return c;
	}
	return add_column_of(s, t, txt ? T_TEXT : T_INTEGER);
}

/* One more place that casts to domain d: a check, an index expression, a generated column, a default. */
static void add_cast_site(rschema *s, const rdomain *d)
{
	if (!s->ntables)
		return;
	bool txt = d->base == T_TEXT;
	rtable *t = &s->tables[pick(s->ntables)];
	switch (pick(5)) {
	case 0: {
		rcol *c = t->ncols ? some_col(s, t, plain_col) : NULL;
		if (!c || t->nchecks == MAXK)
			break;
		rcheck k = {.id = fresh_id(s), .kind = 7, .dtxt = txt, .not_valid = chance(10)};
		name_copy(k.a, c->name);
		name_copy(k.dom, d->name);
		t->checks[t->nchecks++] = k;
		break;
	}
	case 1: {
		rcol *c = index_col(t);
		if (!c || t->nindexes == MAXK)
			break;
		ridx x = {.id = fresh_id(s), .kind = 6, .dtxt = txt, .partial = chance(20)};
		name_copy(x.col, c->name);
		name_copy(x.dom, d->name);
		t->indexes[t->nindexes++] = x;
		break;
	}
	case 2: {
		const char *src = some_source(s, t, NULL);
		rname sname;
		if (!src)
			break;
		name_copy(sname, src);
		rcol *g = add_generated_column(s, t, txt ? G_TEXT : G_LEN, sname, NULL);
		if (g)
			name_copy(g->gdom, d->name);
		break;
	}
	case 3: {
		rcol *c = default_col(s, t, d);
		if (c)
			domain_default(c->dflt, sizeof(c->dflt), d);
		break;
	}
	default:
		add_domain_column(s, d, NULL);
		break;
	}
}

void domain_casts_prepare(rschema *a, rfocus *f)
{
	(void)f;
	for (int i = 1 + pick(2); i > 0; i--) {
		rdomain *d = add_random_domain(a);
		if (!d)
			break;
		for (int k = 1 + pick(3); k > 0; k--)
			add_cast_site(a, d);
	}
}

/* The first cast site of domain `dom` found: its table and the column it reads (check or index). */
static rcol *cast_reader(rschema *s, const char *dom, rtable **tout)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		*tout = t;
		for (int k = 0; k < t->nchecks; k++)
			if (t->checks[k].kind == 7 && strcmp(t->checks[k].dom, dom) == 0 && find_col(t, t->checks[k].a))
				return find_col(t, t->checks[k].a);
		for (int k = 0; k < t->nindexes; k++)
			if (t->indexes[k].kind == 6 && strcmp(t->indexes[k].dom, dom) == 0 &&
			    find_col(t, t->indexes[k].col))
				return find_col(t, t->indexes[k].col);
		for (int i = 0; i < t->ncols; i++)
			if (strcmp(t->cols[i].gdom, dom) == 0 && find_col(t, t->cols[i].gsrc[0]))
				return find_col(t, t->cols[i].gsrc[0]);
	}
	return NULL;
}

/* A cast site of domain `dom` taken away (a check or an index dropped, a cast or default removed). */
static void remove_cast_site(rschema *s, const char *dom)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int k = 0; k < t->nchecks; k++)
			if (t->checks[k].kind == 7 && strcmp(t->checks[k].dom, dom) == 0 && chance(50)) {
				drop_at(t->checks, &t->nchecks, k, sizeof(rcheck));
				return;
			}
		for (int k = 0; k < t->nindexes; k++)
			if (t->indexes[k].kind == 6 && strcmp(t->indexes[k].dom, dom) == 0 && chance(50)) {
				drop_at(t->indexes, &t->nindexes, k, sizeof(ridx));
				return;
			}
		for (int i = 0; i < t->ncols; i++) {
			rcol *c = &t->cols[i];
			if (strcmp(c->gdom, dom) == 0 && chance(50)) {
				c->gdom[0] = '\0';
				return;
			}
			if (default_domain(s, c) && strcmp(default_domain(s, c)->name, dom) == 0 && chance(50)) {
				snprintf(c->dflt, sizeof(c->dflt), "%s",
					 chance(50)		  ? ""
					 : col_family(c) == F_TXT ? "'d'"
								  : "7");
				return;
			}
		}
	}
}

void domain_casts_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		if (!b->ndomains || chance(10)) {
			rdomain *d = add_random_domain(b);
			if (!d)
				continue;
			snprintf(d->name, NAMELEN, "dnew%d", fresh_id(b)); /* never taken for one of A's */
			add_cast_site(b, d);
			continue;
		}
		rdomain *d = &b->domains[pick(b->ndomains)];
		rtable *t = NULL;
		rcol *c = NULL;
		switch (pick(10)) {
		case 0:
		case 1: { /* renamed: the casts and the columns follow */
			domain_rename(b, d, "dren", "dom");
			break;
		}
		case 2: /* re-created: integer to bigint */
			if (d->base == T_INTEGER) {
				d->base = T_BIGINT;
				domain_follow(b, d->name, d->name, T_BIGINT);
			} else {
				d->check = (d->check + 1 + pick(2)) % 3;
			}
			break;
		case 3:
			d->check = (d->check + 1 + pick(2)) % 3;
			break;
		case 4:
			if (chance(50))
				d->dflt = !d->dflt;
			else
				d->comment = !d->comment;
			break;
		case 5: /* dropped: its casts go, its columns too or back to the base type */
			if (chance(50))
				drop_domain_columns(b, d->name);
			else
				domain_follow(b, d->name, NULL, d->base);
			drop_at(b->domains, &b->ndomains, (int)(d - b->domains), sizeof(rdomain));
			break;
		case 6:
			add_cast_site(b, d);
			break;
		case 7:
			remove_cast_site(b, d->name);
			break;
		default: /* what a cast reads: the column renamed or retyped, or its table renamed */
			c = cast_reader(b, d->name, &t);
			if (!c)
				break;
			if (chance(40))
				ed_rename_column(b, t, c);
			else if (chance(50) && retypable(b, t, c))
				ed_retype(b, t, c, true);
			else
				ed_rename_table(b, t);
			break;
		}
	}
}

/* ---- function_links ---- */

/* A default function other than f that may be called (it calls none and reads no view); NULL when none. */
static rfunc *some_callee(rschema *s, const rfunc *f)
{
	int cand[MAXF], n = 0;
	for (int i = 0; i < s->nfuncs; i++) {
		const rfunc *g = &s->funcs[i];
		if (g != f && g->role == R_DEFAULT && !g->callee[0] && !g->view[0])
			cand[n++] = i;
	}
	return n ? &s->funcs[cand[pick(n)]] : NULL;
}

/* f reads a sequence, calls a function or counts a view's rows (a predicate: its argument default calls one). */
static void link_func(rschema *s, rfunc *f)
{
	if (chance(70))
		f->lang = chance(50) ? 0 : 2; /* RETURN, BEGIN ATOMIC: resolved when created */
	if (f->role == R_PRED) {
		rfunc *g = some_callee(s, f);
		f->extra_arg = true;
		f->int_arg = false;
		if (g)
			name_copy(f->callee, g->name);
		if (s->ntables)
			add_pred_caller(s, &s->tables[pick(s->ntables)], f, chance(40));
		return;
	}
	int what = pick(3);
	if ((what == 0 || chance(25)) && s->nseqs) {
		name_copy(f->seq, s->seqs[pick(s->nseqs)].name);
		f->currval = chance(35);
	}
	if (what == 1 || chance(25)) {
		rfunc *g = some_callee(s, f);
		if (g)
			name_copy(f->callee, g->name);
	}
	if (what == 2 || chance(15)) {
		rview *v = s->nviews && chance(60) ? &s->views[pick(s->nviews)] : add_view_somewhere(s);
		if (v)
			name_copy(f->view, v->name);
	}
	if (!f->view[0] && s->ntables && chance(50))
		add_default_caller(s, &s->tables[pick(s->ntables)], f);
}

static void add_linked_func(rschema *s)
{
	rfunc *f = add_random_func(s, chance(75) ? R_DEFAULT : R_PRED);
	if (f)
		link_func(s, f);
}

void function_links_prepare(rschema *a, rfocus *f)
{
	(void)f;
	for (int i = chance(80) ? 1 + pick(2) : 0; i > 0; i--)
		add_random_sequence(a);
	for (int i = 1 + pick(2); i > 0; i--) /* callees first */
		add_func_with_callers(a, R_DEFAULT);
	for (int i = 1 + pick(3); i > 0; i--)
		add_linked_func(a);
}

/* A function that reads something (a sequence when seq, a function when callee, a view when view); NULL when none. */
static rfunc *some_reader(rschema *s, bool seq, bool callee, bool view)
{
	int cand[MAXF], n = 0;
	for (int i = 0; i < s->nfuncs; i++) {
		const rfunc *g = &s->funcs[i];
		if ((seq && g->seq[0]) || (callee && g->callee[0]) || (view && g->view[0]))
			cand[n++] = i;
	}
	return n ? &s->funcs[cand[pick(n)]] : NULL;
}

/* Sequence q dropped while another (or a new one) is renamed to its name: what read q by name reads the other. */
static void seq_recreate(rschema *s, rseq *q)
{
	rname name;
	name_copy(name, q->name);
	int increment = q->increment;
	redirect_defaults(s, q, NULL);
	drop_at(s->seqs, &s->nseqs, (int)(q - s->seqs), sizeof(rseq));
	bool again = !s->nseqs || chance(40);
	rseq *r = again ? add_random_sequence(s) : &s->seqs[pick(s->nseqs)];
	if (!r)
		return;
	/*
	 * A new one of the same name is, for the models, q with other options,
	 * and so is one renamed to it (the plan matches the name first, seed
	 * 8032): its direction stays (random_sequences.c, change_options).
	 */
	if ((r->increment > 0) != (increment > 0)) {
		r->increment = increment;
		r->start = r->max = 0;
	}
	char before[96], after[96];
	rname old;
	name_copy(old, r->name);
	seq_default(before, sizeof(before), r);
	if (in_a(r->id) && !r->renamed_from[0])
		name_copy(r->renamed_from, r->name);
	name_copy(r->name, name);
	seq_default(after, sizeof(after), r);
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (strcmp(s->tables[ti].cols[i].dflt, before) == 0)
				snprintf(s->tables[ti].cols[i].dflt, sizeof(s->tables[ti].cols[i].dflt), "%s", after);
	funcs_follow_sequence(s, old, name);
}

void function_links_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		rfunc *r = NULL, *g = NULL;
		rseq *q = NULL;
		rview *v = NULL;
		switch (pick(9)) {
		case 0: /* the sequence a body reads renamed, dropped, or dropped while another takes its name */
		case 1:
			r = some_reader(b, true, false, false);
			q = r ? find_seq(b, r->seq) : NULL;
			if (!q)
				break;
			if (chance(40)) {
				ed_rename_sequence(b, q);
			} else if (chance(50)) {
				seq_recreate(b, q);
			} else {
				redirect_defaults(b, q, NULL);
				drop_at(b->seqs, &b->nseqs, (int)(q - b->seqs), sizeof(rseq));
			}
			break;
		case 2: /* the function a body or an argument default calls renamed, replaced, or re-created */
		case 3:
			r = some_reader(b, false, true, false);
			g = r ? find_func(b, r->callee, R_DEFAULT) : NULL;
			if (!g)
				break;
			if (chance(35)) {
				rename_func(b, g);
			} else if (chance(50)) {
				g->body = (g->body + 1 + pick(3)) % 4;
			} else {
				g->big = !g->big; /* another result type: dropped and created again */
				if (chance(50))
					change_default_callers(b, g);
			}
			break;
		case 4: /* the view a body counts changes (renamed, re-created, dropped...) */
		case 5:
			r = some_reader(b, false, false, true);
			v = r ? find_view(b, r->view) : NULL;
			if (v && chance(30))
				rename_view(b, v);
			else if (v)
				edit_view(b, v);
			break;
		case 6: /* the reader itself changes */
			r = some_reader(b, true, true, true);
			if (r)
				edit_func(b, r);
			break;
		case 7:
			add_linked_func(b);
			break;
		default: /* what it reads changes: another sequence, function or view, or none */
			r = some_reader(b, true, true, true);
			if (r && chance(50)) {
				r->seq[0] = r->callee[0] = r->view[0] = '\0';
				link_func(b, r);
			} else if (r) {
				r->seq[0] = r->callee[0] = r->view[0] = '\0';
			}
			break;
		}
	}
}

/* ---- combined ---- */

void combined_prepare(rschema *a, rfocus *f)
{
	rtable *t = roomy_table(a, 3);
	if (!t)
		return;
	f->table_id = t->id;
	rfunc *p = add_random_func(a, R_PRED);
	if (p) {
		add_pred_caller(a, t, p, false);
		if (chance(40))
			add_pred_caller(a, t, p, true);
	}
	rname pname = "";
	if (p)
		name_copy(pname, p->name);
	rfunc *d = add_random_func(a, R_DEFAULT);
	if (d)
		add_default_caller(a, t, d);
	rname tname;
	name_copy(tname, t->name);
	rview *v = add_random_view(a, tname, chance(25));
	if (v && pname[0] && chance(50))
		name_copy(v->fn, pname);
	rfunc *tf = add_random_func(a, R_TRIGGER);
	if (tf)
		add_random_trigger(a, t, tf->name);
	if (v && chance(50)) {
		rfunc *r = add_random_func(a, R_DEFAULT);
		if (r) {
			r->lang = chance(50) ? 0 : 2;
			name_copy(r->view, v->name);
		}
	}
}

void combined_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	if (!t)
		return;
	ed_rename_table(b, t);
	/* A column retyped: mostly one a view reads. */
	rcol *c = NULL;
	for (int i = 0; i < b->nviews && !c; i++)
		if (strcmp(b->views[i].src, t->name) == 0 && chance(70)) {
			rcol *r = find_col(t, b->views[i].cols[pick(b->views[i].ncols)]);
			if (r && retypable(b, t, r))
				c = r;
		}
	if (!c)
		c = some_col(b, t, retypable);
	if (c)
		ed_retype(b, t, c, true);
	/* A function's signature: a predicate's arguments, or a default function's result. */
	int k = some_func(b, chance(50) ? R_PRED : R_DEFAULT);
	rfunc *fn = k >= 0 ? &b->funcs[k] : NULL;
	if (fn && fn->role == R_PRED && !fn->int_arg) {
		fn->extra_arg = !fn->extra_arg;
		if (chance(50))
			change_pred_callers(b, fn->name);
	} else if (fn && fn->role == R_DEFAULT) {
		fn->big = !fn->big;
		if (chance(50))
			change_default_callers(b, fn);
	}
	for (int i = 0; i < b->nviews; i++)
		if (strcmp(b->views[i].src, t->name) == 0) {
			edit_view(b, &b->views[i]);
			break;
		}
	if (t->ntrigs)
		edit_trigger(b, t, &t->trigs[pick(t->ntrigs)]);
}
