/*
 * The change classes of the randomized diff suite (see random_edit.h).
 */
#include "random_edit.h"

#include <stdio.h>
#include <string.h>

/* ---- classes ---- */

/* identity: a key column goes between plain, serial and identity, on a table with rows. */
void identity_prepare(rschema *a, rfocus *f)
{
	rtable *t = NULL;
	for (int i = 0; i < a->ntables && !t; i++) {
		rtable *o = &a->tables[i];
		rcol *c = o->npk == 1 ? find_col(o, o->pk[0]) : NULL;
		if (c && c->type >= 0 && rtypes[c->type].intlike && chance(70))
			t = o;
	}
	if (!t) {
		t = roomy_table(a, 1);
		t->npk = 0;
		rcol *c = add_column_of(a, t, 1 + pick(2));
		c->nullable = false;
		snprintf(t->pk[0], NAMELEN, "%s", c->name);
		t->npk = 1;
		t->pk_shorthand = chance(50);
		ed_identity(c, pick(4));
		if (a->ntables > 1 && chance(50))
			add_fk_to(a, &a->tables[pick(a->ntables)], t);
		sanitize(a);
	}
	rcol *c = find_col(t, t->pk[0]);
	f->table_id = t->id;
	f->col_id = c ? c->id : 0;
}

static void identity_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c)
		return;
	ed_identity(c, (identity_kind(c) + 1 + pick(3)) % 4);
}

/*
 * identity_combo: the same conversions, with the column or its table renamed and the column moved to
 * another integer type in the same step (a serial's sequence keeps its old name).
 */
static void identity_combo_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c)
		return;
	if (chance(75))
		ed_identity(c, (identity_kind(c) + 1 + pick(3)) % 4);
	if (chance(50))
		ed_rename_column(b, t, c);
	if (chance(50))
		ed_rename_table(b, t);
	if (chance(50) && !in_fk(b, t, c->name)) {
		int to = pick(3); /* smallint, integer, bigint: rows hold small keys */
		if (to != c->type) {
			c->type = to;
			set_spelling(c);
		}
	}
}

/* drop_notnull: a NOT NULL, key or unique-indexed column (in no foreign key) is dropped from a table with rows. */
static void drop_notnull_edit(rschema *b, rfocus *f)
{
	(void)f;
	for (int tries = 0; tries < 8; tries++) {
		rtable *t = &b->tables[pick(b->ntables)];
		rcol *c = t->ncols > 1 ? &t->cols[pick(t->ncols)] : NULL;
		if (c && (!c->nullable || in_unique(t, c->name)) && !in_fk(b, t, c->name)) {
			drop_column(b, t, (int)(c - t->cols));
			return;
		}
	}
}

static void drop_notnull_prepare(rschema *a, rfocus *f)
{
	(void)f;
	rtable *t = roomy_table(a, 1);
	rcol *c = add_random_column(a, t);
	if (c && chance(35) && t->nindexes < MAXK) { /* unique-indexed, with a default every re-added row gets */
		c->type = chance(50) ? T_INTEGER : T_TEXT;
		c->identity = 0;
		c->serial = false;
		c->array = false;
		c->enum_name[0] = '\0';
		set_spelling(c);
		snprintf(c->dflt, sizeof(c->dflt), "%s", c->type == T_TEXT ? "'x'" : "42");
		ridx x = {.id = fresh_id(a), .unique = true, .kind = pick(2)};
		snprintf(x.col, NAMELEN, "%s", c->name);
		t->indexes[t->nindexes++] = x;
	} else if (c && !c->gen) {
		c->nullable = false;
	}
	sanitize(a);
}

/* drop_referenced: a table, or the key column, that another table's foreign key points to. */
static void drop_referenced_prepare(rschema *a, rfocus *f)
{
	if (a->ntables < 2)
		add_random_table(a);
	rtable *p = &a->tables[pick(a->ntables)];
	if (!p->npk)
		add_random_pk(a, p);
	rtable *c = &a->tables[pick(a->ntables)];
	if (c == p)
		c = &a->tables[(int)(p - a->tables + 1) % a->ntables];
	add_fk_to(a, c, p);
	sanitize(a);
	f->table_id = p->id;
}

