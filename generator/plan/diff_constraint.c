/*
 * sg_diff, keys, checks, foreign keys and indexes of a matched table:
 * compared through the plan's renames, renamed when only the name differs,
 * otherwise dropped and added (down steps that add back a constraint on
 * emptied values are guarded).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

/* Map a current table name to the desired one (through renames); the name itself when kept. */
static const char *desired_table_name(const diff_ctx *ctx, const char *cur_name)
{
	const sg_table *ct = sg_schema_find_table(ctx->cur, cur_name);
	if (!ct)
		return cur_name;
	const sg_table *wt = ctx->cur_match[ct - ctx->cur->tables];
	return wt ? wt->name : cur_name;
}

/* The column correspondence of current table `ct`; NULL when the table is dropped. */
static const sg_colmap *map_of(const diff_ctx *ctx, const sg_table *ct)
{
	size_t i = (size_t)(ct - ctx->cur->tables);
	return i < ctx->cur->ntables && ctx->cur_match[i] ? &ctx->maps[i] : NULL;
}

/*
 * The desired name of current column `cur_col` of `ct` (through renames);
 * NULL when the column is dropped or rebuilt, so that whatever involves it
 * is dropped and created again.
 */
static const char *desired_column_name(const diff_ctx *ctx, const sg_table *ct, const char *cur_col)
{
	const sg_colmap *m = map_of(ctx, ct);
	if (!m)
		return NULL;
	const sg_column *w = sg_colmap_want(m, cur_col);
	return w && !sg_colmap_is_rebuilt(m, cur_col) ? w->name : NULL;
}

static bool columns_map_eq(const diff_ctx *ctx, const sg_table *ct, const char *const *cur, size_t ncur,
			   const char *const *want, size_t nwant)
{
	if (ncur != nwant)
		return false;
	for (size_t i = 0; i < ncur; i++) {
		const char *name = desired_column_name(ctx, ct, cur[i]);
		if (!name || strcmp(name, want[i]) != 0)
			return false;
	}
	return true;
}

/* Whether catalog text of current table `ct` mentions a column the plan drops or rebuilds. */
static bool mentions_rebuilt(const diff_ctx *ctx, const sg_table *ct, const char *text)
{
	const sg_colmap *m = map_of(ctx, ct);
	if (!m || !text)
		return false;
	for (size_t i = 0; i < ct->ncolumns; i++)
		if ((m->rebuilt[i] || !m->cur_to_want[i]) && sg_expr_mentions(text, ct->columns[i].name))
			return true;
	return false;
}

/*
 * Whether catalog text `c_text` of current table `ct` reads as `w_text` once
 * the plan's column renames are applied (PostgreSQL renames the columns in
 * dependent expressions itself), and mentions no rebuilt column.
 */
static bool text_maps_to(const diff_ctx *ctx, const sg_table *ct, const char *c_text, const char *w_text)
{
	if (!c_text || !w_text)
		return !c_text && !w_text;
	if (mentions_rebuilt(ctx, ct, c_text))
		return false;
	sg_strbuf mapped = SG_STRBUF_INIT;
	sg_colmap_rename_text(map_of(ctx, ct), &mapped, c_text);
	bool eq = strcmp(mapped.data, w_text) == 0;
	sg_strbuf_release(&mapped);
	return eq;
}

/* The text a constraint is compared by: the catalog's, never the model's written form. */
static const char *definition_of(const sg_constraint *con, sg_strbuf *tmp, const char *qual)
{
	sg_strbuf_reset(tmp);
	sg_constraint compared = *con;
	compared.expression_written = NULL;
	sg_ddl_constraint_body(tmp, &compared, qual);
	return tmp->data;
}

