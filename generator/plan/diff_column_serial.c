/*
 * sg_diff, the sequences of serial and identity columns (diff_column.c's
 * column changes call them): a serial's sequence created, dropped, retyped
 * or set past the column's values, a column made or unmade an identity, and
 * an identity's sequence options.
 */
#include <string.h>

#include "ddl_sequence.h"
#include "diff_int.h"

bool sg_diff__is_nextval(const char *expr)
{
	return expr && strncmp(expr, "nextval(", 8) == 0;
}

/*
 * The sequence of a serial column's default as SQL names it: the text of
 * `nextval('NAME'::regclass)`, which regclass prints quoted as needed.
 * False for any other form.
 */
bool sg_diff__serial_sequence(const char *expr, sg_strbuf *out)
{
	static const char head[] = "nextval('", tail[] = "'::regclass)";
	size_t len = expr ? strlen(expr) : 0, nh = sizeof(head) - 1, nt = sizeof(tail) - 1;
	if (len <= nh + nt || strncmp(expr, head, nh) != 0 || strcmp(expr + len - nt, tail) != 0)
		return false;
	sg_strbuf_reset(out);
	for (const char *p = expr + nh; p < expr + len - nt; p++) {
		if (*p == '\'' && *++p != '\'')
			return false;
		sg_strbuf_addch(out, *p);
	}
	return true;
}

/*
 * A column of the catalog whose default takes the next value of a sequence
 * is a serial column: the sequence belongs to it and goes when it is
 * dropped.  Re-creating such a column (the down of a drop) re-creates its
 * sequence first and gives it back to the column after.  Whether the
 * sequence is the column's own is asked of the column's side only (the down
 * builds the live schema's objects, the up the models'): the other side may
 * declare a sequence of that name of its own (a table renamed without
 * `renamed_from` whose serial sequence kept the old name), which that side's
 * plan drops or creates apart.
 */
void sg_diff__owned_sequence_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col, bool after)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	const sg_schema *side = sb == &ctx->down ? ctx->cur : ctx->want;
	if (!col->from_serial && sg_diff__serial_sequence(col->default_expr, &seq) &&
	    !sg_diff__managed_sequence_in(ctx, side, seq.data) && !sg_diff__other_schema_sequence(ctx, seq.data)) {
		sg_diff__newline_if_any(sb);
		if (!after) {
			bool int_type = sg_sequence_type_max(col->type) != 0;
			sg_strbuf_addf(sb, "CREATE SEQUENCE IF NOT EXISTS %s%s%s;", seq.data, int_type ? " AS " : "",
				       int_type ? col->type : "");
		} else {
			sg_strbuf_addf(sb, "ALTER SEQUENCE %s OWNED BY ", seq.data);
			sg_ddl_name(sb, ctx->qual, table);
			sg_strbuf_addch(sb, '.');
			sg_quote_ident(sb, col->name);
			sg_strbuf_adds(sb, ";");
		}
	}
	sg_strbuf_release(&seq);
}

/*
 * Start sequence `seq` (SQL text of its name; NULL: the identity sequence of
 * the column) after the largest value column `column` holds, so the next
 * insert does not collide with an existing row.
 */
void sg_diff__sequence_past_max_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column,
				    const char *seq, const sg_sequence *opts)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "SELECT setval(");
	if (seq) {
		sg_quote_literal(sb, seq);
	} else {
		sg_strbuf name = SG_STRBUF_INIT;
		sg_ddl_name(&name, ctx->qual, table);
		sg_strbuf_adds(sb, "pg_get_serial_sequence(");
		sg_quote_literal(sb, name.data);
		sg_strbuf_adds(sb, ", ");
		sg_quote_literal(sb, column);
		sg_strbuf_adds(sb, ")");
		sg_strbuf_release(&name);
	}
	if (opts && (opts->increment < 0 || opts->start != 1)) {
		/* Its START when the column holds nothing past it (below it, counting down). */
		bool down = opts->increment < 0;
		sg_strbuf_addf(sb, ", %s(COALESCE(%s(", down ? "LEAST" : "GREATEST", down ? "min" : "max");
		sg_quote_ident(sb, column);
		sg_strbuf_addf(sb, ") %s 1, %lld), %lld), false) FROM ", down ? "-" : "+", opts->start, opts->start);
	} else {
		sg_strbuf_adds(sb, ", GREATEST(COALESCE(max(");
		sg_quote_ident(sb, column);
		sg_strbuf_adds(sb, "), 0), 0) + 1, false) FROM ");
	}
	sg_ddl_name(sb, ctx->qual, table);
	sg_strbuf_adds(sb, ";");
}

