/*
 * sg_diff, the columns whose existing rows a migration fills with something
 * else than what a plain ADD COLUMN or SET NOT NULL gives them
 * (docs/diff.md, "Filling existing rows"): a column's `fill`, the value the
 * rows a table has get once when the column is added to it or made NOT NULL
 * there, never its default; and a new column whose default calls a function
 * created after the tables.
 *
 * Each takes the cheapest form its statements allow: a fill that reads no
 * column and calls no late function is the DEFAULT of the ADD COLUMN, taken
 * off (or replaced by the model's default) right after, which PostgreSQL 11+
 * stores once instead of writing every row when it is not volatile; a fill
 * that reads the row, or calls a function created later, is an UPDATE once
 * the columns it reads have their final types.  --online fills in batches
 * (diff_online.c) wherever the plain form would write every row.  Summaries
 * name the column, never the fill: a fill may span lines, a summary is one
 * comment line.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

/* `UPDATE table SET column = value [WHERE column IS NULL];` (`value` NULL: DEFAULT) into ctx->up. */
static void update_sql(diff_ctx *ctx, const char *table, const char *column, const char *value, bool only_null)
{
	sg_diff__newline_if_any(&ctx->up);
	sg_strbuf_adds(&ctx->up, "UPDATE ");
	sg_ddl_name(&ctx->up, ctx->qual, table);
	sg_strbuf_adds(&ctx->up, " SET ");
	sg_quote_ident(&ctx->up, column);
	if (value)
		sg_strbuf_addf(&ctx->up, " = (%s)", value);
	else
		sg_strbuf_adds(&ctx->up, " = DEFAULT");
	if (only_null) {
		sg_strbuf_adds(&ctx->up, " WHERE ");
		sg_quote_ident(&ctx->up, column);
		sg_strbuf_adds(&ctx->up, " IS NULL");
	}
	sg_strbuf_adds(&ctx->up, ";");
}

/* `ALTER COLUMN column SET NOT NULL;` into ctx->up, `DROP NOT NULL;` into ctx->down. */
static void not_null_sql(diff_ctx *ctx, const char *table, const char *column)
{
	sg_diff__newline_if_any(&ctx->up);
	sg_diff__alter_column(ctx, &ctx->up, table, column);
	sg_strbuf_adds(&ctx->up, "SET NOT NULL;");
	sg_diff__newline_if_any(&ctx->down);
	sg_diff__alter_column(ctx, &ctx->down, table, column);
	sg_strbuf_adds(&ctx->down, "DROP NOT NULL;");
}

/* The comment and statistics target of new column `w`, after its ADD COLUMN in ctx->up. */
static void column_extras_sql(diff_ctx *ctx, const char *table, const sg_column *w)
{
	if (w->comment) {
		sg_strbuf_addch(&ctx->up, '\n');
		sg_ddl_comment_column(&ctx->up, ctx->qual, table, w->name, w->comment);
	}
	if (w->has_statistics) {
		sg_strbuf_addch(&ctx->up, '\n');
		sg_ddl_column_statistics(&ctx->up, ctx->qual, table, w);
	}
}

/*
 * Whether `expr` may follow DEFAULT as it is: a literal, a name, a function
 * call or a parenthesized expression, each optionally cast with `::type`.
 * DEFAULT takes a restricted expression (no AND, IS NULL, comparisons...), so
 * anything else is written in parentheses; a constant is left bare, as linters
 * (squawk) know it for one that rewrites nothing.
 */
static bool bare_default(const char *expr)
{
	const char *p = expr;
	while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_' ||
	       *p == '.')
		p++;
	if (*p == '\'' || *p == '"' || *p == '(') {
		/* One quoted literal or name, or one balanced group. */
		char open = *p, close = open == '(' ? ')' : open;
		int depth = 0;
		char quote = 0;
		for (;; p++) {
			if (!*p)
				return false;
			if (quote) {
				if (*p == quote && p[1] == quote)
					p++; /* a doubled quote stays inside */
				else if (*p == quote)
					quote = 0;
			} else if (open == '(' && (*p == '\'' || *p == '"')) {
				quote = *p;
			} else if (*p == open && (open == '(' || depth == 0)) {
				depth++;
			} else if (*p == close && --depth == 0) {
				p++;
				break;
			}
		}
	}
	while (p[0] == ':' && p[1] == ':') {
		p += 2;
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '_'))
			return false;
		while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_')
			p++;
	}
	return p != expr && *p == '\0';
}

/*
 * `fill` as the DEFAULT of the ADD COLUMN: `ADD COLUMN c type [NOT NULL]
 * DEFAULT (fill)`, then the model's default set in its place, or none
 * (`default_now`: the model's default text, NULL when it has none or sets it
 * later).  A non-volatile fill is stored once (PostgreSQL 11+: no rewrite, no
 * scan); a volatile one is evaluated for every row, which rewrites the table.
 */
static void add_with_fill_default(diff_ctx *ctx, const char *table, const sg_column *w, const char *default_now)
{
	sg_column plain = *w;
	plain.default_expr = plain.default_written = NULL;
	plain.nullable = true;
	sg_diff__newline_if_any(&ctx->up);
	sg_diff__alter_table(ctx, &ctx->up, table);
	sg_strbuf_adds(&ctx->up, "ADD COLUMN ");
	sg_ddl_column(&ctx->up, &plain);
	if (bare_default(w->fill))
		sg_strbuf_addf(&ctx->up, " DEFAULT %s", w->fill);
	else
		sg_strbuf_addf(&ctx->up, " DEFAULT (%s)", w->fill);
	sg_strbuf_adds(&ctx->up, w->nullable ? ";" : " NOT NULL;");
	sg_diff__set_default_sql(ctx, &ctx->up, table, w->name, default_now);
	column_extras_sql(ctx, table, w);
	sg_diff__drop_column_sql(ctx, &ctx->down, table, w->name);
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name,
				       "add column %s.%s, its existing rows filled", table, w->name);
	if (sg_hazard_default_is_volatile(w->fill))
		sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
				"the fill of '%s.%s' is volatile: evaluated for every row, the table is rewritten",
				table, w->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, w->name);
}