/* Whether current constraint `c` of table ct equals desired `w` of table wt, renames considered. */
static bool constraint_eq(diff_ctx *ctx, const sg_table *ct, const sg_constraint *c, const sg_constraint *w)
{
	if (c->kind != w->kind)
		return false;
	switch (c->kind) {
	case SG_CON_PRIMARY_KEY:
	case SG_CON_UNIQUE:
		if (c->nulls_not_distinct != w->nulls_not_distinct || c->deferrable != w->deferrable ||
		    c->initially_deferred != w->initially_deferred)
			return false;
		return columns_map_eq(ctx, ct, c->columns, c->ncolumns, w->columns, w->ncolumns);
	case SG_CON_FOREIGN_KEY: {
		if (!columns_map_eq(ctx, ct, c->columns, c->ncolumns, w->columns, w->ncolumns))
			return false;
		if (!sg_str_eq(c->ref_schema, w->ref_schema) ||
		    strcmp(desired_table_name(ctx, c->ref_table), w->ref_table) != 0)
			return false;
		const sg_table *rct = c->ref_schema ? NULL : sg_schema_find_table(ctx->cur, c->ref_table);
		if (rct ? !columns_map_eq(ctx, rct, c->ref_columns, c->nref_columns, w->ref_columns, w->nref_columns)
			: !sg_names_eq(c->ref_columns, c->nref_columns, w->ref_columns, w->nref_columns))
			return false;
		if (c->on_delete != w->on_delete || c->on_update != w->on_update || c->deferrable != w->deferrable ||
		    c->initially_deferred != w->initially_deferred || c->match_full != w->match_full ||
		    !columns_map_eq(ctx, ct, c->on_delete_columns, c->non_delete_columns, w->on_delete_columns,
				    w->non_delete_columns))
			return false;
		/*
		 * The definitions also carry what the fields do not (MATCH FULL); when no
		 * name involved was renamed they must be equal too.
		 */
		bool renamed = strcmp(c->ref_table, w->ref_table) != 0 ||
			       !sg_names_eq(c->columns, c->ncolumns, w->columns, w->ncolumns) ||
			       !sg_names_eq(c->on_delete_columns, c->non_delete_columns, w->on_delete_columns,
					    w->non_delete_columns) ||
			       !sg_names_eq(c->ref_columns, c->nref_columns, w->ref_columns, w->nref_columns);
		if (c->definition && w->definition && !renamed) {
			sg_strbuf a = SG_STRBUF_INIT, b = SG_STRBUF_INIT;
			bool eq = strcmp(definition_of(c, &a, ctx->qual), definition_of(w, &b, ctx->qual)) == 0;
			sg_strbuf_release(&a);
			sg_strbuf_release(&b);
			return eq;
		}
		return true;
	}
	case SG_CON_CHECK: {
		sg_strbuf a = SG_STRBUF_INIT, b = SG_STRBUF_INIT;
		bool eq = text_maps_to(ctx, ct, definition_of(c, &a, ctx->qual), definition_of(w, &b, ctx->qual));
		sg_strbuf_release(&a);
		sg_strbuf_release(&b);
		return eq;
	}
	case SG_CON_KIND_COUNT:
		break;
	}
	return false;
}

static bool index_eq(const diff_ctx *ctx, const sg_table *ct, const sg_index *c, const sg_index *w)
{
	const char *cm = c->method ? c->method : "btree", *wm = w->method ? w->method : "btree";
	if (c->unique != w->unique || c->nulls_not_distinct != w->nulls_not_distinct || strcmp(cm, wm) != 0 ||
	    c->nelements != w->nelements || !text_maps_to(ctx, ct, c->where, w->where) ||
	    !columns_map_eq(ctx, ct, c->include, c->ninclude, w->include, w->ninclude))
		return false;
	for (size_t i = 0; i < c->nelements; i++)
		if (!text_maps_to(ctx, ct, c->elements[i], w->elements[i]))
			return false;
	return true;
}

static sg_phase add_phase(const sg_constraint *con)
{
	return con->kind == SG_CON_FOREIGN_KEY ? SG_PHASE_ADD_FOREIGN_KEY : SG_PHASE_ADD_CONSTRAINT;
}

static sg_phase drop_phase(const sg_constraint *con)
{
	return con->kind == SG_CON_FOREIGN_KEY ? SG_PHASE_DROP_FOREIGN_KEY : SG_PHASE_DROP_CONSTRAINT;
}

const char *sg_diff__kind_word(const sg_constraint *con)
{
	static const char *const words[] = {"primary key", "unique constraint", "check", "foreign key"};
	return con->kind < SG_CON_KIND_COUNT ? words[con->kind] : "constraint";
}

/*
 * Add a constraint; `existing` says the table has rows to check, so hazards and --online apply.  A
 * constraint the model keeps NOT VALID is added so (sg_ddl_add_constraint): no scan, nothing to validate.
 */