static void drop_referenced_edit(rschema *b, rfocus *f)
{
	rtable *p = find_table_id(b, f->table_id);
	if (!p || !p->npk)
		return;
	if (chance(50))
		drop_table_at(b, p);
	else if (p->ncols > 1)
		drop_column(b, p, (int)(find_col(p, p->pk[0]) - p->cols));
}

/* rename_retype: a column renamed and retyped at once (sometimes its table renamed, its default changed). */
static void rename_retype_edit(rschema *b, rfocus *f)
{
	(void)f;
	rtable *t = some_table(b, retypable);
	if (!t)
		return;
	rcol *c = some_col(b, t, retypable);
	ed_rename_column(b, t, c);
	ed_retype(b, t, c, false);
	if (chance(30))
		ed_rename_table(b, t);
	if (chance(20))
		ed_default(b, c);
	if (chance(20))
		ed_null(t, c);
}

/* table_rename_retype: a table renamed while one or two of its columns change type. */
static void table_rename_retype_edit(rschema *b, rfocus *f)
{
	(void)f;
	rtable *t = some_table(b, retypable);
	if (!t)
		return;
	ed_rename_table(b, t);
	for (int i = 1 + pick(2); i > 0; i--) {
		rcol *c = some_col(b, t, retypable);
		ed_retype(b, t, c, false);
	}
}

static void need_txt(rschema *a, rfocus *f)
{
	rtable *t = some_table(a, txt_col);
	if (!t || chance(30)) {
		t = roomy_table(a, 1);
		rcol *c = add_column_of(a, t, T_TEXT + pick(4));
		if (chance(30))
			add_random_index(a, t);
		f->col_id = c->id;
	} else {
		f->col_id = some_col(a, t, txt_col)->id;
	}
	f->table_id = t->id;
}

/* collation: a text column changes collation (sometimes its type too). */
static void collation_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c || !txt_col(b, t, c))
		return;
	ed_collation(c);
	if (chance(40) && !read_by_generated(t, c->name)) {
		int to = T_TEXT + pick(4);
		if (to != c->type) {
			c->type = to;
			set_spelling(c);
		}
	}
}

/* rename_collation: a text column renamed and given another collation (sometimes its table renamed). */
static void rename_collation_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c || !txt_col(b, t, c))
		return;
	ed_rename_column(b, t, c);
	ed_collation(c);
	if (chance(30))
		ed_rename_table(b, t);
}

/*
 * retype_keys: a column retyped while a unique constraint, an index or a check on it is added or dropped in
 * the same step.
 */
static void retype_keys_edit(rschema *b, rfocus *f)
{
	(void)f;
	rtable *t = some_table(b, retypable);
	if (!t)
		return;
	rcol *c = some_col(b, t, retypable);
	int id = c->id;
	if (chance(50) && t->nuniques)
		drop_at(t->uniques, &t->nuniques, pick(t->nuniques), sizeof(rkey));
	if (chance(40) && t->nindexes)
		drop_at(t->indexes, &t->nindexes, pick(t->nindexes), sizeof(ridx));
	ed_retype(b, t, c, false);
	c = find_col_id(t, id);
	if (t->nuniques < MAXK && chance(50)) {
		rkey k = {.id = fresh_id(b)};
		k.n = 1;
		snprintf(k.cols[0], NAMELEN, "%s", c->name);
		t->uniques[t->nuniques++] = k;
	}
	if (t->nindexes < MAXK && chance(50)) {
		ridx x = {.id = fresh_id(b), .kind = pick(5), .unique = chance(30), .partial = chance(30)};
		snprintf(x.col, NAMELEN, "%s", c->name);
		t->indexes[t->nindexes++] = x;
	}
	if (chance(40)) {
		int before = t->nchecks;
		add_random_check(b, t);
		if (t->nchecks > before)
			snprintf(t->checks[t->nchecks - 1].a, NAMELEN, "%s", c->name);
	}
}

/*
 * pk_swap: a table's primary key moves to other columns (the foreign keys to the old key go, new ones to
 * the new key come), sometimes with the key column renamed or a unique constraint on the old key left.
 */
static void pk_swap_prepare(rschema *a, rfocus *f)
{
	rtable *t = roomy_table(a, 2);
	if (!t->npk)
		add_random_pk(a, t);
	if (a->ntables > 1 && chance(60))
		add_fk_to(a, &a->tables[pick(a->ntables)], t);
	sanitize(a);
	f->table_id = t->id;
}

