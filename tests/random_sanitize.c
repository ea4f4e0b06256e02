/*
 * Keeping the randomized diff suite's schemas valid for the models loader
 * after an edit (see random_model.h): drops that take their dependents along,
 * renames followed everywhere, and sanitize().
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

static bool key_same_cols(rname *a, int na, rname *b, int nb)
{
	if (na != nb)
		return false;
	for (int i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return true;
}

/* ---- keeping the models valid ---- */

void drop_at(void *array, int *n, int i, size_t size)
{
	char *a = array;
	memmove(a + (size_t)i * size, a + (size_t)(i + 1) * size, (size_t)(*n - i - 1) * size);
	(*n)--;
}

void drop_column(rschema *s, rtable *t, int i)
{
	rname name;
	snprintf(name, NAMELEN, "%s", t->cols[i].name);
	drop_at(t->cols, &t->ncols, i, sizeof(rcol));
	if (is_pk_col(t, name))
		t->npk = 0;
	for (int k = 0; k < t->nuniques; k++)
		for (int m = 0; m < t->uniques[k].n; m++)
			if (strcmp(t->uniques[k].cols[m], name) == 0) {
				drop_at(t->uniques, &t->nuniques, k--, sizeof(rkey));
				break;
			}
	for (int k = 0; k < t->nchecks; k++)
		if (strcmp(t->checks[k].a, name) == 0 || strcmp(t->checks[k].b, name) == 0)
			drop_at(t->checks, &t->nchecks, k--, sizeof(rcheck));
	for (int k = 0; k < t->nindexes; k++)
		if (strcmp(t->indexes[k].col, name) == 0 || strcmp(t->indexes[k].col2, name) == 0)
			drop_at(t->indexes, &t->nindexes, k--, sizeof(ridx));
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *o = &s->tables[ti];
		for (int k = 0; k < o->nfks; k++) {
			bool uses = false;
			for (int m = 0; m < o->fks[k].n; m++)
				uses |= (o == t && strcmp(o->fks[k].cols[m], name) == 0) ||
					(strcmp(o->fks[k].ref_table, t->name) == 0 &&
					 strcmp(o->fks[k].ref_cols[m], name) == 0);
			if (uses)
				drop_at(o->fks, &o->nfks, k--, sizeof(rfk));
		}
	}
	for (int k = 0; k < t->ncols; k++)
		if (t->cols[k].gen &&
		    (strcmp(t->cols[k].gsrc[0], name) == 0 || strcmp(t->cols[k].gsrc[1], name) == 0)) {
			drop_column(s, t, k);
			k = -1; /* the array moved: start again */
		}
}

void rename_column_refs(rschema *s, rtable *t, const char *from, const char *to)
{
	for (int i = 0; i < t->npk; i++)
		if (strcmp(t->pk[i], from) == 0)
			snprintf(t->pk[i], NAMELEN, "%s", to);
	for (int i = 0; i < t->nuniques; i++)
		for (int m = 0; m < t->uniques[i].n; m++)
			if (strcmp(t->uniques[i].cols[m], from) == 0)
				snprintf(t->uniques[i].cols[m], NAMELEN, "%s", to);
	for (int i = 0; i < t->nchecks; i++) {
		if (strcmp(t->checks[i].a, from) == 0)
			snprintf(t->checks[i].a, NAMELEN, "%s", to);
		if (strcmp(t->checks[i].b, from) == 0)
			snprintf(t->checks[i].b, NAMELEN, "%s", to);
	}
	for (int i = 0; i < t->nindexes; i++) {
		if (strcmp(t->indexes[i].col, from) == 0)
			snprintf(t->indexes[i].col, NAMELEN, "%s", to);
		if (strcmp(t->indexes[i].col2, from) == 0)
			snprintf(t->indexes[i].col2, NAMELEN, "%s", to);
	}
	for (int i = 0; i < t->ncols; i++)
		for (int m = 0; m < 2; m++)
			if (t->cols[i].gen && strcmp(t->cols[i].gsrc[m], from) == 0)
				snprintf(t->cols[i].gsrc[m], NAMELEN, "%s", to);
	for (int i = 0; i < t->ntrigs; i++) {
		if (strcmp(t->trigs[i].upd_col, from) == 0)
			snprintf(t->trigs[i].upd_col, NAMELEN, "%s", to);
		if (strcmp(t->trigs[i].when_col, from) == 0)
			snprintf(t->trigs[i].when_col, NAMELEN, "%s", to);
	}
	views_follow_column(s, t->name, from, to);
	for (int i = 0; i < s->nseqs; i++)
		if (strcmp(s->seqs[i].owner_table, t->name) == 0 && strcmp(s->seqs[i].owner_col, from) == 0)
			snprintf(s->seqs[i].owner_col, NAMELEN, "%s", to);
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *o = &s->tables[ti];
		for (int i = 0; i < o->nfks; i++)
			for (int m = 0; m < o->fks[i].n; m++) {
				if (o == t && strcmp(o->fks[i].cols[m], from) == 0)
					snprintf(o->fks[i].cols[m], NAMELEN, "%s", to);
				if (strcmp(o->fks[i].ref_table, t->name) == 0 &&
				    strcmp(o->fks[i].ref_cols[m], from) == 0)
					snprintf(o->fks[i].ref_cols[m], NAMELEN, "%s", to);
			}
	}
}

