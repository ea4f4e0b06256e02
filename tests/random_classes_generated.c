/*
 * The change classes of the randomized diff suite around stored generated
 * columns (see random_edit.h): generated, generated_dep, generated_new_dep,
 * generated_toggle, rename_generated.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

void generated_prepare(rschema *a, rfocus *f)
{
	need_generated(a, f);
}

/* generated: stored generated columns added, dropped, or given another expression. */
void generated_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *g = t ? find_col_id(t, f->col_id) : NULL;
	if (!g)
		return;
	switch (pick(3)) {
	case 0:
		ed_gen_add(b, t);
		break;
	case 1:
		drop_column(b, t, (int)(g - t->cols));
		break;
	default:
		ed_gen_expr(b, t, g);
		break;
	}
}

/*
 * generated_dep: a column a generated column reads is retyped (or recollated), or dropped while the
 * expression changes.
 */
void generated_dep_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *g = t ? find_col_id(t, f->col_id) : NULL;
	if (!g)
		return;
	rcol *src = find_col(t, g->gsrc[pick(g->gen == G_CONCAT ? 2 : 1)]);
	if (chance(15) && col_family(src) == F_TXT) {
		ed_collation(src);
		return;
	}
	/* Only what base would drop (nullable, in no key): dropping keys on rows is drop_notnull's. */
	bool droppable = src->nullable && !is_key(b, t, src);
	if (chance(55) || !droppable) {
		ed_retype(b, t, src, true);
		if (chance(30))
			ed_gen_expr(b, t, g);
		return;
	}
	int si = (int)(src - t->cols);
	rname gone;
	snprintf(gone, NAMELEN, "%s", src->name);
	const char *other = some_source(b, t, src);
	if (!other)
		return;
	rname on;
	snprintf(on, NAMELEN, "%s", other);
	make_generated(g, 1 + pick(3), on, on);
	for (int i = 0; i < t->ncols; i++) /* other readers of the dropped column read the other one */
		for (int m = 0; m < 2; m++)
			if (t->cols[i].gen && strcmp(t->cols[i].gsrc[m], gone) == 0)
				snprintf(t->cols[i].gsrc[m], NAMELEN, "%s", on);
	drop_column(b, t, si);
}

/* generated_new_dep: a new generated column reading a column that is retyped (or renamed) in the same step. */
void generated_new_dep_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	if (!t || t->ncols >= MAXC)
		return;
	rcol *src = some_col(b, t, retypable);
	if (!src || !can_feed_generated(src))
		return;
	int id = src->id;
	ed_retype(b, t, src, true);
	src = find_col_id(t, id);
	if (!can_feed_generated(src))
		return;
	if (chance(30))
		ed_rename_column(b, t, src);
	rname sn;
	snprintf(sn, NAMELEN, "%s", src->name);
	add_generated_column(b, t, 1 + pick(3), sn, sn);
}

void generated_new_dep_prepare(rschema *a, rfocus *f)
{
	rtable *t = roomy_table(a, 2);
	if (!some_source(a, t, NULL))
		add_column_of(a, t, chance(50) ? T_INTEGER : T_TEXT);
	f->table_id = t->id;
}

/* generated_toggle: a generated column becomes a plain one (its values kept), or the other way. */
void generated_toggle_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *g = t ? find_col_id(t, f->col_id) : NULL;
	if (!g)
		return;
	if (chance(55)) {
		ed_gen_to_plain(g);
		return;
	}
	rcol *c = some_col(b, t, plain_col);
	if (c && !ed_plain_to_gen(b, t, c)) {
		rcol *n = add_column_of(b, t, chance(50) ? T_TEXT : T_INTEGER);
		(void)n; /* a new plain column: nothing becomes generated this time */
	}
}

/* rename_generated: renames of a generated column, of what it reads, beside becoming generated. */
void rename_generated_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *g = t ? find_col_id(t, f->col_id) : NULL;
	if (!g)
		return;
	rcol *src = find_col(t, g->gsrc[0]);
	int how = pick(4);
	if (how == 0 || how == 3)
		ed_rename_column(b, t, src);
	if (how == 1 || how == 3)
		ed_rename_column(b, t, g);
	if (how == 2) { /* a column renamed, another becomes generated from it */
		ed_rename_column(b, t, src);
		rcol *c = some_col(b, t, plain_col);
		if (c && c != src)
			ed_plain_to_gen(b, t, c);
	}
	if (chance(25))
		ed_rename_table(b, t);
	if (chance(25))
		ed_gen_expr(b, t, g);
}
