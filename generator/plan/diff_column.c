/*
 * sg_diff, columns of a matched table: early drops, renames in a safe order,
 * added, changed and dropped columns (types, defaults, identity and serial
 * sequences, NOT NULL, generation expressions, statistics targets,
 * comments), and which generated columns are rebuilt.  The sequences of
 * serial and identity columns are diff_column_serial.c's.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

void sg_diff__add_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col)
{
	sg_diff__owned_sequence_sql(ctx, sb, table, col, false);
	sg_diff__newline_if_any(sb);
	sg_diff__alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "ADD COLUMN ");
	sg_ddl_column(sb, col);
	sg_strbuf_adds(sb, ";");
	sg_diff__owned_sequence_sql(ctx, sb, table, col, true);
	if (col->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_column(sb, ctx->qual, table, col->name, col->comment);
	}
	if (col->has_statistics) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_column_statistics(sb, ctx->qual, table, col);
	}
}

/*
 * A column added back by a down step: its values are gone, so a NOT NULL
 * column without a default comes back nullable and is made NOT NULL only
 * where no row holds NULL (sg_diff__guarded_sql).
 */
static void readd_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col)
{
	/*
	 * A default taken off before a domain's re-create (it casts to it) is set
	 * back by its own down, once the domain is back: not here, where it would
	 * hold the new domain and DROP DOMAIN would refuse.
	 */
	sg_column bare = *col;
	if (col->default_expr && sg_diff__text_names_redone_domain(ctx, col->default_expr))
		bare.default_expr = bare.default_written = NULL;
	/* Its drop runs after the domain renames, its down before they are undone: a renamed domain by its new name. */
	sg_strbuf type = SG_STRBUF_INIT;
	if (ctx->cur->ndomains)
		bare.type = sg_diff__type_as_renamed(ctx, col->type, &type);
	col = &bare;
	if (col->nullable || col->default_expr || col->identity != SG_IDENTITY_NONE || col->generated) {
		sg_diff__add_column_sql(ctx, sb, table, col);
		sg_strbuf_release(&type);
		return;
	}
	sg_column relaxed = *col;
	relaxed.nullable = true;
	sg_diff__add_column_sql(ctx, sb, table, &relaxed);
	sg_strbuf stmt = SG_STRBUF_INIT;
	sg_diff__alter_column(ctx, &stmt, table, col->name);
	sg_strbuf_adds(&stmt, "SET NOT NULL;");
	sg_diff__guarded_sql(ctx, sb, stmt.data, "schemagen: column %s.%s is left nullable: its rows lost their values",
			     table, col->name);
	sg_strbuf_release(&stmt);
	sg_strbuf_release(&type);
}

void sg_diff__drop_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column)
{
	sg_diff__newline_if_any(sb);
	sg_diff__alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "DROP COLUMN ");
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, ";");
}

static void add_column_hazards(diff_ctx *ctx, sg_op *op, const char *table, const sg_column *col)
{
	if (col->generated)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE, "stored generated column '%s.%s' rewrites the table",
				table, col->name);
	else if (col->identity != SG_IDENTITY_NONE)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"identity column '%s.%s' fills every row: the table is rewritten", table, col->name);
	else if (col->default_expr && (col->from_serial || sg_hazard_default_is_volatile(col->default_expr)))
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"volatile default of '%s.%s' is evaluated for every row: the table is rewritten", table,
				col->name);
	else if (!col->nullable && !col->default_expr)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
				"NOT NULL column '%s.%s' has no default: fails if '%s' has rows", table, col->name,
				table);
	if (!col->generated) /* a generated column's values are computed from the others */
		sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table,
				col->name);
}

/* The hazards of dropping current column `c` (its down adds it back). */
static void drop_column_hazards(diff_ctx *ctx, sg_op *op, const char *table, const sg_column *c)
{
	if (c->generated)
		return; /* computed again from the other columns when it comes back */
	sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, c->name);
	if (!c->nullable && !c->default_expr && c->identity == SG_IDENTITY_NONE)
		sg_diff__hazard(
		    ctx, op, true, SG_HAZARD_IRREVERSIBLE,
		    "re-adds column '%s.%s' empty: its values are not restored, and it is NOT NULL again only if "
		    "'%s' has no rows (otherwise left nullable, with a warning)",
		    table, c->name, table);
	else
		sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
				"re-adds column '%s.%s' empty: its values are not restored", table, c->name);
}

