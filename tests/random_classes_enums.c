/*
 * The change classes of the randomized diff suite around enums (see
 * random_edit.h): enum_retype, enum_values_renamed, enum_fk, enum_value_use.
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* enum_retype: an enum column moves to another enum (made from the first's labels), or to text and back. */
void enum_retype_prepare(rschema *a, rfocus *f)
{
	renum *e = need_enum(a, 2);
	need_enum_column(a, f, e, true);
}

void enum_retype_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c || c->type >= 0)
		return;
	if (!c->array && !in_fk(b, t, c->name) && chance(20)) { /* to text */
		c->type = T_TEXT;
		set_spelling(c);
		c->dflt[0] = '\0';
		return;
	}
	renum *e = find_enum(b, c->enum_name);
	if (b->nenums == MAXE || !e)
		return;
	renum *n = &b->enums[b->nenums++];
	*n = *e;
	snprintf(n->name, NAMELEN, "%s%d", chance(50) ? "level" : "lvl", ++b->counter);
	for (int i = n->nvalues - 1; i > 0; i--) { /* shuffle */
		int j = pick(i + 1);
		char tmp[16];
		memcpy(tmp, n->values[i], sizeof(tmp));
		memcpy(n->values[i], n->values[j], sizeof(tmp));
		memcpy(n->values[j], tmp, sizeof(tmp));
	}
	if (chance(40))
		ed_enum_values(b, n);
	snprintf(c->enum_name, NAMELEN, "%s", n->name);
	set_spelling(c);
	if (chance(40) && !enum_used(b, e->name))
		drop_at(b->enums, &b->nenums, (int)(e - b->enums), sizeof(renum));
}

/* enum_values_renamed: enum values added, removed, reordered while a column of it is renamed or dropped. */
void enum_values_renamed_prepare(rschema *a, rfocus *f)
{
	renum *e = need_enum(a, 2);
	need_enum_column(a, f, e, true);
}

void enum_values_renamed_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c || c->type >= 0)
		return;
	renum *e = find_enum(b, c->enum_name);
	for (int i = 1 + pick(2); i > 0; i--)
		ed_enum_values(b, e);
	switch (pick(4)) {
	case 0:
		ed_rename_column(b, t, c);
		break;
	case 1:
		ed_rename_table(b, t);
		break;
	case 2:
		ed_rename_column(b, t, c);
		ed_rename_table(b, t);
		break;
	default:
		if (t->ncols > 1)
			drop_column(b, t, (int)(c - t->cols));
		break;
	}
}

/* enum_fk: a value of an enum is removed while a foreign key joins two columns of that enum. */
void enum_fk_prepare(rschema *a, rfocus *f)
{
	renum *e = need_enum(a, 3);
	if (a->ntables > MAXT - 1)
		drop_table_at(a, &a->tables[0]);
	rtable *p = &a->tables[a->ntables++];
	memset(p, 0, sizeof(*p));
	p->id = fresh_id(a);
	fresh_table_name(a, p->name);
	rcol *k = add_column_of(a, p, T_TEXT);
	k->type = -1;
	snprintf(k->enum_name, NAMELEN, "%s", e->name);
	k->nullable = false;
	set_spelling(k);
	snprintf(p->pk[0], NAMELEN, "%s", k->name);
	p->npk = 1;
	p->pk_shorthand = chance(50);
	add_random_column(a, p);
	rtable *c = roomy_table(a, 2);
	add_fk_to(a, c, p);
	sanitize(a);
	f->table_id = p->id;
	snprintf(f->enum_name, NAMELEN, "%s", e->name);
}

void enum_fk_edit(rschema *b, rfocus *f)
{
	renum *e = find_enum(b, f->enum_name);
	if (!e || e->nvalues < 2)
		return;
	int at = pick(e->nvalues);
	memmove(e->values[at], e->values[at + 1], (size_t)(e->nvalues - at - 1) * sizeof(e->values[0]));
	e->nvalues--;
	if (chance(30))
		ed_enum_values(b, e);
}

/*
 * enum_value_use: a value added to an enum and used in the same step: as the default of a column of the
 * enum, of a new column (NOT NULL sometimes), or both; the new value must be committed before its use.
 */
void enum_value_use_prepare(rschema *a, rfocus *f)
{
	renum *e = need_enum(a, 1);
	need_enum_column(a, f, e, false);
	snprintf(f->enum_name, NAMELEN, "%s", e->name);
}

void enum_value_use_edit(rschema *b, rfocus *f)
{
	renum *e = find_enum(b, f->enum_name);
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!e || !t || e->nvalues >= MAXV)
		return;
	int at = pick(e->nvalues + 1);
	memmove(e->values[at + 1], e->values[at], (size_t)(e->nvalues - at) * sizeof(e->values[0]));
	snprintf(e->values[at], sizeof(e->values[at]), "v%d", ++b->counter);
	e->nvalues++;
	if (c && !c->array && c->type < 0 && chance(70))
		snprintf(c->dflt, sizeof(c->dflt), "'%s'", e->values[at]);
	if (chance(60)) {
		rcol *n = add_column_of(b, t, T_TEXT);
		if (n) {
			n->type = -1;
			snprintf(n->enum_name, NAMELEN, "%s", e->name);
			set_spelling(n);
			snprintf(n->dflt, sizeof(n->dflt), "'%s'", e->values[at]);
			n->nullable = chance(50);
		}
	}
	if (c && chance(25))
		ed_rename_column(b, t, c);
}
