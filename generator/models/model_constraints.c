/*
 * A table's constraints converted from its y_table, in the order PostgreSQL
 * creates them for one CREATE TABLE: checks, the primary key, unique
 * constraints, then foreign keys; column shorthands (`primary_key`,
 * `unique`, `references`) become table-level constraints here.  Each is
 * checked on its own table; foreign keys are checked against their target
 * once every file is converted (validate.c).
 */
#include <string.h>

#include "model_int.h"
#include "strbuf.h"

static sg_constraint *new_constraint(sg_table *t, sg_constraint_kind kind, const char *name, sg_pos pos)
{
	sg_constraint *k = &t->constraints[t->nconstraints++];
	k->kind = kind;
	k->name = name;
	k->pos = pos;
	return k;
}

static void add_fk_info(sg_model_conv *cv, size_t table, size_t constraint, sg_pos target_pos, bool ref_from_pk)
{
	sg_model_fk *fks = sg_model__grow(cv->fks, &cv->capfks, cv->nfks, sizeof(*fks));
	if (!fks) {
		cv->ld->oom = true;
		return;
	}
	cv->fks = fks;
	cv->fks[cv->nfks++] = (sg_model_fk){table, constraint, target_pos, ref_from_pk};
}

static void check_deferrable(sg_model_conv *cv, sg_pos pos, bool deferrable, bool initially_deferred, const char *what)
{
	if (initially_deferred && !deferrable)
		sg_model__error_at(cv->ld, pos, "%s is initially deferred but not deferrable; add 'deferrable: true'",
				   what);
}

/* A foreign key's `match:` (in mapping `n`): FULL or SIMPLE; PARTIAL is an error, as PostgreSQL has none. */
static void set_match(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, sg_constraint *k, int match)
{
	k->match_full = match == SG_MODEL__MATCH_FULL;
	if (match == SG_MODEL__MATCH_PARTIAL)
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "match"),
				   "'match: partial' is not implemented by PostgreSQL; use 'simple' or 'full'");
}

/*
 * A foreign key's `on_delete_columns:` (in mapping `n`): the columns ON
 * DELETE SET NULL / SET DEFAULT sets (PostgreSQL 15), each one of the key's
 * own columns, once, and only with one of those two actions.
 */
static void set_delete_columns(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, sg_constraint *k,
			       char *const *cols, unsigned ncols)
{
	if (!ncols)
		return;
	const sg_model_node *list = sg_model__map_get(n, "on_delete_columns");
	if (k->on_delete != SG_FK_SET_NULL && k->on_delete != SG_FK_SET_DEFAULT) {
		sg_model__error_at(cv->ld, sg_model__key_pos(f, n, "on_delete_columns"),
				   "'on_delete_columns' needs 'on_delete: set_null' or 'set_default'");
		return;
	}
	for (unsigned i = 0; i < ncols; i++) {
		bool in_key = false, again = false;
		for (size_t j = 0; j < k->ncolumns; j++)
			in_key = in_key || strcmp(cols[i], k->columns[j]) == 0;
		for (unsigned j = 0; j < i; j++)
			again = again || strcmp(cols[i], cols[j]) == 0;
		sg_pos pos = sg_model__node_pos(f, sg_model__seq_at(list, i));
		if (!in_key)
			sg_model__error_at(cv->ld, pos,
					   "'on_delete_columns' names column '%s', which is not a column of the key",
					   cols[i]);
		else if (again)
			sg_model__error_at(cv->ld, pos, "'on_delete_columns' names column '%s' twice", cols[i]);
	}
	k->on_delete_columns = sg_model__dup_list(cv, cols, ncols);
	k->non_delete_columns = ncols;
}

/* The constraint of entry `n` of a table-level list (unique, foreign_keys), with its name and columns. */
static sg_constraint *listed_constraint(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, sg_table *t,
					sg_constraint_kind kind, const char *name, char *const *cols, size_t ncols)
{
	sg_constraint *k = new_constraint(t, kind, sg_model__dup_str(cv, name), sg_model__key_pos(f, n, "name"));
	k->name_is_default = !name;
	k->columns = sg_model__dup_list(cv, cols, ncols);
	k->ncolumns = ncols;
	return k;
}