void sg_diff__set_default_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, const char *expr)
{
	sg_diff__newline_if_any(sb);
	sg_diff__alter_column(ctx, sb, table, column);
	if (expr)
		sg_strbuf_addf(sb, "SET DEFAULT %s;", expr);
	else
		sg_strbuf_adds(sb, "DROP DEFAULT;");
}

/*
 * Change column `column` from `from`'s type to `to`'s.  `to_default`: the
 * default to put back after the change (SQL text), NULL for none.  `using`:
 * the model's conversion (`using` / `using_down`), else the plain one
 * (sg_ddl_plain_using: enums through text, timestamps' zones in UTC).
 */
static void type_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, const sg_column *from,
		     const sg_column *to, const char *to_default, const char *using)
{
	/* A default may not cast to the new type: take it off around the change. */
	if (from->default_expr)
		sg_diff__set_default_sql(ctx, sb, table, column, NULL);
	sg_diff__newline_if_any(sb);
	sg_diff__alter_column(ctx, sb, table, column);
	sg_strbuf_addf(sb, "TYPE %s", to->type);
	if (to->collation) {
		sg_strbuf_adds(sb, " COLLATE ");
		sg_quote_ident(sb, to->collation);
	}
	sg_strbuf_adds(sb, " USING ");
	if (using)
		sg_strbuf_adds(sb, using);
	else
		sg_ddl_plain_using(sb, column, from->type, to->type, sg_diff__is_enum_type(ctx, from->type));
	sg_strbuf_adds(sb, ";");
	if (to_default)
		sg_diff__set_default_sql(ctx, sb, table, column, to_default);
}

/* Whether a column's type (or collation) changes, through an enum re-create too. */
static bool type_changes(const diff_ctx *ctx, const sg_column *c, const sg_column *w)
{
	return !sg_diff__same_type(ctx, c->type, w->type) || !sg_str_eq(c->collation, w->collation) ||
	       sg_diff__uses_recreated_enum(ctx, c);
}

/* A matched column dropped before the renames and added again after the changes (sg_colmap.rebuilt). */
bool sg_diff__column_recreated(const sg_colmap *m, size_t cur_index)
{
	const sg_column *w = m->cur_to_want[cur_index];
	return w && w->generated && m->rebuilt[cur_index];
}