static void pk_swap_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	if (!t)
		return;
	rkey old = {.id = fresh_id(b), .n = t->npk};
	for (int i = 0; i < t->npk; i++)
		snprintf(old.cols[i], NAMELEN, "%s", t->pk[i]);
	t->npk = 0;
	rcol *c = add_column_of(b, t, T_BIGINT); /* an identity: it fills the rows the table has */
	if (!c)
		return;
	c->nullable = false;
	c->identity = 1 + pick(2);
	rcol *k = some_col(b, t, plain_col);
	if (k && k != c && !k->nullable && col_family(k) != F_JSONB && chance(50))
		c = k; /* an existing NOT NULL column becomes the key */
	snprintf(t->pk[0], NAMELEN, "%s", c->name);
	t->npk = 1;
	t->pk_shorthand = chance(50);
	if (old.n && t->nuniques < MAXK && chance(40))
		t->uniques[t->nuniques++] = old;
	if (chance(30))
		ed_rename_column(b, t, c);
	sanitize(b);
	if (b->ntables > 1 && chance(60))
		add_fk_to(b, &b->tables[pick(b->ntables)], t);
}

/* drop_rename_same: column a dropped and b renamed to a; or the same with tables. */
static void drop_rename_same_edit(rschema *b, rfocus *f)
{
	(void)f;
	if (chance(60)) {
		rtable *t = &b->tables[pick(b->ntables)];
		if (t->ncols < 2)
			return;
		int ia = pick(t->ncols), ib = pick(t->ncols);
		if (ia == ib || t->cols[ib].gen || t->cols[ia].renamed_from[0] || t->cols[ib].renamed_from[0] ||
		    !in_a(t->cols[ia].id) || !in_a(t->cols[ib].id))
			return; /* a column new in B would carry a hint to nothing: a plain retype by name */
		if (!t->cols[ia].nullable || is_key(b, t, &t->cols[ia]))
			return; /* dropping what a down cannot restore on rows is drop_notnull's */
		rname name, old;
		snprintf(name, NAMELEN, "%s", t->cols[ia].name);
		snprintf(old, NAMELEN, "%s", t->cols[ib].name);
		int idb = t->cols[ib].id;
		drop_column(b, t, ia);
		rcol *c = find_col_id(t, idb);
		if (!c)
			return;
		snprintf(c->name, NAMELEN, "%s", name);
		snprintf(c->renamed_from, NAMELEN, "%s", old);
		rename_column_refs(b, t, old, name);
		return;
	}
	if (b->ntables < 2)
		return;
	int ia = pick(b->ntables), ib = pick(b->ntables);
	if (ia == ib || b->tables[ib].renamed_from[0] || referenced(b, &b->tables[ia]) || !in_a(b->tables[ia].id) ||
	    !in_a(b->tables[ib].id))
		return; /* dropping a table others reference is drop_referenced's */
	rname name, old;
	snprintf(name, NAMELEN, "%s", b->tables[ia].name);
	snprintf(old, NAMELEN, "%s", b->tables[ib].name);
	int idb = b->tables[ib].id;
	for (int i = 0; i < b->ntables; i++) /* foreign keys to the dropped table go with it */
		for (int k = 0; k < b->tables[i].nfks; k++)
			if (strcmp(b->tables[i].fks[k].ref_table, name) == 0)
				drop_at(b->tables[i].fks, &b->tables[i].nfks, k--, sizeof(rfk));
	drop_table_at(b, &b->tables[ia]);
	rtable *t = find_table_id(b, idb);
	snprintf(t->name, NAMELEN, "%s", name);
	snprintf(t->renamed_from, NAMELEN, "%s", old);
	rename_table_refs(b, old, name);
}