/* The name, columns and deferrability of `k`, entry `i` (node `n`) of a table-level list. */
static void check_listed(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *n, size_t i, const sg_table *t,
			 const sg_constraint *k, const char *noun)
{
	sg_strbuf what = SG_STRBUF_INIT;
	sg_model__name_in_table(&what, noun, k->name, i, t->name);
	if (k->name)
		sg_model__check_name(cv, k->pos, k->name, what.data);
	if (k->columns)
		sg_model__check_key_columns(cv, t, f, sg_model__map_get(n, "columns"), k->columns, k->ncolumns,
					    what.data);
	check_deferrable(cv, k->pos, k->deferrable, k->initially_deferred, what.data);
	sg_strbuf_release(&what);
}

/* Check constraints, with their expressions parsed and their columns checked. */
static void convert_checks(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
			   sg_table *t)
{
	const char *msg = NULL;
	const sg_model_node *checks = sg_model__map_get(tn, "checks");
	for (size_t i = 0; i < y->checks_count; i++) {
		const sg_model_node *kn = sg_model__seq_at(checks, i);
		const y_check *yc = &y->checks[i];
		sg_constraint *k = new_constraint(t, SG_CON_CHECK, sg_model__dup_str(cv, yc->name),
						  sg_model__key_pos(f, kn, yc->name ? "name" : "expression"));
		k->name_is_default = !yc->name;
		k->expression = sg_model__dup_str(cv, yc->expression);
		k->not_valid = yc->not_valid;
		k->no_inherit = yc->no_inherit;
		sg_strbuf cw = SG_STRBUF_INIT;
		sg_model__name_in_table(&cw, "check", yc->name, i, t->name);
		if (yc->name)
			sg_model__check_name(cv, k->pos, yc->name, cw.data);
		k->comment = sg_model__dup_str(cv, yc->comment);
		sg_model__check_text(cv, sg_model__key_pos(f, kn, "comment"), yc->comment, "comment", cw.data);
		sg_pos epos = sg_model__key_pos(f, kn, "expression");
		sg_sql_columns refs;
		if (!yc->expression[0])
			sg_model__error_at(cv->ld, epos, "'expression' of %s is empty", cw.data);
		else if (sg_model_sql_expr_memo(cv->memo, yc->expression, &refs, &msg) != 0)
			sg_model__error_at(cv->ld, epos, "expression of %s is not an SQL expression: %s", cw.data, msg);
		else
			sg_model__check_expr_columns(cv, t, epos, &refs, cw.data);
		sg_strbuf_release(&cw);
	}
}

/* The primary key: a column's shorthand or the table-level list, once. */
static void convert_primary_key(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn,
				const sg_model_node *cols, const y_table *y, sg_table *t)
{
	sg_pos pk_pos = {0};
	const char *pk_first = NULL;
	for (size_t i = 0; i < y->columns_count; i++) {
		if (!y->columns[i].primary_key)
			continue;
		sg_pos pos = sg_model__key_pos(f, sg_model__seq_at(cols, i), "primary_key");
		if (pk_first) {
			sg_model__error_at(
			    cv->ld, pos,
			    "primary key of table '%s' declared twice (columns '%s' and '%s'); list a composite key in "
			    "the table's 'primary_key'",
			    t->name, pk_first, y->columns[i].name);
			continue;
		}
		pk_first = y->columns[i].name;
		pk_pos = pos;
		sg_constraint *k =
		    new_constraint(t, SG_CON_PRIMARY_KEY, sg_model__dup_str(cv, y->primary_key_name), pos);
		k->name_is_default = !y->primary_key_name;
		k->columns = sg_model__dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
	}
	if (y->primary_key_count) {
		const sg_model_node *list = sg_model__map_get(tn, "primary_key");
		sg_pos pos = sg_model__node_pos(f, list);
		if (pk_first) {
			sg_model__error_at(
			    cv->ld, pos,
			    "primary key of table '%s' declared twice (column '%s' at line %d and 'primary_key')",
			    t->name, pk_first, pk_pos.line);
		} else {
			sg_constraint *k =
			    new_constraint(t, SG_CON_PRIMARY_KEY, sg_model__dup_str(cv, y->primary_key_name), pos);
			k->name_is_default = !y->primary_key_name;
			k->columns = sg_model__dup_list(cv, y->primary_key, y->primary_key_count);
			k->ncolumns = y->primary_key_count;
			if (k->columns) {
				sg_strbuf pw = SG_STRBUF_INIT;
				sg_strbuf_addf(&pw, "primary key of table '%s'", t->name);
				sg_model__check_key_columns(cv, t, f, list, k->columns, k->ncolumns, pw.data);
				sg_strbuf_release(&pw);
			}
			pk_first = "";
		}
	}
	if (y->primary_key_name && !pk_first)
		sg_model__error_at(cv->ld, sg_model__key_pos(f, tn, "primary_key_name"),
				   "table '%s' names a primary key it does not have", t->name);
}