static void diff_column(diff_ctx *ctx, const sg_colmap *m, const sg_column *c, const sg_column *w)
{
	const char *table = m->want->name, *name = w->name;

	/*
	 * An identity goes first when it is dropped (a default or DROP NOT NULL
	 * needs it gone) and last when it is added (it needs NOT NULL and no
	 * default); the down side, run in reverse, is then right too.
	 */
	if (c->identity != w->identity && w->identity == SG_IDENTITY_NONE)
		sg_diff__identity_op(ctx, table, c, w);

	/*
	 * A serial column of the models matches any sequence default in the
	 * database: the sequence keeps its name when its table or column is
	 * renamed, so the model's TABLE_COLUMN_seq need not be it.  Not a
	 * standalone sequence of the database, which the models drop or keep
	 * for themselves: the column gets a serial's sequence of its own.
	 */
	bool serial_kept = w->from_serial && sg_diff__is_nextval(c->default_expr) &&
			   !sg_diff__reads_standalone_sequence(ctx, m->cur->name, c);
	bool type_changed = !sg_diff__same_type(ctx, c->type, w->type) || !sg_str_eq(c->collation, w->collation);
	if (w->from_serial && !serial_kept)
		sg_diff__serial_sequence_op(ctx, table, w, !type_changed);
	/* A default taken off first (it calls a function created again around a domain) is set again. */
	bool default_differs = !sg_str_eq(c->default_expr, w->default_expr) && !serial_kept;
	bool default_changes = default_differs || (sg_diff__default_dropped_early(ctx, c) && w->default_expr);
	/* A default that calls a function created after the tables is set once it exists. */
	bool default_late = default_changes && w->default_expr && sg_diff__calls_late_function(ctx, w->default_expr);
	if (type_changed) {
		const char *up_default = serial_kept	   ? c->default_expr
					 : default_late	   ? NULL
					 : w->default_expr ? sg_ddl_default_text(w)
							   : NULL;
		type_sql(ctx, &ctx->up, table, name, c, w, up_default, w->using_expr);
		/* A default taken off first (it calls a function created again) comes back in that op's down. */
		type_sql(ctx, &ctx->down, table, name, w, c,
			 sg_diff__default_dropped_early(ctx, c) ? NULL : c->default_expr, w->using_down);
		sg_strbuf seq = SG_STRBUF_INIT;
		if (default_differs && !w->from_serial && sg_diff__own_serial_sequence(ctx, c, &seq))
			sg_diff__sequence_past_max_sql(ctx, &ctx->down, table, name, seq.data, NULL);
		sg_strbuf_reset(&seq);
		/* A new serial's sequence goes past the values once they are integers (sg_diff__serial_sequence_op). */
		if (w->from_serial && !serial_kept && sg_diff__serial_sequence(w->default_expr, &seq))
			sg_diff__sequence_past_max_sql(ctx, &ctx->up, table, name, seq.data, NULL);
		sg_strbuf_release(&seq);
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "change type of %s.%s to %s",
					       table, name, w->type);
		sg_type_change up = sg_hazard_type_change(c->type, w->type);
		sg_type_change down = sg_hazard_type_change(w->type, c->type);
		bool to_zoned;
		sg_ddl_zone_family(w->type, &to_zoned);
		if (sg_ddl_zone_changes(c->type, w->type) && !w->using_expr)
			sg_diff__hazard(
			    ctx, op, false, SG_HAZARD_REWRITE,
			    "changing '%s.%s' from %s to %s rewrites the table and reads every value %s UTC "
			    "(AT TIME ZONE 'UTC'; edit the USING for another zone)",
			    table, name, c->type, w->type, to_zoned ? "as a time in" : "as the time it is in");
		else if (up != SG_TYPE_CHANGE_FREE)
			sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
					"changing '%s.%s' from %s to %s rewrites the table", table, name, c->type,
					w->type);
		if (up == SG_TYPE_CHANGE_LOSSY)
			sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
					"'%s.%s' from %s to %s may fail or lose data", table, name, c->type, w->type);
		if (down == SG_TYPE_CHANGE_LOSSY)
			sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS,
					"'%s.%s' back from %s to %s may fail or lose data", table, name, w->type,
					c->type);
	}
	if (type_changed && serial_kept)
		sg_diff__serial_type_op(ctx, table, name, c, w);
	if (type_changed && default_late) {
		sg_diff__set_default_sql(ctx, &ctx->up, table, name, sg_ddl_default_text(w));
		sg_diff__set_default_sql(ctx, &ctx->down, table, name, NULL);
		sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, table, name,
				   "set default of %s.%s (it calls a function created after the tables)", table, name);
	} else if (!type_changed && default_changes && !sg_diff__uses_recreated_enum(ctx, c)) {
		sg_diff__set_default_sql(ctx, &ctx->up, table, name, w->default_expr ? sg_ddl_default_text(w) : NULL);
		sg_diff__set_default_sql(ctx, &ctx->down, table, name,
					 sg_diff__default_dropped_early(ctx, c) ? NULL : c->default_expr);
		sg_diff__finish_op(ctx, default_late ? SG_PHASE_ADD_CONSTRAINT : SG_PHASE_ALTER_COLUMN, table, name,
				   "%s default of %s.%s%s", w->default_expr ? "set" : "drop", table, name,
				   default_late ? " (it calls a function created after the tables)" : "");
	}
	if (default_differs && !w->from_serial)
		sg_diff__drop_serial_sequence_op(ctx, table, name, c, !type_changed);

	if (c->nullable != w->nullable) {
		bool set_not_null = !w->nullable;
		if (set_not_null && w->fill) {
			sg_diff__set_not_null_filled(ctx, table, w);
		} else if (set_not_null && ctx->online) {
			sg_diff__online_set_not_null(ctx, table, name);
		} else {
			sg_diff__alter_column(ctx, &ctx->up, table, name);
			sg_strbuf_adds(&ctx->up, set_not_null ? "SET NOT NULL;" : "DROP NOT NULL;");
			sg_diff__alter_column(ctx, &ctx->down, table, name);
			sg_strbuf_adds(&ctx->down, set_not_null ? "DROP NOT NULL;" : "SET NOT NULL;");
			sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "%s NOT NULL on %s.%s",
						       set_not_null ? "set" : "drop", table, name);
			if (set_not_null) {
				sg_diff__hazard(
				    ctx, op, false, SG_HAZARD_BLOCKING,
				    "SET NOT NULL scans '%s' under an ACCESS EXCLUSIVE lock (--online avoids it)",
				    table);
				sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
						"fails while '%s.%s' holds NULLs", table, name);
			} else {
				sg_diff__hazard(ctx, op, true, SG_HAZARD_NEEDS_BACKFILL,
						"fails while '%s.%s' holds NULLs", table, name);
			}
		}
	}

	if (c->identity != w->identity && w->identity != SG_IDENTITY_NONE) {
		sg_diff__identity_op(ctx, table, c, w);
		/* --online sets NOT NULL in the _validate step, and an identity needs it first. */
		if (ctx->online && c->nullable && !w->nullable && !ctx->plan->failed)
			ctx->plan->ops[ctx->plan->nops - 1].phase = SG_PHASE_VALIDATE;
	}

	if (c->identity != SG_IDENTITY_NONE && w->identity != SG_IDENTITY_NONE)
		sg_diff__identity_options_op(ctx, table, c, w);

	/* SHARE UPDATE EXCLUSIVE, no scan: the next ANALYZE uses the new target. */
	if (c->has_statistics != w->has_statistics || (w->has_statistics && c->statistics != w->statistics)) {
		sg_ddl_column_statistics(&ctx->up, ctx->qual, table, w);
		sg_column old = *c;
		old.name = name; /* the down runs before the down of a rename */
		sg_ddl_column_statistics(&ctx->down, ctx->qual, table, &old);
		if (w->has_statistics)
			sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "set statistics of %s.%s to %d",
					   table, name, w->statistics);
		else
			sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name,
					   "reset statistics of %s.%s to the default", table, name);
	}

	if (!sg_str_eq(c->comment, w->comment)) {
		sg_ddl_comment_column(&ctx->up, ctx->qual, table, name, w->comment);
		sg_ddl_comment_column(&ctx->down, ctx->qual, table, name, c->comment);
		sg_diff__finish_op(ctx, SG_PHASE_COMMENT, table, name, "comment on column %s.%s", table, name);
	}
}