/* Column `column` from identity `from` to `to`'s (its kind, and its sequence's options when it is added). */
static void set_identity_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, sg_identity from,
			     const sg_column *to)
{
	sg_diff__newline_if_any(sb);
	sg_diff__alter_column(ctx, sb, table, column);
	const char *kind = to->identity == SG_IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT";
	if (to->identity == SG_IDENTITY_NONE) {
		sg_strbuf_adds(sb, "DROP IDENTITY;");
	} else if (from == SG_IDENTITY_NONE) {
		sg_strbuf_addf(sb, "ADD GENERATED %s AS IDENTITY", kind);
		sg_ddl_identity_options(sb, to->identity_seq);
		sg_strbuf_adds(sb, ";");
		sg_diff__sequence_past_max_sql(ctx, sb, table, column, NULL, to->identity_seq);
	} else {
		sg_strbuf_addf(sb, "SET GENERATED %s;", kind);
	}
}

/*
 * The options of an identity's sequence that change (START, INCREMENT, MINVALUE,
 * MAXVALUE, CACHE, CYCLE): `ALTER COLUMN c SET ...`, each back in the down.
 * Never RESTART: the current value is data.  The column is an identity on both
 * sides, after its type change (which takes the sequence's type with it).
 */
void sg_diff__identity_options_op(diff_ctx *ctx, const char *table, const sg_column *c, const sg_column *w)
{
	sg_strbuf up = SG_STRBUF_INIT, down = SG_STRBUF_INIT;
	/* What the type change left: the same options under the new type's bounds when they were the defaults. */
	sg_sequence after = c->identity_seq ? *c->identity_seq : (sg_sequence){0};
	if (c->identity_seq && w->identity_seq && !sg_str_eq(c->identity_seq->type, w->identity_seq->type)) {
		long long cmin, cmax, wmin, wmax;
		sg_sequence_defaults(c->identity_seq->type, c->identity_seq->increment, &cmin, &cmax);
		sg_sequence_defaults(w->identity_seq->type, c->identity_seq->increment, &wmin, &wmax);
		after.type = w->identity_seq->type;
		if (after.min == cmin)
			after.min = wmin;
		if (after.max == cmax)
			after.max = wmax;
	}
	if (sg_ddl_identity_alter(&up, &after, w->identity_seq)) {
		sg_ddl_identity_alter(&down, w->identity_seq, &after);
		sg_diff__newline_if_any(&ctx->up);
		sg_diff__alter_column(ctx, &ctx->up, table, w->name);
		sg_strbuf_addf(&ctx->up, "%s;", up.data + 1);
		sg_diff__newline_if_any(&ctx->down);
		sg_diff__alter_column(ctx, &ctx->down, table, w->name);
		sg_strbuf_addf(&ctx->down, "%s;", down.data + 1);
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, w->name,
					       "change the identity options of %s.%s", table, w->name);
		const sg_sequence *to = w->identity_seq;
		if (to->min > after.min || to->max < after.max)
			sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
					"narrows the range of the identity of '%s.%s': fails once its current value is "
					"outside %lld..%lld",
					table, w->name, to->min, to->max);
		if (after.min > to->min || after.max < to->max)
			sg_diff__hazard(
			    ctx, op, true, SG_HAZARD_DATA_LOSS,
			    "narrows the range of the identity of '%s.%s' back: fails once its current value "
			    "is outside %lld..%lld",
			    table, w->name, after.min, after.max);
	}
	sg_strbuf_release(&up);
	sg_strbuf_release(&down);
}

/*
 * A column the model makes serial where the database has none: its sequence
 * is created (owned by the column, as `serial` does) and started after the
 * column's largest value before the default that uses it, and dropped after
 * the default is taken off again.  When the column's type changes too (a
 * text key turned serial), the up's type change comes after and sets the
 * sequence past the values itself (`past_max` false): here they are not
 * integers yet.
 */
void sg_diff__serial_sequence_op(diff_ctx *ctx, const char *table, const sg_column *w, bool past_max)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (sg_diff__serial_sequence(w->default_expr, &seq)) {
		sg_strbuf_addf(&ctx->up, "CREATE SEQUENCE %s AS %s OWNED BY ", seq.data, w->type);
		sg_ddl_name(&ctx->up, ctx->qual, table);
		sg_strbuf_addch(&ctx->up, '.');
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, ";");
		if (past_max)
			sg_diff__sequence_past_max_sql(ctx, &ctx->up, table, w->name, seq.data, NULL);
		sg_strbuf_addf(&ctx->down, "DROP SEQUENCE %s;", seq.data);
		sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, w->name,
				   "create the sequence of serial column %s.%s", table, w->name);
	}
	sg_strbuf_release(&seq);
}

/* Whether live column `c`'s default reads a sequence of its own (a serial's, not one the models or the catalog list).
 */
bool sg_diff__own_serial_sequence(const diff_ctx *ctx, const sg_column *c, sg_strbuf *seq)
{
	/* A sequence of the models is not the column's: diff_sequence.c plans it; nor is one of another schema. */
	return sg_diff__serial_sequence(c->default_expr, seq) && !sg_diff__managed_sequence(ctx, seq->data) &&
	       !sg_diff__other_schema_sequence(ctx, seq->data);
}