/* The primary key's columns are NOT NULL; saying `nullable: true` of one is an error. */
static void primary_key_not_null(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cols, const y_table *y,
				 sg_table *t)
{
	sg_constraint *pk = sg_table_primary_key(t);
	if (pk && pk->columns) {
		for (size_t i = 0; i < pk->ncolumns; i++) {
			sg_column *c = sg_table_find_column(t, pk->columns[i]);
			if (!c)
				continue;
			const y_column *yc = &y->columns[c - t->columns];
			if (yc->nullable && *yc->nullable)
				sg_model__error_at(
				    cv->ld,
				    sg_model__key_pos(f, sg_model__seq_at(cols, (size_t)(c - t->columns)), "nullable"),
				    "column '%s' of table '%s' is in the primary key and cannot be nullable", c->name,
				    t->name);
			c->nullable = false;
		}
	}
}

/* Unique constraints: column shorthands in column order, then the table-level list. */
static void convert_uniques(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn,
			    const sg_model_node *cols, const y_table *y, sg_table *t)
{
	for (size_t i = 0; i < y->columns_count; i++) {
		if (!y->columns[i].unique)
			continue;
		sg_constraint *k =
		    new_constraint(t, SG_CON_UNIQUE, NULL, sg_model__key_pos(f, sg_model__seq_at(cols, i), "unique"));
		k->name_is_default = true;
		k->columns = sg_model__dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
	}
	const sg_model_node *uniques = sg_model__map_get(tn, "unique");
	for (size_t i = 0; i < y->unique_count; i++) {
		const sg_model_node *un = sg_model__seq_at(uniques, i);
		const y_unique *yu = &y->unique[i];
		sg_constraint *k =
		    listed_constraint(cv, f, un, t, SG_CON_UNIQUE, yu->name, yu->columns, yu->columns_count);
		k->nulls_not_distinct = yu->nulls_not_distinct;
		k->deferrable = yu->deferrable;
		k->initially_deferred = yu->initially_deferred;
		check_listed(cv, f, un, i, t, k, "unique constraint");
	}
}

/* PostgreSQL silently drops a key that repeats another one; the model would then never match. */
static void check_repeated_keys(sg_model_conv *cv, const sg_table *t, size_t first_unique)
{
	for (size_t i = first_unique; i < t->nconstraints; i++) {
		const sg_constraint *k = &t->constraints[i];
		for (size_t j = 0; j < i; j++) {
			const sg_constraint *o = &t->constraints[j];
			if (o->kind != SG_CON_PRIMARY_KEY && o->kind != SG_CON_UNIQUE)
				continue;
			if (k->columns && o->columns && sg_names_eq(k->columns, k->ncolumns, o->columns, o->ncolumns) &&
			    k->nulls_not_distinct == o->nulls_not_distinct && k->deferrable == o->deferrable &&
			    k->initially_deferred == o->initially_deferred) {
				sg_model__error_at(
				    cv->ld, k->pos,
				    "unique constraint on (%s%s) of table '%s' repeats the %s at line %d",
				    k->columns[0], k->ncolumns > 1 ? ", ..." : "", t->name,
				    o->kind == SG_CON_PRIMARY_KEY ? "primary key" : "unique constraint", o->pos.line);
				break;
			}
		}
	}
}