/* rename_names: columns in default-named keys, checks, indexes and foreign keys renamed, nothing else. */
static void rename_names_prepare(rschema *a, rfocus *f)
{
	rtable *t = roomy_table(a, 2);
	rcol *c = some_col(a, t, plain_col);
	if (!c)
		c = add_column_of(a, t, T_INTEGER);
	f->table_id = t->id;
	f->col_id = c->id;
	if (t->nindexes < MAXK) {
		ridx x = {.id = fresh_id(a), .kind = pick(2), .unique = chance(30) && !c->gen};
		snprintf(x.col, NAMELEN, "%s", c->name);
		t->indexes[t->nindexes++] = x;
	}
	add_random_unique(a, t);
	add_random_check(a, t);
	if (a->ntables > 1 && chance(50))
		add_fk_to(a, &a->tables[pick(a->ntables)], t);
	sanitize(a);
}

static void rename_names_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	if (!c)
		return;
	ed_rename_column(b, t, c);
	for (int i = pick(3); i > 0; i--)
		ed_rename_column(b, t, &t->cols[pick(t->ncols)]);
	if (chance(30))
		ed_rename_table(b, t);
	f->renames_only = true;
}

/*
 * mix: several changes of every kind, most on one table and one column; columns dropped only as base
 * drops them (nullable, in no key) unless destructive.
 */
static void mix_edits(rschema *b, rfocus *f, bool destructive)
{
	rtable *t = &b->tables[pick(b->ntables)];
	int cid = t->ncols ? t->cols[pick(t->ncols)].id : 0;
	for (int i = 2 + pick(5); i > 0; i--) {
		if (!chance(75) || !find_table_id(b, t->id)) {
			t = &b->tables[pick(b->ntables)];
			cid = t->ncols ? t->cols[pick(t->ncols)].id : 0;
		}
		rcol *c = find_col_id(t, cid);
		if (!c) {
			if (!t->ncols)
				continue;
			c = &t->cols[pick(t->ncols)];
			cid = c->id;
		}
		switch (pick(16)) {
		case 0:
			ed_rename_column(b, t, c);
			break;
		case 1:
			ed_rename_table(b, t);
			break;
		case 2:
		case 3:
			ed_retype(b, t, c, true);
			break;
		case 4:
			ed_default(b, c);
			break;
		case 5:
			ed_null(t, c);
			break;
		case 6:
			if (c->type >= 0 && rtypes[c->type].intlike && !c->gen)
				ed_identity(c, pick(4));
			break;
		case 7:
			if (txt_col(b, t, c))
				ed_collation(c);
			break;
		case 8:
			if (c->gen)
				ed_gen_to_plain(c);
			else
				ed_plain_to_gen(b, t, c);
			break;
		case 9:
			ed_gen_add(b, t);
			break;
		case 10:
			if (c->type < 0)
				ed_enum_values(b, find_enum(b, c->enum_name));
			else if (b->nenums)
				ed_enum_values(b, &b->enums[pick(b->nenums)]);
			break;
		case 11: /* what a down cannot restore on rows (keys, NOT NULL) only when destructive */
			if (t->ncols > 1 && (destructive || (c->nullable && !is_key(b, t, c))))
				drop_column(b, t, (int)(c - t->cols));
			break;
		case 12:
			add_random_index(b, t);
			add_random_unique(b, t);
			break;
		case 13:
			add_random_check(b, t);
			add_fk_to(b, t, &b->tables[pick(b->ntables)]);
			break;
		case 14:
			add_random_column(b, t);
			break;
		default:
			drop_rename_same_edit(b, f);
			break;
		}
	}
}

static void mix_edit(rschema *b, rfocus *f)
{
	mix_edits(b, f, false);
}

static void mix_destructive_edit(rschema *b, rfocus *f)
{
	mix_edits(b, f, true);
}

/*
 * validity: checks and foreign keys made valid or NOT VALID, NO INHERIT turned, while the columns they read
 * are renamed, and a column retyped with its conversions written out (using/using_down).
 */
static void validity_prepare(rschema *a, rfocus *f)
{
	rtable *t = roomy_table(a, 3);
	add_random_check(a, t);
	add_random_check(a, t);
	if (a->ntables > 1)
		add_fk_to(a, t, &a->tables[pick(a->ntables)]);
	sanitize(a);
	f->table_id = t->id;
}