void rename_table_refs(rschema *s, const char *from, const char *to)
{
	views_follow_relation(s, from, to);
	for (int i = 0; i < s->ntables; i++)
		for (int k = 0; k < s->tables[i].ntrigs; k++)
			if (strcmp(s->tables[i].trigs[k].from, from) == 0)
				snprintf(s->tables[i].trigs[k].from, NAMELEN, "%s", to);
	for (int i = 0; i < s->nseqs; i++)
		if (strcmp(s->seqs[i].owner_table, from) == 0)
			snprintf(s->seqs[i].owner_table, NAMELEN, "%s", to);
	for (int i = 0; i < s->ntables; i++)
		for (int k = 0; k < s->tables[i].nfks; k++)
			if (strcmp(s->tables[i].fks[k].ref_table, from) == 0)
				snprintf(s->tables[i].fks[k].ref_table, NAMELEN, "%s", to);
}

static void sanitize_columns(rschema *s, rtable *t)
{
	for (int i = 0; i < t->ncols; i++) {
		rcol *c = &t->cols[i];
		if (c->type < 0 && !find_enum(s, c->enum_name)) {
			drop_at(t->cols, &t->ncols, i--, sizeof(rcol));
			continue;
		}
		if (c->gen) {
			rcol *a = find_col(t, c->gsrc[0]), *b = c->gsrc[1][0] ? find_col(t, c->gsrc[1]) : NULL;
			if (!a || !can_feed_generated(a) || (c->gsrc[1][0] && (!b || !can_feed_generated(b)))) {
				drop_at(t->cols, &t->ncols, i--, sizeof(rcol));
				continue;
			}
			c->nullable = true;
			c->dflt[0] = '\0';
			c->identity = 0;
			c->serial = false;
			c->coll[0] = '\0';
		}
		if (col_family(c) != F_TXT || c->type < 0)
			c->coll[0] = '\0';
		if (c->type < 0 && !c->array && c->dflt[0]) {
			renum *e = find_enum(s, c->enum_name);
			bool ok = false;
			for (int v = 0; v < e->nvalues; v++) {
				char lit[24];
				snprintf(lit, sizeof(lit), "'%s'", e->values[v]);
				ok |= strcmp(lit, c->dflt) == 0;
			}
			if (!ok)
				c->dflt[0] = '\0';
		}
		/* A default that reads a sequence: of an integer column, and of a sequence that exists. */
		if (strncmp(c->dflt, "nextval(", 8) == 0 &&
		    (c->type < 0 || !rtypes[c->type].intlike || c->array || !seq_read_by(s, c)))
			c->dflt[0] = '\0';
		if (c->identity || c->serial) {
			if (c->type < 0 || !rtypes[c->type].intlike || c->dflt[0]) {
				c->identity = 0;
				c->serial = false;
				set_spelling(c);
			} else {
				c->nullable = false;
			}
		}
		if (!c->identity) { /* options only an identity has */
			c->id_map = c->id_cycle = false;
			c->id_start = c->id_inc = c->id_cache = c->id_max = c->id_min = 0;
		} else if (c->id_max > 32767 && strcmp(rtypes[c->type].canon, "smallint") == 0) {
			c->id_max = 30000;
		}
	}
}