bool sg_diff__add_column_filled(diff_ctx *ctx, const char *table, const sg_column *w)
{
	bool default_late = w->default_expr && sg_diff__calls_late_function(ctx, w->default_expr);
	if (!w->fill && !default_late)
		return false;
	const char *model_default = w->default_expr ? sg_ddl_default_text(w) : NULL;
	bool fill_late = w->fill && sg_diff__calls_late_function(ctx, w->fill);
	/* Volatile under --online: filled in batches, as a volatile default is (diff_online.c). */
	if (w->fill && !w->fill_reads_columns && !fill_late &&
	    !(ctx->online && sg_hazard_default_is_volatile(w->fill))) {
		add_with_fill_default(ctx, table, w, default_late ? NULL : model_default);
		if (default_late) {
			sg_diff__set_default_sql(ctx, &ctx->up, table, w->name, model_default);
			sg_diff__set_default_sql(ctx, &ctx->down, table, w->name, NULL);
			sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, table, w->name,
					   "set default of %s.%s (it calls a function created after the tables)", table,
					   w->name);
		}
		return true;
	}

	/*
	 * Added bare (nullable, no default) with the other new columns, so what
	 * reads it (a function's body, indexes, generated columns) finds it; the
	 * rows filled once the columns the fill reads have their final types and
	 * the functions it or the default calls exist.
	 */
	sg_column bare = *w;
	bare.default_expr = bare.default_written = NULL;
	bare.nullable = true;
	sg_diff__add_column_sql(ctx, &ctx->up, table, &bare);
	if (model_default && !default_late)
		sg_diff__set_default_sql(ctx, &ctx->up, table, w->name, model_default);
	sg_diff__drop_column_sql(ctx, &ctx->down, table, w->name);
	sg_op *op = w->fill ? sg_diff__finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name,
						 "add column %s.%s (its existing rows filled below)", table, w->name)
			    : sg_diff__finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name,
						 "add column %s.%s (its default once the function it calls exists)",
						 table, w->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, w->name);

	if (default_late)
		sg_diff__set_default_sql(ctx, &ctx->up, table, w->name, model_default);
	if (ctx->online) {
		/* The rows are filled in batches after the main step (diff_online.c). */
		if (default_late) {
			sg_diff__set_default_sql(ctx, &ctx->down, table, w->name, NULL);
			sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, table, w->name,
					   "set default of %s.%s (it calls a function created after the tables)", table,
					   w->name);
		}
		sg_diff__online_fill(ctx, table, w, false);
		return true;
	}
	update_sql(ctx, table, w->name, w->fill, false);
	if (!w->nullable)
		not_null_sql(ctx, table, w->name);
	if (default_late)
		sg_diff__set_default_sql(ctx, &ctx->down, table, w->name, NULL);
	if (w->fill)
		op = sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, table, w->name,
					"%sfill the existing rows of %s.%s", default_late ? "set the default and " : "",
					table, w->name);
	else
		op = sg_diff__finish_op(
		    ctx, SG_PHASE_ADD_CONSTRAINT, table, w->name,
		    "set default of %s.%s and fill its rows (it calls a function created after the tables)", table,
		    w->name);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
			"fills '%s.%s' with an UPDATE of every row of '%s': each row is written again, and the table "
			"grows as a rewrite would until vacuum",
			table, w->name, table);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
			"the UPDATE locks every row of '%s' against writes until the migration commits%s", table,
			w->nullable ? "" : "; SET NOT NULL then scans it under an ACCESS EXCLUSIVE lock");
	if (!w->nullable)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
				"SET NOT NULL fails if the %s gives NULL for a row of '%s'",
				w->fill ? "fill" : "default", table);
	return true;
}

void sg_diff__set_not_null_filled(diff_ctx *ctx, const char *table, const sg_column *w)
{
	if (ctx->online) {
		/* Nothing in the main step: the not-null check comes after the batches (sg_diff__online_fill). */
		sg_diff__online_fill(ctx, table, w, true);
		return;
	}
	update_sql(ctx, table, w->name, w->fill, true);
	not_null_sql(ctx, table, w->name);
	/* As a new column's fill: once every column has its final type and the late functions exist. */
	sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, table, w->name,
				       "fill the NULLs of %s.%s and set NOT NULL", table, w->name);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_REWRITE,
			"the UPDATE writes the rows of '%s' where '%s' is NULL again: the table grows by those rows "
			"until vacuum",
			table, w->name);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
			"the UPDATE locks the rows of '%s' where '%s' is NULL until the migration commits; SET NOT "
			"NULL then scans '%s' under an ACCESS EXCLUSIVE lock (--online avoids it)",
			table, w->name, table);
	if (w->fill_reads_columns)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
				"SET NOT NULL fails if the fill gives NULL for a row of '%s'", table);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
			"'%s.%s' becomes nullable again, but the rows the fill gave a value keep it", table, w->name);
}
