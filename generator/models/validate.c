/*
 * The checks across the whole schema, once every file is converted: relation
 * names (tables, indexes and keys share one namespace), enums against tables,
 * renames, foreign keys against their targets (a primary or unique key of the
 * referenced columns), and the types that are neither built in nor an enum
 * of the models.
 */
#include <stdlib.h>
#include <string.h>

#include "model_int.h"
#include "strbuf.h"

/* A named object for the checks across the whole schema. */
typedef struct named {
	const char *name;
	const char *kind;  /* "table", "index", "primary key", "unique constraint" */
	const char *table; /* owner of an index or key, NULL for a table */
	size_t order;	   /* definition order, to keep the first one first */
	sg_pos pos;
} named;

static int named_cmp(const void *a, const void *b)
{
	const named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

static const named *find_named(const named *items, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(items[mid].name, name);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < n && strcmp(items[lo].name, name) == 0 ? &items[lo] : NULL;
}

static void describe_named(sg_strbuf *sb, const named *x)
{
	if (x->table)
		sg_strbuf_addf(sb, "%s '%s' of table '%s'", x->kind, x->name, x->table);
	else
		sg_strbuf_addf(sb, "%s '%s'", x->kind, x->name);
}

/* Tables, indexes and the indexes of keys share PostgreSQL's relation namespace. */
static void check_relation_names(sg_model_conv *cv, named *rels, size_t n)
{
	qsort(rels, n, sizeof(*rels), named_cmp);
	for (size_t i = 1; i < n; i++) {
		if (strcmp(rels[i].name, rels[i - 1].name) != 0)
			continue;
		size_t first = i - 1;
		while (first > 0 && strcmp(rels[first - 1].name, rels[i].name) == 0)
			first--;
		sg_strbuf a = SG_STRBUF_INIT, b = SG_STRBUF_INIT;
		describe_named(&a, &rels[i]);
		describe_named(&b, &rels[first]);
		if (!rels[i].table && !rels[first].table && strcmp(rels[i].kind, rels[first].kind) == 0)
			sg_model__error_at(cv->ld, rels[i].pos, "duplicate %s '%s' (first defined at %s:%d:%d)",
					   rels[i].kind, rels[i].name, rels[first].pos.file, rels[first].pos.line,
					   rels[first].pos.column);
		else
			sg_model__error_at(
			    cv->ld, rels[i].pos,
			    "%s has the name of %s (%s:%d:%d); tables, indexes and keys share one namespace", a.data,
			    b.data, rels[first].pos.file, rels[first].pos.line, rels[first].pos.column);
		sg_strbuf_release(&a);
		sg_strbuf_release(&b);
	}
}

/* Whether `cols` (any order) is exactly the key of a primary key, unique constraint or plain unique index. */
static bool has_unique_key(sg_model_conv *cv, const sg_table *t, const char *const *cols, size_t n)
{
	for (size_t i = 0; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		if ((k->kind != SG_CON_PRIMARY_KEY && k->kind != SG_CON_UNIQUE) || k->deferrable || k->ncolumns != n ||
		    !k->columns)
			continue;
		size_t found = 0;
		for (size_t a = 0; a < n; a++)
			for (size_t b = 0; b < n; b++)
				found += strcmp(cols[a], k->columns[b]) == 0;
		if (found == n)
			return true;
	}
	for (size_t i = 0; i < t->nindexes; i++) {
		const sg_index *x = &t->indexes[i];
		if (!x->unique || x->where || x->nelements != n || !x->elements)
			continue;
		size_t found = 0;
		for (size_t e = 0; e < n; e++) {
			sg_sql_index_elem el;
			const char *msg;
			if (sg_model_sql_index_elem(cv->arena, x->elements[e], &el, &msg) != 0 || !el.column)
				break;
			for (size_t a = 0; a < n; a++)
				found += strcmp(cols[a], el.column) == 0;
		}
		if (found == n)
			return true;
	}
	return false;
}

static void check_foreign_keys(sg_model_conv *cv, const named *tables, size_t ntables)
{
	sg_schema *s = cv->schema;
	for (size_t i = 0; i < cv->nfks; i++) {
		const sg_model_fk *fi = &cv->fks[i];
		sg_table *t = &s->tables[fi->table];
		sg_constraint *k = &t->constraints[fi->constraint];
		if (k->ref_schema || !k->columns)
			continue; /* another schema: the server checks it */
		sg_strbuf what = SG_STRBUF_INIT;
		if (k->name)
			sg_strbuf_addf(&what, "foreign key '%s' of table '%s'", k->name, t->name);
		else
			sg_strbuf_addf(&what, "foreign key on (%s%s) of table '%s'", k->columns[0],
				       k->ncolumns > 1 ? ", ..." : "", t->name);
		const named *target = find_named(tables, ntables, k->ref_table);
		if (!target) {
			sg_model_suggestion sug = {.name = k->ref_table};
			for (size_t j = 0; j < ntables; j++)
				sg_model__suggest(&sug, tables[j].name);
			if (sug.best)
				sg_model__error_at(cv->ld, fi->target_pos,
						   "%s references unknown table '%s' (did you mean '%s'?)", what.data,
						   k->ref_table, sug.best);
			else
				sg_model__error_at(cv->ld, fi->target_pos, "%s references unknown table '%s'",
						   what.data, k->ref_table);
			sg_strbuf_release(&what);
			continue;
		}
		const sg_table *rt = &s->tables[target->order];
		if (fi->ref_from_pk) {
			const sg_constraint *rpk = sg_table_primary_key(rt);
			if (!rpk) {
				sg_model__error_at(
				    cv->ld, fi->target_pos,
				    "%s references table '%s', which has no primary key; name the referenced columns",
				    what.data, rt->name);
				sg_strbuf_release(&what);
				continue;
			}
			k->ref_columns = rpk->columns;
			k->nref_columns = rpk->ncolumns;
		}
		bool ok = true;
		for (size_t c = 0; c < k->nref_columns; c++)
			if (!sg_table_find_column(rt, k->ref_columns[c])) {
				sg_model__error_at(cv->ld, fi->target_pos,
						   "%s references unknown column '%s' of table '%s'", what.data,
						   k->ref_columns[c], rt->name);
				ok = false;
			}
		if (k->nref_columns != k->ncolumns) {
			sg_model__error_at(cv->ld, k->pos,
					   "%s has %zu column%s but references %zu column%s of table '%s'", what.data,
					   k->ncolumns, k->ncolumns == 1 ? "" : "s", k->nref_columns,
					   k->nref_columns == 1 ? "" : "s", rt->name);
			ok = false;
		}
		if (ok && !has_unique_key(cv, rt, k->ref_columns, k->nref_columns))
			sg_model__error_at(
			    cv->ld, fi->target_pos,
			    "%s references columns of table '%s' that are not its primary key or a unique key",
			    what.data, rt->name);
		sg_strbuf_release(&what);
	}
}

/*
 * Types: built in, an enum of the models, or something the database must
 * already have.  Only the columns convert_column() left undecided are looked
 * at again: those of a type that is not built in.
 */
static void check_types(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	for (size_t i = 0; i < cv->ntypes; i++) {
		const sg_table *t = &s->tables[cv->types[i].table];
		const sg_column *c = &t->columns[cv->types[i].column];
		sg_sql_type ty;
		const char *msg;
		if (sg_model_sql_type_memo(cv->memo, c->type, &ty, &msg) != 0)
			continue;
		sg_pos pos = cv->types[i].pos;
		if (ty.schema && strcmp(ty.schema, "pg_catalog") == 0) {
			if (!sg_model_sql_builtin_type(ty.name))
				sg_model__error_at(cv->ld, pos,
						   "type '%s' of column '%s' of table '%s' is not a built-in type",
						   c->type, c->name, t->name);
			continue;
		}
		if (ty.schema && strcmp(ty.schema, s->name) != 0)
			continue; /* another schema's type: the server checks it */
		if ((!ty.schema && sg_model_sql_builtin_type(ty.name)) || sg_schema_find_enum(s, ty.name) ||
		    sg_schema_find_domain(s, ty.name))
			continue;
		const char *ext = sg_model_sql_extension_of_type(ty.name);
		if (ext) {
			bool declared = false;
			for (size_t e = 0; e < s->nextensions; e++)
				declared |= strcmp(s->extensions[e].name, ext) == 0;
			if (!declared)
				sg_model__warning_at(
				    cv->ld, pos,
				    "type '%s' of column '%s' of table '%s' comes from extension '%s', which the "
				    "models do not list; it must be installed in the database",
				    c->type, c->name, t->name, ext);
			continue;
		}
		sg_model_suggestion sug = {.name = ty.name};
		for (size_t e = 0; e < s->nenums; e++)
			sg_model__suggest(&sug, s->enums[e].name);
		for (size_t e = 0; e < s->ndomains; e++)
			sg_model__suggest(&sug, s->domains[e].name);
		if (sug.best)
			sg_model__warning_at(
			    cv->ld, pos,
			    "type '%s' of column '%s' of table '%s' is neither built in nor an enum or a domain of the "
			    "models (did you mean '%s'?); it must exist in the database",
			    c->type, c->name, t->name, sug.best);
		else
			sg_model__warning_at(
			    cv->ld, pos,
			    "type '%s' of column '%s' of table '%s' is neither built in nor an enum or a domain of the "
			    "models; it must exist in the database",
			    c->type, c->name, t->name);
	}
}

static int enum_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_enum *)a)->name, ((const sg_enum *)b)->name);
}

