/*
 * The randomized diff suite's domains (class "domains", random_classes.c):
 * A gets domains and columns of them; B changes them the ways the diff
 * handles: a default, a comment and a check set or removed, NOT NULL on a
 * domain nothing uses, a rename (its columns follow), integer to bigint (a
 * re-create with its columns), a new domain with a new column, a domain
 * dropped with its columns or after they went back to its base type.  The
 * checks hold for every value (random_model.h), so the seeded rows stay valid.
 */
#include <stdio.h>
#include <string.h>

#include "random_edit.h"

static const int bases[] = {T_INTEGER, T_BIGINT, T_TEXT};

rdomain *add_random_domain(rschema *s)
{
	if (s->ndomains == MAXD)
		return NULL;
	rdomain *d = &s->domains[s->ndomains++];
	memset(d, 0, sizeof(*d));
	snprintf(d->name, NAMELEN, "dom%d", fresh_id(s));
	d->base = bases[pick(3)];
	d->dflt = chance(40);
	d->comment = chance(30);
	d->check = pick(3);
	return d;
}

static bool domain_used(const rschema *s, const char *name)
{
	for (int ti = 0; ti < s->ntables; ti++)
		for (int i = 0; i < s->tables[ti].ncols; i++)
			if (strcmp(s->tables[ti].cols[i].domain, name) == 0)
				return true;
	return false;
}

void add_domain_column(rschema *s, const rdomain *d, rfocus *f)
{
	rtable *t = roomy_table(s, 1);
	rcol *c = t ? add_column_of(s, t, d->base) : NULL;
	if (!c)
		return;
	snprintf(c->domain, NAMELEN, "%s", d->name);
	set_spelling(c);
	if (f) {
		f->table_id = t->id;
		f->col_id = c->id;
	}
}

void domains_prepare(rschema *a, rfocus *f)
{
	for (int i = 1 + pick(2); i > 0; i--) {
		rdomain *d = add_random_domain(a);
		if (!d)
			break;
		for (int k = pick(3); k > 0; k--)
			add_domain_column(a, d, f);
	}
}

void drop_domain_columns(rschema *s, const char *name)
{
	for (int ti = 0; ti < s->ntables; ti++) {
		rtable *t = &s->tables[ti];
		for (int i = t->ncols - 1; i >= 0; i--)
			if (strcmp(t->cols[i].domain, name) == 0)
				drop_column(s, t, i);
	}
}

void domains_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int n = 1 + pick(3); n > 0; n--) {
		int which = pick(8);
		if (which == 7 || b->ndomains == 0) {
			rdomain *d = add_random_domain(b);
			if (d && chance(70))
				add_domain_column(b, d, NULL);
			continue;
		}
		rdomain *d = &b->domains[pick(b->ndomains)];
		switch (which) {
		case 0:
			d->dflt = !d->dflt;
			break;
		case 1:
			d->comment = !d->comment;
			break;
		case 2:
			d->check = (d->check + 1 + pick(2)) % 3;
			break;
		case 3:
			if (!domain_used(b, d->name))
				d->notnull = !d->notnull;
			break;
		case 4: {
			rname old;
			snprintf(old, NAMELEN, "%s", d->name);
			snprintf(d->name, NAMELEN, "dom%d", fresh_id(b));
			if (!d->renamed_from[0])
				snprintf(d->renamed_from, NAMELEN, "%s", old);
			domain_follow(b, old, d->name, d->base);
			break;
		}
		case 5:
			if (d->base == T_INTEGER) {
				d->base = T_BIGINT;
				domain_follow(b, d->name, d->name, T_BIGINT);
			}
			break;
		default: {
			/* Dropped: its columns with it, or taken back to the base type first. */
			if (chance(50))
				drop_domain_columns(b, d->name);
			else
				domain_follow(b, d->name, NULL, d->base);
			drop_at(b->domains, &b->ndomains, (int)(d - b->domains), sizeof(rdomain));
			break;
		}
		}
	}
}