/*
 * Whether current column `cur_index` of the map's table is dropped before the
 * renames (SG_PHASE_DROP_EARLY): re-created generated columns, dropped
 * generated columns (a column they read may go early too), and dropped
 * columns whose name a desired column takes.
 */
static bool gone_early(const sg_colmap *m, size_t cur_index)
{
	const sg_column *c = &m->cur->columns[cur_index];
	if (m->cur_to_want[cur_index])
		return sg_diff__column_recreated(m, cur_index);
	return c->generated || sg_table_find_column(m->want, c->name);
}

/* gone_early, or a generated column that loses its expression there (drop_expression). */
static bool dropped_early(const sg_colmap *m, size_t cur_index)
{
	const sg_column *c = &m->cur->columns[cur_index], *w = m->cur_to_want[cur_index];
	return gone_early(m, cur_index) || (w && c->generated && !w->generated);
}

/*
 * A generated column that becomes a plain one: DROP EXPRESSION keeps its
 * values, and runs before the columns it reads change type.  The way back
 * computes them again (drop and add).
 */
static void drop_expression(diff_ctx *ctx, const sg_table *ct, const sg_column *c)
{
	sg_diff__alter_column(ctx, &ctx->up, ct->name, c->name);
	sg_strbuf_adds(&ctx->up, "DROP EXPRESSION;");
	sg_diff__drop_column_sql(ctx, &ctx->down, ct->name, c->name);
	sg_diff__add_column_sql(ctx, &ctx->down, ct->name, c);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_DROP_EARLY, ct->name, c->name,
				       "drop the generation expression of %s.%s", ct->name, c->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "the values of '%s.%s' are replaced by computed ones",
			ct->name, c->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_REWRITE,
			"column '%s.%s' is dropped and added again: the table is rewritten", ct->name, c->name);
}