void sg_diff__add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing)
{
	if (ctx->online && sg_diff__online_add_constraint(ctx, table, w, existing))
		return;
	bool online =
	    ctx->online && existing && (w->kind == SG_CON_CHECK || w->kind == SG_CON_FOREIGN_KEY) && !w->not_valid;
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, w, online);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
	sg_op *op = sg_diff__finish_op(ctx, add_phase(w), table, w->name, "add %s %s on %s", sg_diff__kind_word(w),
				       w->name, table);
	if (!existing || w->not_valid)
		return;
	if (online) {
		sg_diff__alter_table(ctx, &ctx->up, table);
		sg_strbuf_adds(&ctx->up, "VALIDATE CONSTRAINT ");
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, ";");
		sg_strbuf_adds(&ctx->down, "-- nothing to undo: validation changes no definition");
		sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate %s %s on %s",
				   sg_diff__kind_word(w), w->name, table);
		return;
	}
	if (w->kind == SG_CON_PRIMARY_KEY || w->kind == SG_CON_UNIQUE)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
				"builds the index of '%s' while '%s' is locked against writes%s", w->name, table,
				ctx->online ? " (--online cannot build this definition as an index first)"
					    : " (--online builds its index CONCURRENTLY first)");
	else
		sg_diff__hazard(
		    ctx, op, false, SG_HAZARD_BLOCKING,
		    "checks every row of '%s' while it is locked against writes (--online adds it NOT VALID and "
		    "validates it separately)",
		    table);
}

/*
 * Whether the up step empties current column `i` of the map's table: drops
 * it, or replaces a plain column by a generated one.  Its down then adds the
 * column back without its values.
 */
static bool emptied_by_up(const sg_colmap *m, size_t i)
{
	const sg_column *col = &m->cur->columns[i], *w = m->cur_to_want[i];
	return !col->generated && (!w || (w->generated && m->rebuilt[i]));
}

/*
 * Whether the down step that adds current constraint `c` of `ct` back may
 * meet rows that violate it although nobody wrote to the table: the up step
 * empties a column it involves (drops it, or replaces it by a generated one)
 * or drops the table it references (which comes back empty).
 */
static bool readd_may_fail(const diff_ctx *ctx, const sg_table *ct, const sg_constraint *c)
{
	const sg_colmap *m = map_of(ctx, ct);
	if (!m)
		return false; /* the table itself comes back empty */
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const sg_column *col = &ct->columns[i];
		if (!emptied_by_up(m, i))
			continue;
		bool involved = false;
		for (size_t k = 0; k < c->ncolumns && !involved; k++)
			involved = strcmp(c->columns[k], col->name) == 0;
		if (!involved && c->kind == SG_CON_CHECK)
			involved = sg_expr_mentions(c->expression ? c->expression : c->definition, col->name);
		if (involved)
			return true;
	}
	if (c->kind == SG_CON_FOREIGN_KEY && !c->ref_schema) {
		const sg_table *rt = sg_schema_find_table(ctx->cur, c->ref_table);
		if (rt && !ctx->cur_match[rt - ctx->cur->tables])
			return true;
		const sg_colmap *rm = rt ? map_of(ctx, rt) : NULL;
		for (size_t k = 0; rm && k < c->nref_columns; k++)
			if (!sg_colmap_want(rm, c->ref_columns[k]))
				return true;
	}
	return false;
}

/*
 * Add current constraint `c` back in a down step.  When rows may violate it
 * (readd_may_fail), a CHECK or FOREIGN KEY is added NOT VALID and validated
 * where the rows allow, a key is added where they allow (sg_diff__guarded_sql).
 */