/* Foreign keys written as a column's `references`, in column order. */
static void convert_references(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *cols, const y_table *y,
			       sg_table *t, size_t ti)
{
	for (size_t i = 0; i < y->columns_count; i++) {
		const y_ref *r = y->columns[i].references;
		if (!r)
			continue;
		const sg_model_node *rn = sg_model__map_get(sg_model__seq_at(cols, i), "references");
		sg_constraint *k =
		    new_constraint(t, SG_CON_FOREIGN_KEY, sg_model__dup_str(cv, r->name), sg_model__node_pos(f, rn));
		k->name_is_default = !r->name;
		k->columns = sg_model__dup_list(cv, &y->columns[i].name, 1);
		k->ncolumns = 1;
		k->ref_table = sg_model__dup_str(cv, r->table);
		k->ref_schema = sg_model__dup_str(
		    cv, r->schema); /* dropped by sg_model__check_all() when it is the models' schema */
		if (r->column) {
			k->ref_columns = sg_model__dup_list(cv, &r->column, 1);
			k->nref_columns = 1;
		}
		k->on_delete = (sg_fk_action)r->on_delete;
		k->on_update = (sg_fk_action)r->on_update;
		set_match(cv, f, rn, k, r->match);
		set_delete_columns(cv, f, rn, k, r->on_delete_columns, r->on_delete_columns_count);
		k->deferrable = r->deferrable;
		k->initially_deferred = r->initially_deferred;
		k->not_valid = r->not_valid;
		sg_strbuf fw = SG_STRBUF_INIT;
		sg_strbuf_addf(&fw, "foreign key of column '%s' of table '%s'", y->columns[i].name, t->name);
		if (r->name)
			sg_model__check_name(cv, sg_model__key_pos(f, rn, "name"), r->name, fw.data);
		check_deferrable(cv, k->pos, r->deferrable, r->initially_deferred, fw.data);
		sg_strbuf_release(&fw);
		add_fk_info(cv, ti, t->nconstraints - 1, sg_model__key_pos(f, rn, "table"), !r->column);
	}
}

/* Foreign keys of the table-level list. */
static void convert_foreign_keys(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				 sg_table *t, size_t ti)
{
	const sg_model_node *fks = sg_model__map_get(tn, "foreign_keys");
	for (size_t i = 0; i < y->foreign_keys_count; i++) {
		const sg_model_node *fn = sg_model__seq_at(fks, i);
		const y_fk *yf = &y->foreign_keys[i];
		sg_constraint *k =
		    listed_constraint(cv, f, fn, t, SG_CON_FOREIGN_KEY, yf->name, yf->columns, yf->columns_count);
		k->ref_table = sg_model__dup_str(cv, yf->references->table);
		k->ref_schema = sg_model__dup_str(cv, yf->references->schema);
		if (yf->references->columns_count) {
			k->ref_columns = sg_model__dup_list(cv, yf->references->columns, yf->references->columns_count);
			k->nref_columns = yf->references->columns_count;
		}
		k->on_delete = (sg_fk_action)yf->on_delete;
		k->on_update = (sg_fk_action)yf->on_update;
		set_match(cv, f, fn, k, yf->match);
		set_delete_columns(cv, f, fn, k, yf->on_delete_columns, yf->on_delete_columns_count);
		k->deferrable = yf->deferrable;
		k->initially_deferred = yf->initially_deferred;
		k->not_valid = yf->not_valid;
		check_listed(cv, f, fn, i, t, k, "foreign key");
		add_fk_info(cv, ti, t->nconstraints - 1,
			    sg_model__key_pos(f, sg_model__map_get(fn, "references"), "table"),
			    !yf->references->columns_count);
	}
}

/* Explicit constraint names are unique within the table. */
static void check_constraint_names(sg_model_conv *cv, const sg_table *t)
{
	for (size_t i = 0; i < t->nconstraints; i++)
		for (size_t j = 0; t->constraints[i].name && j < i; j++)
			if (t->constraints[j].name && strcmp(t->constraints[i].name, t->constraints[j].name) == 0) {
				sg_model__error_at(cv->ld, t->constraints[i].pos,
						   "duplicate constraint '%s' in table '%s' (first at line %d)",
						   t->constraints[i].name, t->name, t->constraints[j].pos.line);
				break;
			}
}

void sg_model__convert_constraints(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				   sg_table *t, size_t ti)
{
	const sg_model_node *cols = sg_model__map_get(tn, "columns");
	convert_checks(cv, f, tn, y, t);
	convert_primary_key(cv, f, tn, cols, y, t);
	primary_key_not_null(cv, f, cols, y, t);
	size_t first_unique = t->nconstraints;
	convert_uniques(cv, f, tn, cols, y, t);
	check_repeated_keys(cv, t, first_unique);
	convert_references(cv, f, cols, y, t, ti);
	convert_foreign_keys(cv, f, tn, y, t, ti);
	check_constraint_names(cv, t);
}