static bool usable_key_col(rtable *t, const char *name)
{
	rcol *c = find_col(t, name);
	return c && !c->gen;
}

/*
 * A sequence's owner must be a column of the models; and an owner whose
 * default reads it must be nullable, or the catalog takes the pair for a
 * serial column (the loader refuses it): then the sequence is owned by nothing.
 */
static void sanitize_sequences(rschema *s)
{
	for (int i = 0; i < s->nseqs; i++) {
		rseq *q = &s->seqs[i];
		if (!q->owner_table[0])
			continue;
		rtable *t = find_table(s, q->owner_table);
		rcol *c = t ? find_col(t, q->owner_col) : NULL;
		if (!c || c->gen || (!c->nullable && seq_read_by(s, c) == q && !q->keep_owner))
			q->owner_table[0] = q->owner_col[0] = '\0';
	}
}

void sanitize(rschema *s)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		sanitize_columns(s, t);
		for (int i = 0; i < t->npk; i++)
			if (!usable_key_col(t, t->pk[i]))
				t->npk = 0;
		for (int i = 0; i < t->npk; i++)
			find_col(t, t->pk[i])->nullable = false;
		if (t->npk != 1)
			t->pk_shorthand = false;
		for (int i = 0; i < t->nuniques; i++) {
			rkey *k = &t->uniques[i];
			bool ok = !(t->npk && key_same_cols(k->cols, k->n, t->pk, t->npk));
			for (int m = 0; m < k->n; m++)
				ok &= usable_key_col(t, k->cols[m]);
			for (int o = 0; o < i && ok; o++)
				ok = !key_same_cols(k->cols, k->n, t->uniques[o].cols, t->uniques[o].n);
			if (!ok)
				drop_at(t->uniques, &t->nuniques, i--, sizeof(rkey));
		}
		for (int i = 0; i < t->nchecks; i++) {
			rcheck *k = &t->checks[i];
			rcol *a = find_col(t, k->a), *b = k->b[0] ? find_col(t, k->b) : NULL;
			bool ok = a && (!k->b[0] || b) && !a->gen && !(b && b->gen);
			if (ok && k->kind != 6 && k->kind != 8)
				ok = k->kind <= 2 ? col_family(a) == F_NUM && (!b || col_family(b) == F_NUM)
						  : col_family(a) == F_TXT;
			if (!ok)
				drop_at(t->checks, &t->nchecks, i--, sizeof(rcheck));
		}
		for (int i = 0; i < t->nindexes; i++) {
			ridx *x = &t->indexes[i];
			rcol *c = find_col(t, x->col), *d = x->col2[0] ? find_col(t, x->col2) : NULL;
			bool ok = c && (!x->col2[0] || d);
			if (ok && x->kind == 2)
				ok = col_family(c) == F_TXT && !c->gen;
			if (ok && x->kind == 3)
				ok = col_family(c) == F_NUM && !c->gen;
			if (ok && x->unique)
				ok = !c->gen && !(d && d->gen);
			if (!ok)
				drop_at(t->indexes, &t->nindexes, i--, sizeof(ridx));
		}
	}
	/* Foreign keys last: their targets' keys are settled now. */
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = 0; i < t->nfks; i++) {
			rfk *f = &t->fks[i];
			rtable *target = find_table(s, f->ref_table);
			bool ok = target && key_same_cols(f->ref_cols, f->n, target->pk, target->npk);
			for (int m = 0; ok && m < f->n; m++) {
				rcol *mine = find_col(t, f->cols[m]), *ref = find_col(target, f->ref_cols[m]);
				ok = mine && ref && same_type(mine, ref) && !mine->gen &&
				     strcmp(mine->coll, ref->coll) == 0;
			}
			if (!ok)
				drop_at(t->fks, &t->nfks, i--, sizeof(rfk));
		}
	}
	sanitize_sequences(s);
	sanitize_code(s);
}