static void readd_constraint_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_table *ct, const char *table,
				 const sg_constraint *c)
{
	/*
	 * One that was NOT VALID comes back NOT VALID (sg_ddl_add_constraint), as
	 * it was: no rows to fear, except for a foreign key whose key may not come
	 * back (below).
	 */
	bool may_fail = readd_may_fail(ctx, ct, c);
	if (!may_fail || (c->not_valid && c->kind != SG_CON_FOREIGN_KEY)) {
		sg_ddl_add_constraint(sb, ctx->qual, table, c, false);
		return;
	}
	sg_strbuf stmt = SG_STRBUF_INIT;
	if (c->kind == SG_CON_FOREIGN_KEY) {
		/*
		 * The key it references may itself be one a guarded block could not
		 * restore: then even NOT VALID cannot add it (invalid_foreign_key).
		 */
		sg_ddl_add_constraint(&stmt, ctx->qual, table, c, true);
		if (!c->not_valid) {
			sg_strbuf validate = SG_STRBUF_INIT, msg = SG_STRBUF_INIT;
			sg_diff__alter_table(ctx, &validate, table);
			sg_strbuf_adds(&validate, "VALIDATE CONSTRAINT ");
			sg_quote_ident(&validate, c->name);
			sg_strbuf_adds(&validate, ";");
			sg_strbuf_addf(&msg,
				       "schemagen: foreign key %s on %s is left NOT VALID: existing rows violate it",
				       c->name, table);
			sg_strbuf_addch(&stmt, '\n');
			sg_diff__guard_block(&stmt, validate.data, "integrity_constraint_violation", msg.data);
			sg_strbuf_addch(&stmt, ';');
			sg_strbuf_release(&validate);
			sg_strbuf_release(&msg);
		}
		sg_strbuf_reset(&ctx->msg);
		sg_strbuf_addf(&ctx->msg,
			       "schemagen: foreign key %s on %s is not restored: the key it references is not", c->name,
			       table);
		sg_diff__newline_if_any(sb);
		sg_strbuf_adds(sb, "DO $sg$\n");
		sg_diff__guard_block(sb, stmt.data, "invalid_foreign_key", ctx->msg.data);
		sg_strbuf_adds(sb, "\n$sg$;");
	} else if (c->kind == SG_CON_CHECK) {
		sg_ddl_add_constraint(sb, ctx->qual, table, c, true);
		sg_diff__alter_table(ctx, &stmt, table);
		sg_strbuf_adds(&stmt, "VALIDATE CONSTRAINT ");
		sg_quote_ident(&stmt, c->name);
		sg_strbuf_adds(&stmt, ";");
		sg_diff__guarded_sql(ctx, sb, stmt.data,
				     "schemagen: %s %s on %s is left NOT VALID: existing rows violate it",
				     sg_diff__kind_word(c), c->name, table);
	} else {
		sg_ddl_add_constraint(&stmt, ctx->qual, table, c, false);
		sg_diff__guarded_sql(ctx, sb, stmt.data,
				     "schemagen: %s %s on %s is not restored: existing rows violate it",
				     sg_diff__kind_word(c), c->name, table);
	}
	sg_strbuf_release(&stmt);
}

/*
 * A constraint the database holds NOT VALID and the model wants valid:
 * VALIDATE CONSTRAINT, in the validations step (its own transaction, after
 * the main step).  It scans the table under SHARE UPDATE EXCLUSIVE, which
 * lets reads and writes go on, and fails while a row violates it.  No
 * statement un-validates a constraint: the exact inverse drops it and adds it
 * back NOT VALID (a brief lock, no scan).  `table` and `w` are the desired
 * names, which the constraint has once the main step ran.
 */
static void validate_existing(diff_ctx *ctx, const char *table, const sg_constraint *w)
{
	sg_online_validate(&ctx->up, ctx->qual, table, w->name);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
	sg_strbuf_addch(&ctx->down, '\n');
	sg_ddl_add_constraint(&ctx->down, ctx->qual, table, w, true);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate %s %s on %s",
				       sg_diff__kind_word(w), w->name, table);
	sg_diff__hazard(
	    ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
	    "scans '%s' (reads and writes go on) and fails while a row violates '%s': correct those rows first", table,
	    w->name);
}

/*
 * Drops run before renames (and their down steps after the renames are
 * undone), so they name the table, and the down steps its columns, as they
 * are now: `ct` is the current table.
 */
void sg_diff__drop_constraint(diff_ctx *ctx, const sg_table *ct, const sg_constraint *c)
{
	/*
	 * One that casts to a domain the plan re-creates goes before it (DROP
	 * DOMAIN refuses while it exists), before the domain and function renames
	 * too: its down runs once they are undone, with the text as the catalog
	 * read it (a renamed domain by its old name).
	 */
	bool early = sg_diff__casts_to_redone_domain(ctx, c, NULL);
	sg_ddl_drop_constraint(&ctx->up, ctx->qual, ct->name, c->name);
	readd_constraint_sql(ctx, &ctx->down, ct, ct->name,
			     early ? &sg_diff__table_original(ctx, ct)->constraints[c - ct->constraints] : c);
	sg_phase phase = early ? SG_PHASE_DROP_DOMAIN_FUNCTION : drop_phase(c);
	sg_op *op = sg_diff__finish_op(ctx, phase, ct->name, c->name, "drop %s %s on %s", sg_diff__kind_word(c),
				       c->name, ct->name);
	if (readd_may_fail(ctx, ct, c) && !c->not_valid)
		sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
				c->kind == SG_CON_CHECK || c->kind == SG_CON_FOREIGN_KEY
				    ? "%s '%s' comes back NOT VALID when existing rows violate it (a warning says so)"
				    : "%s '%s' is not restored when existing rows violate it (a warning says so)",
				sg_diff__kind_word(c), c->name);
}