/*
 * A serial column that stops being one (it becomes an identity or a plain
 * column): its sequence goes once the default no longer uses it (it would
 * otherwise be left behind), and the down creates it again, past the
 * column's values, before the default comes back.  When the column's type
 * changes too (an integer key turned text), the down's type change comes
 * after and sets the sequence past the values itself (`past_max` false):
 * here they are not integers yet.
 */
void sg_diff__drop_serial_sequence_op(diff_ctx *ctx, const char *table, const char *column, const sg_column *c,
				      bool past_max)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (sg_diff__own_serial_sequence(ctx, c, &seq)) {
		sg_strbuf_addf(&ctx->up, "DROP SEQUENCE %s;", seq.data);
		bool int_type = sg_sequence_type_max(c->type) != 0;
		sg_strbuf_addf(&ctx->down, "CREATE SEQUENCE %s%s%s OWNED BY ", seq.data, int_type ? " AS " : "",
			       int_type ? c->type : "");
		sg_ddl_name(&ctx->down, ctx->qual, table);
		sg_strbuf_addch(&ctx->down, '.');
		sg_quote_ident(&ctx->down, column);
		sg_strbuf_adds(&ctx->down, ";");
		if (past_max)
			sg_diff__sequence_past_max_sql(ctx, &ctx->down, table, column, seq.data, NULL);
		sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, column,
				   "drop the sequence of former serial column %s.%s", table, column);
	}
	sg_strbuf_release(&seq);
}

/*
 * A serial column whose integer type changes (serial to bigserial): its
 * sequence takes the new type too (`serial` makes it of the column's type;
 * left as it was, a bigserial would stop at 2^31).  ALTER SEQUENCE ... AS
 * moves the bounds with the type while they are the old type's.  A sequence
 * the catalog lists (not as serial makes it) is diff_sequence.c's.
 */
void sg_diff__serial_type_op(diff_ctx *ctx, const char *table, const char *column, const sg_column *c,
			     const sg_column *w)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (sg_sequence_type_max(c->type) && sg_sequence_type_max(w->type) &&
	    sg_diff__own_serial_sequence(ctx, c, &seq)) {
		sg_strbuf_addf(&ctx->up, "ALTER SEQUENCE %s AS %s;", seq.data, w->type);
		sg_strbuf_addf(&ctx->down, "ALTER SEQUENCE %s AS %s;", seq.data, c->type);
		sg_op *op = sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, column,
					       "change the type of the sequence of serial column %s.%s to %s", table,
					       column, w->type);
		bool wider_first = strcmp(c->type, "bigint") == 0 ||
				   (strcmp(c->type, "integer") == 0 && strcmp(w->type, "smallint") == 0);
		sg_diff__hazard(ctx, op, !wider_first, SG_HAZARD_DATA_LOSS,
				"narrows the range of the sequence of '%s.%s' to %s: fails once its current value is "
				"outside it",
				table, column, wider_first ? w->type : c->type);
	}
	sg_strbuf_release(&seq);
}

/*
 * Column `c` of `table` made, unmade or changed as an identity as `w` wants
 * (its down the way back), with a sequence its default read that takes the
 * identity's sequence name dropped first and put back by the down.
 */
void sg_diff__identity_op(diff_ctx *ctx, const char *table, const sg_column *c, const sg_column *w)
{
	/* A sequence the default read that holds the identity's name goes first; the down puts it back past the values.
	 */
	const sg_sequence *old = sg_diff__sequence_yielding_to_identity(ctx, table, c, w);
	if (old)
		sg_diff__sequence_drop_sql(ctx, &ctx->up, old->name);
	set_identity_sql(ctx, &ctx->up, table, w->name, c->identity, w);
	set_identity_sql(ctx, &ctx->down, table, w->name, w->identity, c);
	if (old) {
		sg_strbuf name = SG_STRBUF_INIT;
		sg_ddl_name(&name, ctx->qual, old->name);
		sg_diff__sequence_create_sql(ctx, &ctx->down, old);
		sg_diff__sequence_past_max_sql(ctx, &ctx->down, table, w->name, name.data, old);
		sg_strbuf_release(&name);
	}
	sg_op *op =
	    sg_diff__finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, w->name, "change identity of %s.%s", table, w->name);
	if (c->identity == SG_IDENTITY_NONE)
		sg_diff__hazard(ctx, op, false, SG_HAZARD_BLOCKING,
				"reads the largest '%s.%s' to start the identity after the existing values", table,
				w->name);
	else if (w->identity == SG_IDENTITY_NONE)
		sg_diff__hazard(ctx, op, true, SG_HAZARD_BLOCKING,
				"reads the largest '%s.%s' to start the identity after the existing values", table,
				w->name);
}