static void validity_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	if (!t)
		return;
	for (int i = 1 + pick(3); i > 0; i--)
		ed_validity(b, t);
	if (t->nchecks && chance(50)) {
		rcol *c = find_col(t, t->checks[pick(t->nchecks)].a);
		if (c)
			ed_rename_column(b, t, c);
	}
	if (t->nfks && chance(40)) {
		rcol *c = find_col(t, t->fks[pick(t->nfks)].cols[0]);
		if (c)
			ed_rename_column(b, t, c);
	}
	rcol *c = chance(50) ? some_col(b, t, retypable) : NULL;
	if (c)
		ed_retype(b, t, c, false);
	if (chance(25))
		ed_rename_table(b, t);
}

/* zone: timestamp, timestamptz and date columns converted into each other, migrated at +05:30. */
static bool time_col(rschema *s, rtable *t, rcol *c)
{
	fam f = col_family(c);
	return (f == F_TS || f == F_DATE) && !c->gen && !in_fk(s, t, c->name);
}

static void zone_prepare(rschema *a, rfocus *f)
{
	rtable *t = some_table(a, time_col);
	rcol *c = t && chance(60) ? some_col(a, t, time_col) : NULL;
	if (!c) {
		t = roomy_table(a, 1);
		c = add_column_of(a, t, T_TIMESTAMPTZ + pick(3));
		c->nullable = chance(50);
	}
	f->table_id = t->id;
	f->col_id = c->id;
}

static void zone_edit(rschema *b, rfocus *f)
{
	rtable *t = find_table_id(b, f->table_id);
	rcol *c = t ? find_col_id(t, f->col_id) : NULL;
	f->foreign_zone = true;
	if (!c)
		return;
	int to = T_TIMESTAMPTZ + pick(3); /* timestamptz, timestamp(3), date */
	if (to == c->type)
		to = T_TIMESTAMPTZ + (to - T_TIMESTAMPTZ + 1 + pick(2)) % 3;
	c->type = to;
	set_spelling(c);
	random_default(b, c);
	if (chance(30))
		ed_rename_column(b, t, c);
}

static void collation_prepare(rschema *a, rfocus *f)
{
	need_txt(a, f);
}