void sg_diff__create_index(diff_ctx *ctx, const char *table, const sg_index *w, bool existing)
{
	bool concurrently = ctx->online && existing;
	sg_ddl_create_index(&ctx->up, ctx->qual, table, w, concurrently);
	sg_ddl_drop_index(&ctx->down, ctx->qual, w->name, concurrently);
	sg_op *op = sg_diff__finish_op(ctx, concurrently ? SG_PHASE_CONCURRENT_INDEX : SG_PHASE_CREATE_INDEX, table,
				       w->name, "create index %s on %s", w->name, table);
	if (existing && !concurrently)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
				"blocks writes to '%s' while the index is built (--online builds it CONCURRENTLY)",
				table);
	if (concurrently && w->unique && !w->where)
		sg_diff__online_late_key(ctx, table, NULL, w);
}

/* As sg_diff__drop_constraint: `table` is the current table's name. */
/*
 * Whether index `idx` of current table `ct` involves a column whose values
 * the up step empties (readd_may_fail): its down then builds it over
 * refilled values.
 */
static bool index_on_emptied(const diff_ctx *ctx, const sg_table *ct, const sg_index *idx)
{
	const sg_colmap *m = map_of(ctx, ct);
	for (size_t i = 0; m && i < ct->ncolumns; i++) {
		const sg_column *col = &ct->columns[i];
		if (!emptied_by_up(m, i))
			continue;
		bool involved = sg_expr_mentions(idx->where, col->name);
		for (size_t k = 0; k < idx->nelements && !involved; k++)
			involved = sg_expr_mentions(idx->elements[k], col->name);
		for (size_t k = 0; k < idx->ninclude && !involved; k++)
			involved = strcmp(idx->include[k], col->name) == 0;
		if (involved)
			return true;
	}
	return false;
}

void sg_diff__drop_index(diff_ctx *ctx, const char *table, const sg_index *c)
{
	/*
	 * --online: DROP INDEX CONCURRENTLY after the new indexes are built, in
	 * the same file without a transaction, so the table never goes without
	 * one of them.  When the main step changes what the index uses, it is
	 * dropped in a file of its own before the main step instead, whose down
	 * (CREATE INDEX CONCURRENTLY) then runs after the main step's down has
	 * put back the columns and names the index uses.
	 */
	const sg_table *ct = sg_schema_find_table(ctx->cur, table);
	const sg_colmap *m = ct ? map_of(ctx, ct) : NULL;
	const sg_table *wt = m ? m->want : NULL;
	/*
	 * A unique index on a column the main step empties comes back in a
	 * guarded block, which cannot hold CREATE INDEX CONCURRENTLY; the column's
	 * drop locks the table anyway, so the index goes in the main step.
	 */
	bool guard = c->unique && ct && index_on_emptied(ctx, ct, c);
	bool online = ctx->online && !guard;
	/*
	 * An index that calls a function the main step drops or changes, or casts
	 * to a domain it drops or re-creates, goes before it too (its down after it).
	 */
	sg_phase phase = !online ? (sg_diff__casts_to_redone_domain(ctx, NULL, c) ? SG_PHASE_DROP_DOMAIN_FUNCTION
										  : SG_PHASE_DROP_INDEX)
			 : m && sg_online_index_survives(m, c) && !sg_diff__casts_to_recreated_enum(ctx, NULL, c) &&
				 !sg_diff__calls_changed_function(ctx, c->definition) &&
				 !sg_diff__text_names_gone_domain(ctx, c->definition)
			     ? SG_PHASE_DROP_INDEX_AFTER
			     : SG_PHASE_DROP_INDEX_CONCURRENTLY;
	sg_ddl_drop_index(&ctx->up, ctx->qual, c->name, online);
	/*
	 * Dropped before the domain and function renames (a domain's re-create,
	 * or before the main step): its down runs once they are undone, with the
	 * text as the catalog read it.
	 */
	if (ct && (phase == SG_PHASE_DROP_DOMAIN_FUNCTION || phase == SG_PHASE_DROP_INDEX_CONCURRENTLY) &&
	    c >= ct->indexes && c < ct->indexes + ct->nindexes)
		c = &sg_diff__table_original(ctx, ct)->indexes[c - ct->indexes];
	if (guard) {
		/* Rows refilled by the column's default (or NULL with NULLS NOT DISTINCT) may collide. */
		sg_strbuf stmt = SG_STRBUF_INIT;
		sg_ddl_create_index(&stmt, ctx->qual, table, c, false);
		sg_diff__guarded_sql(ctx, &ctx->down, stmt.data,
				     "schemagen: unique index %s on %s is not restored: existing rows violate it",
				     c->name, table);
		sg_strbuf_release(&stmt);
	} else {
		sg_ddl_create_index(&ctx->down, ctx->qual, table, c, online);
	}
	sg_op *op = sg_diff__finish_op(ctx, phase, table, c->name, "drop index %s on %s", c->name, table);
	if (guard)
		sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
				"unique index '%s' is not restored when existing rows violate it (a warning says so)",
				c->name);
	if (phase == SG_PHASE_DROP_INDEX_CONCURRENTLY && wt &&
	    (sg_table_find_index(wt, c->name) || sg_table_find_constraint(wt, c->name)))
		sg_diff__hazard(
		    ctx, op, false, SG_HAZARD_BLOCKING,
		    "'%s' is dropped before the main step and built again CONCURRENTLY after it: in between, queries "
		    "on '%s' go without it%s",
		    c->name, table, c->unique ? " and its uniqueness is not enforced" : "");
}