static void drop_columns_early(diff_ctx *ctx, const sg_colmap *m)
{
	const sg_table *ct = m->cur;
	/* Generated columns first: the columns they read may be among the others. */
	for (int generated = 1; generated >= 0; generated--) {
		for (size_t i = 0; i < ct->ncolumns; i++) {
			const sg_column *c = &ct->columns[i];
			if ((c->generated != NULL) != (generated == 1) || !dropped_early(m, i))
				continue;
			const sg_column *w = m->cur_to_want[i];
			if (w && c->generated && !w->generated) {
				drop_expression(ctx, ct, c);
				continue;
			}
			sg_diff__drop_column_sql(ctx, &ctx->up, ct->name, c->name);
			/* Its down runs once the sequence renames are undone. */
			readd_column_sql(ctx, &ctx->down, ct->name, sg_diff__column_as_read(ctx, ct, c));
			sg_op *op =
			    sg_diff__finish_op(ctx, SG_PHASE_DROP_EARLY, ct->name, c->name, "drop column %s.%s%s",
					       ct->name, c->name, w ? " (added again below)" : "");
			drop_column_hazards(ctx, op, ct->name, c);
			if (w && !c->generated)
				sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
						"the values of '%s.%s' are replaced by the computed ones of '%s'",
						ct->name, c->name, w->name);
		}
	}
}

static void renames_release(diff_renames *r)
{
	free(r->from);
	free(r->to);
	free(r->taken);
}

bool sg_diff__renames_init(diff_ctx *ctx, diff_renames *r, const char *table, size_t cap)
{
	*r = (diff_renames){.table = table};
	r->from = calloc(cap, sizeof(*r->from));
	r->to = calloc(cap, sizeof(*r->to));
	r->taken = calloc(cap, sizeof(*r->taken));
	if (r->from && r->to && r->taken)
		return true;
	renames_release(r);
	ctx->plan->failed = true;
	return false;
}

void sg_diff__renames_add(diff_renames *r, const char *name, const char *new_name)
{
	r->taken[r->ntaken++] = name;
	if (new_name && strcmp(new_name, name) != 0) {
		r->from[r->n] = name;
		r->to[r->n++] = new_name;
	}
}

/*
 * The renames from[i] -> to[i], in an order that never takes a name in
 * `taken` (sg_rename_order), each with its inverse.
 */
void sg_diff__renames_emit(diff_ctx *ctx, diff_renames *r)
{
	const char *table = r->table;
	sg_rename_list list;
	if (sg_rename_order(&list, r->from, r->to, r->n, r->taken, r->ntaken) != 0) {
		ctx->plan->failed = true;
		renames_release(r);
		return;
	}
	for (size_t i = 0; i < list.nsteps; i++) {
		const sg_rename_step *st = &list.steps[i];
		const char *what = table ? "COLUMN" : "TABLE";
		sg_diff__rename_sql(ctx, &ctx->up, what, table, st->from, st->to);
		sg_diff__rename_sql(ctx, &ctx->down, what, table, st->to, st->from);
		if (table)
			sg_diff__finish_op(ctx, SG_PHASE_RENAME_COLUMN, table, st->to, "rename column %s.%s to %s",
					   table, st->from, st->to);
		else
			sg_diff__finish_op(ctx, SG_PHASE_RENAME_TABLE, st->to, st->to, "rename table %s to %s",
					   st->from, st->to);
	}
	sg_rename_list_release(&list);
	renames_release(r);
}

static void rename_columns(diff_ctx *ctx, const sg_colmap *m)
{
	const sg_table *ct = m->cur;
	diff_renames r;
	if (!sg_diff__renames_init(ctx, &r, m->want->name, ct->ncolumns + 1))
		return;
	for (size_t i = 0; i < ct->ncolumns; i++)
		if (!gone_early(m, i))
			sg_diff__renames_add(&r, ct->columns[i].name,
					     m->cur_to_want[i] ? m->cur_to_want[i]->name : NULL);
	sg_diff__renames_emit(ctx, &r);
}

