/*
 * The class `identity_options` of the randomized diff suite (see
 * random_edit.h): a key column (and sometimes a second counter column) whose
 * identity has sequence options, `identity: { generated, start, increment,
 * min, max, cache, cycle }`, in A, B or both: options added, changed,
 * removed, the kind flipped (always <-> by default), the column converted
 * between plain, serial and identity with options.  Rows are seeded through
 * the sequences, and the round trip inserts a row after the up and after the
 * down: the next value must not collide with the keys the rows hold.  A
 * sequence keeps its direction and a minimum only goes down (its current
 * value, data, must stay in range: the plan does not reset it).
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* Random options for identity column c (ascending mostly). */
static void random_options(rcol *c)
{
	c->id_map = chance(30);
	c->id_start = c->id_inc = c->id_cache = c->id_max = c->id_min = 0;
	c->id_cycle = false;
	if (chance(15)) { /* descending: from -1 down */
		c->id_inc = -1 - pick(5);
		if (chance(50))
			c->id_min = -30000;
		c->id_cycle = chance(30);
		return;
	}
	if (chance(50))
		c->id_start = 1 + pick(500);
	if (chance(50))
		c->id_inc = 1 + pick(10);
	if (chance(30))
		c->id_min = chance(50) ? 1 : -100;
	if (chance(30))
		c->id_max = chance(50) ? 30000 : 100000;
	if (chance(30))
		c->id_cache = 1 + pick(20);
	c->id_cycle = chance(20);
}

/* One option of identity column c changed (the direction kept, the minimum only lowered). */
static void change_option(rcol *c)
{
	bool down = c->id_inc < 0;
	switch (pick(6)) {
	case 0:
		if (!down)
			c->id_start = chance(70) ? 1 + pick(500) : 0;
		break;
	case 1:
		c->id_inc = down ? -1 - pick(5) : chance(70) ? 1 + pick(10) : 0;
		break;
	case 2:
		c->id_cache = chance(70) ? 1 + pick(20) : 0;
		break;
	case 3:
		if (!down)
			c->id_max = c->id_max == 30000 ? 100000 : c->id_max ? 0 : 30000;
		break;
	case 4:
		if (down)
			c->id_min = -30000;
		else if (c->id_min >= 0)
			c->id_min = -100;
		break;
	default:
		c->id_cycle = !c->id_cycle;
		break;
	}
	c->id_map |= chance(30);
}

/* The identity (1, 2) or serial/plain column becomes kind k (identity_kind's numbers) with random options. */
static void convert(rcol *c, int k)
{
	bool was = c->identity != 0;
	ed_identity(c, k);
	if (c->identity && !was && chance(70)) /* an identity kept keeps its options (and direction) */
		random_options(c);
}

/* An integer column of t that is not generated, in no foreign key and not the focus, or NULL. */
static rcol *second_counter(rschema *s, rtable *t, int not_id)
{
	for (int i = 0; i < t->ncols; i++) {
		rcol *c = &t->cols[i];
		if (c->id != not_id && c->type >= 0 && rtypes[c->type].intlike && !c->array && !c->gen &&
		    !in_fk(s, t, c->name) && !in_check_or_expr_index(t, c->name) && !read_by_generated(t, c->name))
			return c;
	}
	return NULL;
}

void identity_options_prepare(rschema *a, rfocus *f)
{
	identity_prepare(a, f);
	rtable *t = find_table_id(a, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (c && !c->identity && chance(50))
		ed_identity(c, 2 + pick(2));
	if (c && c->identity && chance(75))
		random_options(c);
	if (t && chance(40)) { /* a second counter: a new identity column with options */
		rcol *d = t->ncols < MAXC ? add_column_of(a, t, 1 + pick(2)) : NULL;
		if (d)
			convert(d, 2 + pick(2));
	}
	sanitize(a);
}

void identity_options_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c)
		return;
	for (int n = 1 + pick(2); n > 0; n--) {
		rcol *x = chance(70) ? c : second_counter(b, t, c->id);
		if (!x)
			x = c;
		switch (pick(5)) {
		case 0:
		case 1:
			if (x->identity)
				change_option(x);
			else
				convert(x, 2 + pick(2));
			break;
		case 2: /* options removed: PostgreSQL's defaults again */
			if (x->identity && x->id_inc >= 0 && x->id_min >= 0) {
				x->id_start = x->id_inc = x->id_cache = x->id_max = x->id_min = 0;
				x->id_cycle = false;
				x->id_map = chance(50);
			}
			break;
		case 3:
			if (x->identity)
				x->identity = 3 - x->identity;
			break;
		default:
			convert(x, (identity_kind(x) + 1 + pick(3)) % 4);
			break;
		}
	}
}