static void remember_dropped_key(diff_ctx *ctx, const sg_table *ct, const sg_constraint *c)
{
	if (c->kind != SG_CON_PRIMARY_KEY && c->kind != SG_CON_UNIQUE)
		return;
	const sg_constraint **keys = realloc(ctx->dropped_keys, (ctx->ndropped_keys + 1) * sizeof(*keys));
	const sg_table **tables = realloc(ctx->dropped_key_tables, (ctx->ndropped_keys + 1) * sizeof(*tables));
	if (keys)
		ctx->dropped_keys = keys;
	if (tables)
		ctx->dropped_key_tables = tables;
	if (!keys || !tables) {
		ctx->plan->failed = true;
		return;
	}
	ctx->dropped_keys[ctx->ndropped_keys] = c;
	ctx->dropped_key_tables[ctx->ndropped_keys] = ct;
	ctx->ndropped_keys++;
}

/* Whether current FK `fk` references a key this plan drops: it must then be dropped and re-added around it. */
static bool references_dropped_key(const diff_ctx *ctx, const sg_constraint *fk)
{
	if (fk->ref_schema)
		return false;
	for (size_t i = 0; i < ctx->ndropped_keys; i++) {
		const sg_constraint *key = ctx->dropped_keys[i];
		if (strcmp(ctx->dropped_key_tables[i]->name, fk->ref_table) == 0 &&
		    sg_names_eq(key->columns, key->ncolumns, fk->ref_columns, fk->nref_columns))
			return true;
	}
	return false;
}

/*
 * Whether foreign key `fk` of current table `ct` joins columns of an enum the
 * plan re-creates: the two columns change type one after the other, and the
 * key cannot hold between them meanwhile, so it is dropped and added again.
 */
static bool fk_on_recreated_enum(const diff_ctx *ctx, const sg_table *ct, const sg_constraint *fk)
{
	for (size_t i = 0; i < fk->ncolumns; i++) {
		const sg_column *col = sg_table_find_column(ct, fk->columns[i]);
		if (col && sg_diff__uses_recreated_enum(ctx, col))
			return true;
	}
	return false;
}

/* Whether the plan changes the type of current column `col` of `ct`. */
static bool column_retyped(const diff_ctx *ctx, const sg_table *ct, const char *col)
{
	const sg_colmap *m = map_of(ctx, ct);
	const sg_column *c = sg_table_find_column(ct, col);
	const sg_column *w = m ? sg_colmap_want(m, col) : NULL;
	return c && w && !sg_diff__same_type(ctx, c->type, w->type);
}

/*
 * Whether foreign key `fk` of current table `ct` joins columns whose types
 * the plan changes on both sides (integer keys turned text): one column
 * changes after the other, and in between PostgreSQL cannot keep the key
 * (`Key columns ... are of incompatible types`), so it is dropped and added
 * again.  One side alone changing keeps a key the models' types allow.
 */
static bool fk_on_retyped_columns(const diff_ctx *ctx, const sg_table *ct, const sg_constraint *fk)
{
	const sg_table *rt = fk->ref_schema ? NULL : sg_schema_find_table(ctx->cur, fk->ref_table);
	if (!rt)
		return false;
	bool local = false, referenced = false;
	for (size_t i = 0; i < fk->ncolumns && !local; i++)
		local = column_retyped(ctx, ct, fk->columns[i]);
	for (size_t i = 0; i < fk->nref_columns && !referenced; i++)
		referenced = column_retyped(ctx, rt, fk->ref_columns[i]);
	return local && referenced;
}