void sg_diff__diff_columns(diff_ctx *ctx, const sg_colmap *m)
{
	const sg_table *ct = m->cur, *wt = m->want;
	const char *table = wt->name;
	drop_columns_early(ctx, m);
	rename_columns(ctx, m);
	for (size_t i = 0; i < wt->ncolumns; i++) {
		const sg_column *w = &wt->columns[i];
		const sg_column *c = m->want_to_cur[i];
		if (c && !sg_diff__column_recreated(m, (size_t)(c - ct->columns))) {
			diff_column(ctx, m, c, w);
			continue;
		}
		if (!c && sg_diff__add_column_filled(ctx, table, w))
			continue;
		if (!c && ctx->online && sg_diff__online_add_column(ctx, table, w))
			continue;
		sg_diff__add_column_sql(ctx, &ctx->up, table, w);
		sg_diff__drop_column_sql(ctx, &ctx->down, table, w->name);
		/* A new generated column comes after the columns it reads have their final types, as a rebuilt one. */
		sg_op *op = c ? sg_diff__finish_op(ctx, SG_PHASE_ADD_LATE, table, w->name, "add column %s.%s again",
						   table, w->name)
			      : sg_diff__finish_op(ctx, w->generated ? SG_PHASE_ADD_LATE : SG_PHASE_ADD_COLUMN, table,
						   w->name, "add column %s.%s", table, w->name);
		add_column_hazards(ctx, op, table, w);
	}
	for (size_t i = 0; i < ct->ncolumns; i++) {
		if (m->cur_to_want[i] || dropped_early(m, i))
			continue;
		const sg_column *c = &ct->columns[i];
		sg_diff__drop_column_sql(ctx, &ctx->up, table, c->name);
		readd_column_sql(ctx, &ctx->down, table, c);
		sg_op *op =
		    sg_diff__finish_op(ctx, SG_PHASE_DROP_COLUMN, table, c->name, "drop column %s.%s", table, c->name);
		drop_column_hazards(ctx, op, table, c);
		/* A drop beside an add of the same type is often a rename the model did not declare. */
		for (size_t k = 0; k < wt->ncolumns; k++) {
			const sg_column *w = &wt->columns[k];
			if (!m->want_to_cur[k] && !w->renamed_from && strcmp(w->type, c->type) == 0) {
				sg_diff__hazard(
				    ctx, op, false, SG_HAZARD_RENAME_HINT,
				    "'%s.%s' is dropped and '%s' of the same type is added: if it is a rename, add "
				    "`renamed_from: %s` to column '%s'",
				    table, c->name, w->name, c->name, w->name);
				break;
			}
		}
	}
}

/*
 * Which matched columns the plan rebuilds (sg_colmap.rebuilt): generated
 * columns whose expression or type changes, columns that become or stop
 * being generated, and, to a fixpoint, generated columns that read a column
 * whose type changes or that is rebuilt (PostgreSQL cannot change the type
 * of a column a generated column reads).
 */
void sg_diff__mark_rebuilt(diff_ctx *ctx, sg_colmap *m)
{
	const sg_table *ct = m->cur;
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const sg_column *c = &ct->columns[i], *w = m->cur_to_want[i];
		if (!w || (!c->generated && !w->generated))
			continue;
		bool same = false;
		if (c->generated && w->generated && !type_changes(ctx, c, w)) {
			sg_strbuf_reset(&tmp);
			sg_colmap_rename_text(m, &tmp, c->generated);
			same = strcmp(tmp.data, w->generated) == 0;
		}
		m->rebuilt[i] = !same;
	}
	for (bool more = true; more;) {
		more = false;
		for (size_t i = 0; i < ct->ncolumns; i++) {
			const sg_column *c = &ct->columns[i], *w = m->cur_to_want[i];
			if (!w || !w->generated || !c->generated || m->rebuilt[i])
				continue;
			for (size_t k = 0; k < ct->ncolumns; k++) {
				const sg_column *x = &ct->columns[k], *xw = m->cur_to_want[k];
				if (k == i || !xw || !(m->rebuilt[k] || type_changes(ctx, x, xw)) ||
				    !sg_expr_mentions(c->generated, x->name))
					continue;
				m->rebuilt[i] = more = true;
				break;
			}
		}
	}
	sg_strbuf_release(&tmp);
}
