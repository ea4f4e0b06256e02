/*
 * Pairs of the randomized diff suite (see random_pair.h).
 */
#include "random_pair.h"

#include <stdio.h>
#include <string.h>

/* The pair of `seed` in class `klass`: A, then B as the class edits a copy of A. */
void make_pair(rpair *p, uint64_t seed, int klass, int nrows)
{
	memset(p, 0, sizeof(*p));
	p->seed = seed;
	p->klass = klass;
	p->nrows = nrows;
	rnd_state = seed;
	random_schema(&p->a);
	rfocus f = {0};
	if (rclasses[klass].prepare)
		rclasses[klass].prepare(&p->a, &f);
	sanitize(&p->a);
	p->b = p->a;
	class_begin(p->a.counter);
	rclasses[klass].edit(&p->b, &f);
	sanitize(&p->b);
	p->renames_only = f.renames_only;
	p->foreign_zone = f.foreign_zone;
	p->no_change = f.no_change;
	p->drift = f.drift;
	p->bad = f.bad;
	p->ledger = f.ledger;
	p->outside = f.outside;
	p->out_tid = f.table_id;
	p->out_cid = f.col_id;
	name_copy(p->out_type, f.name2);
}

/* Remove candidate `n` of the pair (a table, a column, a constraint, rows...); false when n is past the last. */
/* The trigger of that id removed from x's tables and views. */
static void drop_trigger_id(rschema *x, int id)
{
	for (int tj = 0; tj < x->ntables; tj++)
		for (int m = 0; m < x->tables[tj].ntrigs; m++)
			if (x->tables[tj].trigs[m].id == id)
				drop_at(x->tables[tj].trigs, &x->tables[tj].ntrigs, m--, sizeof(rtrig));
	for (int vj = 0; vj < x->nviews; vj++)
		for (int m = 0; m < x->views[vj].ntrigs; m++)
			if (x->views[vj].trigs[m].id == id)
				drop_at(x->views[vj].trigs, &x->views[vj].ntrigs, m--, sizeof(rtrig));
}