/*
 * Each enum's renamed_from: not a type the models still define (an enum or a
 * domain: they share the schema's type namespace), and not the old name of
 * another enum or domain too (which of them continues it is not known).
 */
static void check_enum_renames(sg_model_conv *cv)
{
	const sg_schema *s = cv->schema;
	for (size_t e = 0; e < s->nenums; e++) {
		const sg_enum *x = &s->enums[e];
		if (!x->renamed_from || strcmp(x->renamed_from, x->name) == 0)
			continue;
		if (sg_schema_find_enum(s, x->renamed_from))
			sg_model__error_at(cv->ld, x->renamed_pos,
					   "enum '%s' is renamed from '%s', which is still an enum of the models",
					   x->name, x->renamed_from);
		if (sg_schema_find_domain(s, x->renamed_from))
			sg_model__error_at(cv->ld, x->renamed_pos,
					   "enum '%s' is renamed from '%s', which is a domain of the models", x->name,
					   x->renamed_from);
		for (size_t j = 0; j < e; j++)
			if (s->enums[j].renamed_from && strcmp(s->enums[j].renamed_from, x->renamed_from) == 0)
				sg_model__error_at(
				    cv->ld, x->renamed_pos, "enums '%s' and '%s' are both renamed from '%s' (%s:%d:%d)",
				    s->enums[j].name, x->name, x->renamed_from, s->enums[j].renamed_pos.file,
				    s->enums[j].renamed_pos.line, s->enums[j].renamed_pos.column);
		for (size_t d = 0; d < s->ndomains; d++)
			if (s->domains[d].renamed_from && strcmp(s->domains[d].renamed_from, x->renamed_from) == 0)
				sg_model__error_at(cv->ld, x->renamed_pos,
						   "enum '%s' and domain '%s' are both renamed from '%s'", x->name,
						   s->domains[d].name, x->renamed_from);
	}
}

