/*
 * sg_diff, --online: the lock-friendly forms of the operations that have one
 * (the SQL text is online.c's).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

/* `fmt` as the text of a down that has nothing to undo, as a comment. */
static void nothing_to_undo(diff_ctx *ctx, const char *why)
{
	sg_strbuf_addf(&ctx->down, "-- nothing to undo: %s", why);
}

/*
 * SET NOT NULL without a scan under ACCESS EXCLUSIVE: a CHECK (c IS NOT
 * NULL) NOT VALID in the main step; in the _validate step VALIDATE (which
 * lets writes go on), SET NOT NULL (proved from the check), and the check goes.
 */
void sg_diff__online_set_not_null(diff_ctx *ctx, const char *table, const char *column)
{
	sg_strbuf cname = SG_STRBUF_INIT, expr = SG_STRBUF_INIT;
	sg_constraint chk;
	sg_online_not_null_check(&chk, &cname, &expr, table, column);
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, &chk, true);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, chk.name);
	sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, column, "add NOT VALID not-null check on %s.%s", table,
			   column);
	sg_online_set_not_null(&ctx->up, &ctx->down, ctx->qual, table, &chk, column);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, table, column, "validate and set NOT NULL on %s.%s",
				       table, column);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table, column);
	sg_strbuf_release(&cname);
	sg_strbuf_release(&expr);
}

/*
 * A new column whose default is volatile (or serial) on an existing table:
 * ADD COLUMN with it rewrites the table under ACCESS EXCLUSIVE.  Instead the
 * column is added without it (no rewrite), the default is set for the rows to
 * come, the rows there are filled in batches by the _backfill step, and NOT
 * NULL follows through a validated check.  False when the column is not such
 * a column (the caller adds it as usual).
 */
bool sg_diff__online_add_column(diff_ctx *ctx, const char *table, const sg_column *w)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	bool serial = w->from_serial && sg_diff__serial_sequence(w->default_expr, &seq);
	if (w->generated || w->identity != SG_IDENTITY_NONE || !w->default_expr ||
	    (w->from_serial
		 ? !serial
		 : sg_diff__is_nextval(w->default_expr) || !sg_hazard_default_is_volatile(w->default_expr))) {
		sg_strbuf_release(&seq);
		return false;
	}
	sg_online_add_column(&ctx->up, ctx->qual, table, w, serial ? seq.data : NULL);
	sg_diff__drop_column_sql(ctx, &ctx->down, table, w->name);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name, "add column %s.%s", table, w->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, w->name);
	sg_diff__online_fill(ctx, table, w, false);
	sg_strbuf_release(&seq);
	return true;
}

void sg_diff__online_fill(diff_ctx *ctx, const char *table, const sg_column *w, bool existing)
{
	/*
	 * The not-null check comes after the fill: a NOT VALID check still holds
	 * for every new row version, so until then it would fail every UPDATE of
	 * a row not filled yet, the fill's own included.
	 */
	sg_online_backfill(&ctx->up, ctx->qual, table, w->name, w->fill);
	sg_strbuf cname = SG_STRBUF_INIT, expr = SG_STRBUF_INIT;
	sg_constraint chk;
	sg_online_not_null_check(&chk, &cname, &expr, table, w->name);
	if (!w->nullable) {
		sg_strbuf_addch(&ctx->up, '\n');
		sg_ddl_add_constraint(&ctx->up, ctx->qual, table, &chk, true);
		sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, chk.name);
	} else {
		nothing_to_undo(ctx, "the values go with the column, which the main step's down drops");
	}
	sg_op *op;
	if (existing) {
		op = sg_diff__finish_op(ctx, SG_PHASE_BACKFILL, table, w->name,
					"fill the NULLs of %s.%s with its fill, in batches", table, w->name);
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"writes the rows of '%s' where '%s' is NULL again, 1,000 pages per transaction: no "
				"table lock, but the table grows by those rows until vacuum",
				table, w->name);
		sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE, "the rows the fill gave '%s.%s' a value keep it",
				table, w->name);
	} else {
		op = sg_diff__finish_op(ctx, SG_PHASE_BACKFILL, table, w->name, "fill %s.%s with its %s, in batches",
					table, w->name, w->fill ? "fill" : "default");
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"writes every row of '%s' again, 1,000 pages per transaction: no table lock, but the "
				"table grows as a rewrite would until vacuum",
				table);
	}

	if (!w->nullable) {
		sg_online_set_not_null(&ctx->up, &ctx->down, ctx->qual, table, &chk, w->name);
		op = sg_diff__finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate and set NOT NULL on %s.%s",
					table, w->name);
		sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table,
				w->name);
	}
	sg_strbuf_release(&cname);
	sg_strbuf_release(&expr);
}

/* Remember a unique key or index that exists only once the _concurrently step has run. */
void sg_diff__online_late_key(diff_ctx *ctx, const char *table, const sg_constraint *con, const sg_index *idx)
{
	if (sg_online_keys_add(&ctx->late_keys, table, con, idx) != 0)
		ctx->plan->failed = true;
}

/*
 * The --online forms of a new constraint; false when it has none and the
 * caller adds it as usual.  A PRIMARY KEY or UNIQUE constraint on an existing
 * table is built as a unique index CONCURRENTLY and then attached with USING
 * INDEX (a short ACCESS EXCLUSIVE lock, no build), both in the _concurrently
 * step, where each statement commits on its own.  A foreign key to such a
 * key, or to a unique index built CONCURRENTLY, is added NOT VALID after them
 * in the same step and then validated there.
 */
bool sg_diff__online_add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing)
{
	if (existing && sg_online_key_by_index(w, ctx->qual)) {
		/* Each statement commits on its own: the index exists when the constraint takes it. */
		sg_online_key_index(&ctx->up, ctx->qual, table, w);
		sg_strbuf_addch(&ctx->up, '\n');
		sg_online_attach_key(&ctx->up, ctx->qual, table, w);
		/* Dropping the constraint drops its index. */
		sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
		sg_diff__finish_op(ctx, SG_PHASE_CONCURRENT_INDEX, table, w->name,
				   "add %s %s on %s using an index built CONCURRENTLY", sg_diff__kind_word(w), w->name,
				   table);
		sg_diff__online_late_key(ctx, table, w, NULL);
		return true;
	}
	if (w->kind != SG_CON_FOREIGN_KEY || !sg_online_keys_serve(&ctx->late_keys, w))
		return false;
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, w, true);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
	sg_diff__finish_op(ctx, SG_PHASE_LATE_FOREIGN_KEY, table, w->name, "add %s %s on %s", sg_diff__kind_word(w),
			   w->name, table);
	if (w->not_valid)
		return true;
	sg_online_validate(&ctx->up, ctx->qual, table, w->name);
	nothing_to_undo(ctx, "validation changes no definition");
	sg_diff__finish_op(ctx, SG_PHASE_VALIDATE_LATE, table, w->name, "validate %s %s on %s", sg_diff__kind_word(w),
			   w->name, table);
	return true;
}