/* Whether current foreign key `fk` of `ct` is dropped and added again around the changes under it. */
static bool fk_rebuilt(const diff_ctx *ctx, const sg_table *ct, const sg_constraint *fk)
{
	return references_dropped_key(ctx, fk) || fk_on_recreated_enum(ctx, ct, fk) ||
	       fk_on_retyped_columns(ctx, ct, fk);
}

/*
 * Check `c` stays as `w` of table `table` (under w's name once renamed): its
 * comment set when it changes.  One added again around a domain
 * (diff_function_domain.c) gets w's with its ADD CONSTRAINT.
 */
static void comment_constraint(diff_ctx *ctx, const char *table, const sg_constraint *c, const sg_constraint *w)
{
	if (sg_str_eq(c->comment, w->comment) || sg_diff__caller_put_back(ctx, c) ||
	    sg_diff__calls_around(ctx, c->definition ? c->definition : c->expression))
		return;
	sg_ddl_comment_constraint(&ctx->up, ctx->qual, table, w->name, w->comment);
	sg_ddl_comment_constraint(&ctx->down, ctx->qual, table, w->name, c->comment);
	sg_diff__finish_op(ctx, SG_PHASE_COMMENT, table, w->name, "comment on %s %s on %s", sg_diff__kind_word(w),
			   w->name, table);
}

/*
 * Constraints of a matched table of kinds `fks` (foreign keys) or not.
 * Unmatched pairs of equal definition are renames, which keeps a renamed
 * table's default-named keys and indexes from being rebuilt.
 */
void sg_diff__diff_constraints(diff_ctx *ctx, const sg_table *ct, const sg_table *wt, bool fks)
{
	bool *cur_done = calloc(ct->nconstraints + 1, sizeof(bool));
	bool *want_done = calloc(wt->nconstraints + 1, sizeof(bool));
	if (!cur_done || !want_done) {
		free(cur_done);
		free(want_done);
		ctx->plan->failed = true;
		return;
	}
	for (size_t i = 0; i < wt->nconstraints; i++) {
		const sg_constraint *w = &wt->constraints[i];
		if ((w->kind == SG_CON_FOREIGN_KEY) != fks)
			continue;
		const sg_constraint *c = sg_table_find_constraint(ct, w->name);
		if (c && (c->kind == SG_CON_FOREIGN_KEY) == fks && constraint_eq(ctx, ct, c, w) &&
		    !(fks && fk_rebuilt(ctx, ct, c)) && !sg_diff__casts_to_recreated_enum(ctx, c, NULL) &&
		    !sg_diff__casts_to_redone_domain(ctx, c, NULL)) {
			cur_done[c - ct->constraints] = true;
			want_done[i] = true;
			/* NOT VALID where the model wants it valid (not the other way round: it holds for every row).
			 */
			if (c->not_valid && !w->not_valid)
				validate_existing(ctx, wt->name, w);
			comment_constraint(ctx, wt->name, c, w);
		}
	}
	/* Renames: same definition, different name. */
	for (size_t i = 0; i < wt->nconstraints; i++) {
		const sg_constraint *w = &wt->constraints[i];
		if (want_done[i] || (w->kind == SG_CON_FOREIGN_KEY) != fks)
			continue;
		for (size_t k = 0; k < ct->nconstraints; k++) {
			const sg_constraint *c = &ct->constraints[k];
			if (cur_done[k] || sg_table_find_constraint(wt, c->name) || !constraint_eq(ctx, ct, c, w) ||
			    (fks && fk_rebuilt(ctx, ct, c)) || sg_diff__casts_to_recreated_enum(ctx, c, NULL) ||
			    sg_diff__casts_to_redone_domain(ctx, c, NULL))
				continue;
			/* Taken off and added again under its new name around a function (diff_function_users.c). */
			if (sg_diff__caller_put_back(ctx, c)) {
				cur_done[k] = want_done[i] = true;
				break;
			}
			sg_diff__rename_sql(ctx, &ctx->up, "CONSTRAINT", wt->name, c->name, w->name);
			sg_diff__rename_sql(ctx, &ctx->down, "CONSTRAINT", wt->name, w->name, c->name);
			sg_diff__finish_op(ctx, SG_PHASE_RENAME_OBJECT, wt->name, w->name,
					   "rename constraint %s on %s to %s", c->name, wt->name, w->name);
			cur_done[k] = want_done[i] = true;
			if (c->not_valid && !w->not_valid)
				validate_existing(ctx, wt->name, w);
			comment_constraint(ctx, wt->name, c, w);
			break;
		}
	}
	for (size_t k = 0; k < ct->nconstraints; k++) {
		const sg_constraint *c = &ct->constraints[k];
		if (cur_done[k] || (c->kind == SG_CON_FOREIGN_KEY) != fks)
			continue;
		if (!fks)
			remember_dropped_key(ctx, ct, c);
		sg_diff__drop_constraint(ctx, ct, c);
	}
	for (size_t i = 0; i < wt->nconstraints; i++) {
		const sg_constraint *w = &wt->constraints[i];
		if (!want_done[i] && (w->kind == SG_CON_FOREIGN_KEY) == fks)
			sg_diff__add_constraint(ctx, wt->name, w, true);
	}
	free(cur_done);
	free(want_done);
}