bool pair_remove_nth(rpair *p, int n)
{
	rschema *a = &p->a;
	if (n == 0) {
		if (!p->nrows)
			return true;
		p->nrows = p->nrows > 1 ? 1 : 0;
		return true;
	}
	n--;
	/* One kind of hand-run SQL fewer (class drift). */
	for (int k = 0; k < 16; k++)
		if ((p->drift & (1 << k)) && n-- == 0) {
			p->drift &= ~(1 << k);
			return true;
		}
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *t = &a->tables[ti];
		int tid = t->id;
		int items[1 + MAXC + 4 * MAXK], ni = 0;
		items[ni++] = tid;
		for (int i = 0; i < t->ncols; i++)
			items[ni++] = t->cols[i].id;
		for (int i = 0; i < t->nchecks; i++)
			items[ni++] = t->checks[i].id;
		for (int i = 0; i < t->nuniques; i++)
			items[ni++] = t->uniques[i].id;
		for (int i = 0; i < t->nindexes; i++)
			items[ni++] = t->indexes[i].id;
		for (int i = 0; i < t->nfks; i++)
			items[ni++] = t->fks[i].id;
		if (n >= ni) {
			n -= ni;
			continue;
		}
		int id = items[n];
		for (int side = 0; side < 2; side++) {
			rschema *s = side ? &p->b : &p->a;
			rtable *x = find_table_id(s, tid);
			if (!x)
				continue;
			if (id == tid) {
				drop_at(s->tables, &s->ntables, (int)(x - s->tables), sizeof(rtable));
				continue;
			}
			rcol *c = find_col_id(x, id);
			if (c)
				drop_column(s, x, (int)(c - x->cols));
			for (int i = 0; i < x->nchecks; i++)
				if (x->checks[i].id == id)
					drop_at(x->checks, &x->nchecks, i--, sizeof(rcheck));
			for (int i = 0; i < x->nuniques; i++)
				if (x->uniques[i].id == id)
					drop_at(x->uniques, &x->nuniques, i--, sizeof(rkey));
			for (int i = 0; i < x->nindexes; i++)
				if (x->indexes[i].id == id)
					drop_at(x->indexes, &x->nindexes, i--, sizeof(ridx));
			for (int i = 0; i < x->nfks; i++)
				if (x->fks[i].id == id)
					drop_at(x->fks, &x->nfks, i--, sizeof(rfk));
		}
		sanitize(&p->a);
		sanitize(&p->b);
		return true;
	}
	/* Undo B's edits of one column, of one table's name, of one enum's values. */
	for (int ti = 0; ti < a->ntables; ti++) {
		rtable *ta = &a->tables[ti], *tb = find_table_id(&p->b, ta->id);
		for (int i = 0; tb && i < ta->ncols; i++) {
			rcol *ca = &ta->cols[i], *cb = find_col_id(tb, ca->id), *other = find_col(tb, ca->name);
			if (!cb || (other && other != cb) || memcmp(ca, cb, sizeof(*ca)) == 0 || n-- != 0)
				continue;
			rname bname;
			snprintf(bname, NAMELEN, "%s", cb->name);
			*cb = *ca;
			rename_column_refs(&p->b, tb, bname, ca->name);
			sanitize(&p->b);
			return true;
		}
		if (tb && strcmp(ta->name, tb->name) != 0 && !find_table(&p->b, ta->name) && n-- == 0) {
			rename_table_refs(&p->b, tb->name, ta->name);
			snprintf(tb->name, NAMELEN, "%s", ta->name);
			tb->renamed_from[0] = '\0';
			sanitize(&p->b);
			return true;
		}
	}
	for (int i = 0; i < a->nenums; i++) {
		renum *e = find_enum(&p->b, a->enums[i].name);
		if (e && memcmp(e, &a->enums[i], sizeof(*e)) != 0 && n-- == 0) {
			*e = a->enums[i];
			sanitize(&p->b);
			return true;
		}
	}
	/* Enums no column of A or B uses. */
	for (int i = 0; i < a->nenums; i++)
		if (!enum_used(a, a->enums[i].name) && !enum_used(&p->b, a->enums[i].name) && n-- == 0) {
			renum *e = find_enum(&p->b, a->enums[i].name);
			if (e)
				drop_at(p->b.enums, &p->b.nenums, (int)(e - p->b.enums), sizeof(renum));
			drop_at(a->enums, &a->nenums, i, sizeof(renum));
			return true;
		}
	/* Functions, views and triggers (both sides, by id), then those only B has. */
	for (int side = 0; side < 2; side++) {
		rschema *s = side ? &p->b : a;
		for (int i = 0; i < s->nfuncs; i++)
			if ((side == 0 || !find_func_id(a, s->funcs[i].id)) && n-- == 0) {
				int id = s->funcs[i].id;
				for (int k = 0; k < 2; k++) {
					rschema *x = k ? &p->b : a;
					rfunc *f = find_func_id(x, id);
					if (f)
						drop_at(x->funcs, &x->nfuncs, (int)(f - x->funcs), sizeof(rfunc));
					sanitize(x);
				}
				return true;
			}
		for (int i = 0; i < s->nviews; i++)
			if ((side == 0 || !find_view_id(a, s->views[i].id)) && n-- == 0) {
				int id = s->views[i].id;
				for (int k = 0; k < 2; k++) {
					rschema *x = k ? &p->b : a;
					rview *v = find_view_id(x, id);
					if (v)
						drop_at(x->views, &x->nviews, (int)(v - x->views), sizeof(rview));
					sanitize(x);
				}
				return true;
			}
		for (int ti = 0; ti < s->ntables; ti++)
			for (int i = 0; i < s->tables[ti].ntrigs; i++)
				if (n-- == 0) {
					drop_trigger_id(a, s->tables[ti].trigs[i].id);
					drop_trigger_id(&p->b, s->tables[ti].trigs[i].id);
					return true;
				}
		for (int vi = 0; vi < s->nviews; vi++)
			for (int i = 0; i < s->views[vi].ntrigs; i++)
				if (n-- == 0) {
					drop_trigger_id(a, s->views[vi].trigs[i].id);
					drop_trigger_id(&p->b, s->views[vi].trigs[i].id);
					return true;
				}
	}
	/* Tables only B has. */
	for (int ti = 0; ti < p->b.ntables; ti++)
		if (!find_table_id(a, p->b.tables[ti].id)) {
			if (n-- == 0) {
				drop_at(p->b.tables, &p->b.ntables, ti, sizeof(rtable));
				sanitize(&p->b);
				return true;
			}
		}
	return false;
}