const rclass rclasses[] = {
    {"base", "one change per object: tables, columns, types, defaults, keys, indexes, enums", NULL, class_base},
    {"identity", "a key column between plain, serial and identity", identity_prepare, identity_edit},
    {"identity_combo", "identity/serial conversions with renames and integer retypes", identity_prepare,
     identity_combo_edit},
    {"identity_options", "identity options (start, increment, min, max, cache, cycle) added, changed, removed",
     identity_options_prepare, identity_options_edit},
    {"drop_notnull", "a NOT NULL, key or unique-indexed column dropped from a table with rows", drop_notnull_prepare,
     drop_notnull_edit},
    {"drop_referenced", "a table or key column another table references dropped", drop_referenced_prepare,
     drop_referenced_edit},
    {"rename_retype", "a column renamed and retyped in one step", NULL, rename_retype_edit},
    {"table_rename_retype", "a table renamed while its columns are retyped", NULL, table_rename_retype_edit},
    {"collation", "a text column's collation (and type) changed", collation_prepare, collation_edit},
    {"rename_collation", "a text column renamed and given another collation", collation_prepare, rename_collation_edit},
    {"generated", "stored generated columns added, dropped, re-expressed", generated_prepare, generated_edit},
    {"generated_dep", "a column a generated column reads retyped or dropped", generated_prepare, generated_dep_edit},
    {"generated_new_dep", "a new generated column reading a column retyped in the same step", generated_new_dep_prepare,
     generated_new_dep_edit},
    {"generated_toggle", "generated <-> plain column", generated_prepare, generated_toggle_edit},
    {"rename_generated", "renames around generated columns, becoming generated", generated_prepare,
     rename_generated_edit},
    {"enum_retype", "an enum column moved to another enum (or to text)", enum_retype_prepare, enum_retype_edit},
    {"enum_values_renamed", "enum values changed while a column of the enum is renamed or dropped",
     enum_values_renamed_prepare, enum_values_renamed_edit},
    {"enum_fk", "an enum value removed while a foreign key joins two columns of the enum", enum_fk_prepare,
     enum_fk_edit},
    {"enum_value_use", "an enum value added and used as a default in the same step", enum_value_use_prepare,
     enum_value_use_edit},
    {"retype_keys", "a column retyped while keys, indexes and checks on it come and go", NULL, retype_keys_edit},
    {"pk_swap", "a primary key moved to other columns, the foreign keys following", pk_swap_prepare, pk_swap_edit},
    {"drop_rename_same", "a column (table) dropped and another renamed to its name", NULL, drop_rename_same_edit},
    {"rename_names", "renames of columns in default-named keys and indexes: renames only", rename_names_prepare,
     rename_names_edit},
    {"validity", "NOT VALID <-> valid, NO INHERIT, beside renames and retypes with using", validity_prepare,
     validity_edit},
    {"zone", "timestamp, timestamptz and date converted into each other, migrated at +05:30", zone_prepare, zone_edit},
    {"domains", "domains added, changed, renamed, re-created and dropped around their columns", domains_prepare,
     domains_edit},
    {"sequences", "sequences created, altered, renamed, owned, disowned, dropped, read by defaults", sequences_prepare,
     sequences_edit},
    {"functions", "functions and procedures added, changed, renamed, dropped, with their callers", functions_prepare,
     functions_edit},
    {"triggers", "triggers added, changed, dropped; their functions changed, swapped, renamed, dropped",
     triggers_prepare, triggers_edit},
    {"trigger_kinds", "triggers renamed, transition tables, enabled states, constraint triggers, WHEN columns changed",
     trigger_kinds_prepare, trigger_kinds_edit},
    {"view_triggers", "INSTEAD OF and statement triggers of views replaced, re-created, renamed, dropped",
     view_triggers_prepare, view_triggers_edit},
    {"views", "views and materialized views added, changed, renamed, dropped; views on views, indexes", views_prepare,
     views_edit},
    {"views_deps", "the columns, tables and enums views read retyped, renamed, dropped, changed", views_deps_prepare,
     views_deps_edit},
    {"views_enum_add", "a value added to an enum a view reads (its down re-creates the enum under the view)",
     views_enum_add_prepare, views_enum_add_edit},
    {"code_spelling", "functions and views spelled another way only: no change", code_spelling_prepare,
     code_spelling_edit},
    {"domain_casts",
     "casts to domains in checks, indexes, generated columns, defaults; the domains renamed, re-created",
     domain_casts_prepare, domain_casts_edit},
    {"function_links",
     "bodies reading sequences, calling functions, counting views; argument defaults calling functions",
     function_links_prepare, function_links_edit},
    {"combined", "a table renamed, a column retyped, a signature changed, a view and a trigger changed in one pair",
     combined_prepare, combined_edit},
    {"drift", "the live database altered by hand (sequences, identity, domain check, comment, trigger, body, view)",
     drift_prepare, drift_edit},
    {"bad_input", "B made bad first (syntax, unknown column/sequence/function/key, match: partial): exit 2 at line:col",
     NULL, bad_input_edit},
    {"fk_retype", "keys retyped with every column referencing them: chains, self-references, MATCH FULL, uuid",
     fk_retype_prepare, fk_retype_edit},
    {"serial_retype", "a serial key with foreign keys to it turned text, numeric, uuid; or turned serial",
     serial_retype_prepare, serial_retype_edit},
    {"seq_swap", "a serial's table dropped while a sequence of its sequence's name is declared, or the reverse",
     seq_swap_prepare, seq_swap_edit},
    {"ledger", "base's edits with an application table schema_migrations, run with migrate/diff/check --table",
     ledger_prepare, ledger_edit},
    {"domain_users", "other domains' defaults/checks, trigger WHENs, functions naming a domain renamed, re-created",
     domain_users_prepare, domain_users_edit},
    {"enum_users", "other domains' defaults/checks, trigger WHENs, functions naming an enum re-created, extended",
     enum_users_prepare, enum_users_edit},
    {"outside", "domain_users/enum_users with views, types, functions, tables of schema sg_ext reading A's objects",
     outside_prepare, outside_edit},
    {"mix", "2-6 changes of every kind, most on one table and column", NULL, mix_edit},
    {"mix_destructive", "mix, with drops of keys and NOT NULL columns", NULL, mix_destructive_edit},
};
const int NCLASSES = (int)(sizeof(rclasses) / sizeof(rclasses[0]));

int class_index(const char *name)
{
	for (int i = 0; i < NCLASSES; i++)
		if (strcmp(rclasses[i].name, name) == 0)
			return i;
	return -1;
}