/*
 * Index `c` stays as `w` of table `table` (under w's name once renamed): its
 * comment set when it changes.  One created again around a domain
 * (diff_function_domain.c) gets w's with its CREATE.
 */
static void comment_index(diff_ctx *ctx, const char *table, const sg_index *c, const sg_index *w)
{
	if (sg_str_eq(c->comment, w->comment) || sg_diff__caller_put_back(ctx, c) ||
	    sg_diff__calls_around(ctx, c->definition))
		return;
	sg_ddl_comment_index(&ctx->up, ctx->qual, w->name, w->comment);
	sg_ddl_comment_index(&ctx->down, ctx->qual, w->name, c->comment);
	sg_diff__finish_op(ctx, SG_PHASE_COMMENT, table, w->name, "comment on index %s on %s", w->name, table);
}

void sg_diff__diff_indexes(diff_ctx *ctx, const sg_table *ct, const sg_table *wt)
{
	bool *cur_done = calloc(ct->nindexes + 1, sizeof(bool));
	bool *want_done = calloc(wt->nindexes + 1, sizeof(bool));
	if (!cur_done || !want_done) {
		free(cur_done);
		free(want_done);
		ctx->plan->failed = true;
		return;
	}
	/* Indexes of constraints come and go with their constraints (exclusion constraints: diff_exclusion.c). */
	sg_diff__exclusions(ctx, ct, wt);
	for (size_t k = 0; k < ct->nindexes; k++)
		cur_done[k] = ct->indexes[k].constraint_backed;
	for (size_t i = 0; i < wt->nindexes; i++)
		want_done[i] = wt->indexes[i].constraint_backed;
	for (size_t i = 0; i < wt->nindexes; i++) {
		if (want_done[i])
			continue;
		const sg_index *c = sg_table_find_index(ct, wt->indexes[i].name);
		if (c && !c->constraint_backed && index_eq(ctx, ct, c, &wt->indexes[i]) &&
		    !sg_diff__casts_to_recreated_enum(ctx, NULL, c) && !sg_diff__casts_to_redone_domain(ctx, NULL, c)) {
			cur_done[c - ct->indexes] = true;
			want_done[i] = true;
			comment_index(ctx, wt->name, c, &wt->indexes[i]);
		}
	}
	for (size_t i = 0; i < wt->nindexes; i++) {
		if (want_done[i])
			continue;
		const sg_index *w = &wt->indexes[i];
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *c = &ct->indexes[k];
			if (cur_done[k] || sg_table_find_index(wt, c->name) || !index_eq(ctx, ct, c, w) ||
			    sg_diff__casts_to_recreated_enum(ctx, NULL, c) ||
			    sg_diff__casts_to_redone_domain(ctx, NULL, c))
				continue;
			/* Taken off and built again under its new name around a function (diff_function_users.c). */
			if (sg_diff__caller_put_back(ctx, c)) {
				cur_done[k] = want_done[i] = true;
				break;
			}
			sg_diff__rename_sql(ctx, &ctx->up, "INDEX", NULL, c->name, w->name);
			sg_diff__rename_sql(ctx, &ctx->down, "INDEX", NULL, w->name, c->name);
			sg_diff__finish_op(ctx, SG_PHASE_RENAME_OBJECT, wt->name, w->name, "rename index %s to %s",
					   c->name, w->name);
			cur_done[k] = want_done[i] = true;
			comment_index(ctx, wt->name, c, w);
			break;
		}
	}
	for (size_t k = 0; k < ct->nindexes; k++)
		if (!cur_done[k])
			sg_diff__drop_index(ctx, ct->name, &ct->indexes[k]);
	for (size_t i = 0; i < wt->nindexes; i++)
		if (!want_done[i])
			sg_diff__create_index(ctx, wt->name, &wt->indexes[i], true);
	free(cur_done);
	free(want_done);
}