static int ext_cmp(const void *a, const void *b)
{
	return strcmp(((const sg_extension *)a)->name, ((const sg_extension *)b)->name);
}

typedef struct table_lookup {
	const named *tabs;
	size_t n;
} table_lookup;

static bool is_table(const void *ctx, const char *name)
{
	const table_lookup *t = ctx;
	return find_named(t->tabs, t->n, name) != NULL;
}

void sg_model__check_all(sg_model_conv *cv)
{
	sg_schema *s = cv->schema;
	if (sg_model__settle(cv) != 0) {
		cv->ld->oom = true;
		return;
	}
	if (s->nextensions > 1)
		qsort(s->extensions, s->nextensions, sizeof(sg_extension), ext_cmp);
	if (s->nenums > 1)
		qsort(s->enums, s->nenums, sizeof(sg_enum), enum_cmp);
	/* A foreign key to the models' own schema, named, is one without a schema. */
	for (size_t i = 0; i < cv->nfks; i++) {
		sg_constraint *k = &s->tables[cv->fks[i].table].constraints[cv->fks[i].constraint];
		if (k->ref_schema && strcmp(k->ref_schema, s->name) == 0)
			k->ref_schema = NULL;
	}

	/* Relation names: tables, named indexes, named keys. */
	size_t nrels = s->ntables + s->nsequences;
	for (size_t ti = 0; ti < s->ntables; ti++)
		nrels += s->tables[ti].nindexes + s->tables[ti].nconstraints;
	named *rels = calloc(nrels ? nrels : 1, sizeof(*rels));
	named *tabs = calloc(s->ntables ? s->ntables : 1, sizeof(*tabs));
	if (!rels || !tabs) {
		free(rels);
		free(tabs);
		cv->ld->oom = true;
		return;
	}
	size_t nr = 0;
	for (size_t ti = 0; ti < s->ntables; ti++) {
		const sg_table *t = &s->tables[ti];
		tabs[ti] = (named){t->name, "table", NULL, ti, t->pos};
		rels[nr++] = tabs[ti];
		for (size_t i = 0; i < t->nconstraints; i++) {
			const sg_constraint *k = &t->constraints[i];
			if (k->name && (k->kind == SG_CON_PRIMARY_KEY || k->kind == SG_CON_UNIQUE))
				rels[nr++] = (named){
				    k->name, k->kind == SG_CON_PRIMARY_KEY ? "primary key" : "unique constraint",
				    t->name, nr, k->pos};
		}
		for (size_t i = 0; i < t->nindexes; i++)
			if (t->indexes[i].name)
				rels[nr++] = (named){t->indexes[i].name, "index", t->name, nr, t->indexes[i].pos};
	}
	for (size_t i = 0; i < s->nsequences; i++)
		rels[nr++] = (named){s->sequences[i].name, "sequence", NULL, s->ntables + i, s->sequences[i].pos};
	/* Order keeps tables first among equal names, so duplicates name the table first. */
	for (size_t i = 0; i < nr; i++)
		rels[i].order = rels[i].table ? s->ntables + i : rels[i].order;
	check_relation_names(cv, rels, nr);
	qsort(tabs, s->ntables, sizeof(*tabs), named_cmp);

	for (size_t e = 0; e < s->nenums; e++) {
		const named *t = find_named(tabs, s->ntables, s->enums[e].name);
		if (t)
			sg_model__error_at(
			    cv->ld, s->enums[e].pos,
			    "enum '%s' has the name of table '%s' (%s:%d:%d), whose row type takes that name",
			    s->enums[e].name, t->name, t->pos.file, t->pos.line, t->pos.column);
	}
	for (size_t r = 0; r < cv->nrenames; r++) {
		size_t ti = cv->renames[r].table;
		const sg_table *t = &s->tables[ti];
		if (strcmp(t->renamed_from, t->name) == 0)
			continue;
		sg_pos pos = cv->renames[r].pos;
		if (find_named(tabs, s->ntables, t->renamed_from))
			sg_model__error_at(cv->ld, pos,
					   "table '%s' is renamed from '%s', which is still a table of the models",
					   t->name, t->renamed_from);
		for (size_t j = 0; j < ti; j++)
			if (s->tables[j].renamed_from && strcmp(s->tables[j].renamed_from, t->renamed_from) == 0)
				sg_model__error_at(cv->ld, pos, "tables '%s' and '%s' are both renamed from '%s'",
						   s->tables[j].name, t->name, t->renamed_from);
	}
	check_foreign_keys(cv, tabs, s->ntables);
	table_lookup lookup = {tabs, s->ntables};
	sg_model__check_domains(cv, is_table, &lookup);
	check_enum_renames(cv); /* once the domains are sorted */
	check_types(cv);
	sg_model__check_sequences(cv);
	free(rels);
	free(tabs);
}
