/*
 * sg_diff, sequences: created, renamed, altered option by option, given to
 * or taken from a column (OWNED BY), commented, dropped.  Each operation
 * runs in its own phase (plan.h): created before the domains, functions
 * and tables whose defaults and bodies read them, dropped after the defaults and tables that read them, OWNED BY
 * set once its table and column exist and taken off before the owner is
 * dropped (a dropped owner drops its sequence with it).  The current value
 * is data: never compared, never reset (no RESTART).
 */
#include <stdlib.h>
#include <string.h>

#include "ddl_sequence.h"
#include "diff_int.h"
#include "naming.h"

/* The desired name of current column `column` of current table `table`; NULL when it is dropped or rebuilt. */
static void owner_in_desired(const diff_ctx *ctx, const sg_sequence *c, const char **table, const char **column)
{
	*table = *column = NULL;
	if (!c->owned_table)
		return;
	const sg_table *ct = sg_schema_find_table(ctx->cur, c->owned_table);
	if (!ct)
		return;
	size_t ti = (size_t)(ct - ctx->cur->tables);
	const sg_table *wt = ctx->cur_match[ti];
	if (!wt)
		return;
	const sg_colmap *m = &ctx->maps[ti];
	for (size_t k = 0; k < ct->ncolumns; k++)
		if (strcmp(ct->columns[k].name, c->owned_column) == 0 && m->cur_to_want[k] &&
		    !sg_diff__column_recreated(m, k)) {
			*table = wt->name;
			*column = m->cur_to_want[k]->name;
		}
}

static void owned_by(diff_ctx *ctx, sg_strbuf *sb, const char *seq, const char *table, const char *column)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_sequence_owned_by(sb, ctx->qual, seq, table, column);
}

static void create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_sequence *q)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_create_sequence(sb, ctx->qual, q);
	if (q->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_sequence(sb, ctx->qual, q->name, q->comment);
	}
}

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "DROP SEQUENCE ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_adds(sb, ";");
}

/* Take current sequence `c` (named `name` at that point) from its owner before anything drops the owner. */
static void disown(diff_ctx *ctx, const sg_sequence *c)
{
	owned_by(ctx, &ctx->up, c->name, NULL, NULL);
	owned_by(ctx, &ctx->down, c->name, c->owned_table, c->owned_column);
	sg_diff__finish_op(ctx, SG_PHASE_SEQUENCE_DISOWN, NULL, c->name, "sequence %s no longer owned by %s.%s",
			   c->name, c->owned_table, c->owned_column);
}

/* Give desired sequence `w` to its owner, once the owner exists. */
static void own(diff_ctx *ctx, const sg_sequence *w)
{
	owned_by(ctx, &ctx->up, w->name, w->owned_table, w->owned_column);
	owned_by(ctx, &ctx->down, w->name, NULL, NULL);
	sg_diff__finish_op(ctx, SG_PHASE_SEQUENCE_OWN, NULL, w->name, "sequence %s owned by %s.%s", w->name,
			   w->owned_table, w->owned_column);
}

/*
 * Whether a current relation is named `name` (a table, a view, an index, a
 * sequence of the models or of a column's default): a new sequence of that
 * name waits until the plan has dropped or renamed it.
 */
static bool relation_named(const diff_ctx *ctx, const char *name)
{
	const sg_schema *s = ctx->cur;
	if (sg_schema_find_table(s, name) || sg_schema_find_view(s, name) || sg_schema_find_sequence(s, name))
		return true;
	sg_strbuf seq = SG_STRBUF_INIT, q = SG_STRBUF_INIT;
	sg_quote_ident(&q, name);
	bool found = false;
	for (size_t i = 0; i < s->ntables && !found; i++) {
		const sg_table *t = &s->tables[i];
		for (size_t k = 0; k < t->nindexes && !found; k++)
			found = strcmp(t->indexes[k].name, name) == 0;
		for (size_t k = 0; k < t->nconstraints && !found; k++)
			found = strcmp(t->constraints[k].name, name) == 0;
		for (size_t k = 0; k < t->ncolumns && !found; k++) {
			sg_strbuf_reset(&seq);
			found = t->columns[k].default_expr &&
				sg_diff__serial_sequence(t->columns[k].default_expr, &seq) &&
				(strcmp(seq.data, name) == 0 || strcmp(seq.data, q.data) == 0);
		}
	}
	for (size_t i = 0; i < s->nviews && !found; i++)
		for (size_t k = 0; k < s->views[i].nindexes && !found; k++)
			found = strcmp(s->views[i].indexes[k].name, name) == 0;
	sg_strbuf_release(&seq);
	sg_strbuf_release(&q);
	return found;
}

static bool default_reads(const diff_ctx *ctx, const sg_column *c, const char *name);

/*
 * Start sequence `q`, just created in `sb`, past the values of the columns
 * that keep their rows and whose default reads it (the desired default when
 * `desired`, else the current one), so that the next insert does not collide
 * with a row: a column whose default moves from an identity or another
 * sequence to a new one, or back to a sequence the down creates again.  Only
 * columns whose table and name stay are read (the statement runs beside the
 * renames, which it need not know).  Nothing when no column reads it.
 * `beyond` gets "t.c, u.d": the columns whose type holds values past the
 * sequence's bound (MAXVALUE, or MINVALUE when it counts down), where the
 * setval fails while a row holds one.
 */
static void past_readers_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_sequence *q, bool desired, sg_strbuf *beyond)
{
	sg_strbuf vals = SG_STRBUF_INIT;
	bool down = q->increment < 0;
	for (size_t ti = 0; ti < ctx->cur->ntables; ti++) {
		const sg_table *ct = &ctx->cur->tables[ti], *wt = ctx->cur_match[ti];
		if (!wt || strcmp(ct->name, wt->name) != 0)
			continue;
		const sg_colmap *m = &ctx->maps[ti];
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *w = m->cur_to_want[k];
			if (!w || strcmp(w->name, ct->columns[k].name) != 0 || sg_diff__column_recreated(m, k) ||
			    !default_reads(ctx, desired ? w : &ct->columns[k], q->name))
				continue;
			long long lo, hi;
			const char *type = desired ? w->type : ct->columns[k].type;
			if (!sg_sequence_type_range(type, &lo, &hi) || (down ? lo < q->min : hi > q->max))
				sg_strbuf_addf(beyond, "%s%s.%s", beyond->len ? ", " : "", wt->name, w->name);
			sg_strbuf_addf(&vals, ", (SELECT %s(", down ? "min" : "max");
			sg_quote_ident(&vals, w->name);
			sg_strbuf_addf(&vals, ") %s 1 FROM ", down ? "-" : "+");
			sg_ddl_name(&vals, ctx->qual, wt->name);
			sg_strbuf_adds(&vals, ")");
		}
	}
	if (vals.len) {
		sg_strbuf name = SG_STRBUF_INIT;
		sg_ddl_name(&name, ctx->qual, q->name);
		sg_diff__newline_if_any(sb);
		sg_strbuf_adds(sb, "SELECT setval(");
		sg_quote_literal(sb, name.data);
		sg_strbuf_addf(sb, ", %s(%lld%s), false);", down ? "LEAST" : "GREATEST", q->start, vals.data);
		sg_strbuf_release(&name);
	}
	sg_strbuf_release(&vals);
}

/* The hazard of a setval past the rows (past_readers_sql) that fails while a value is past the sequence's bound. */
static void beyond_hazard(diff_ctx *ctx, sg_op *op, bool down, const sg_sequence *q, const sg_strbuf *beyond)
{
	if (!beyond->len)
		return;
	bool desc = q->increment < 0;
	sg_diff__hazard(ctx, op, down, SG_HAZARD_NEEDS_BACKFILL,
			"sequence '%s' starts past the values of %s, and fails while one is %s its %s %lld", q->name,
			beyond->data, desc ? "below" : "above", desc ? "MINVALUE" : "MAXVALUE", desc ? q->min : q->max);
}

static void create_sequence(diff_ctx *ctx, const sg_sequence *w)
{
	sg_strbuf beyond = SG_STRBUF_INIT;
	create_sql(ctx, &ctx->up, w);
	past_readers_sql(ctx, &ctx->up, w, true, &beyond);
	drop_sql(ctx, &ctx->down, w->name);
	sg_op *op = sg_diff__finish_op(
	    ctx, relation_named(ctx, w->name) ? SG_PHASE_CREATE_SEQUENCE : SG_PHASE_CREATE_SEQUENCE_EARLY, NULL,
	    w->name, "create sequence %s", w->name);
	beyond_hazard(ctx, op, false, w, &beyond);
	sg_strbuf_release(&beyond);
	if (w->owned_table)
		own(ctx, w);
}

void sg_diff__sequence_create_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_sequence *q)
{
	create_sql(ctx, sb, q);
}

void sg_diff__sequence_drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	drop_sql(ctx, sb, name);
}

/*
 * Whether a serial column of the models that the plan creates (in a new
 * table, or made serial) takes `name` for its sequence, while no current
 * column that stays and no current function reads the sequence of that name:
 * it is then dropped before the tables are created, once the tables and
 * columns that read it are gone.  Dropped last, serial would name its own
 * sequence `name1` beside it (a table replaced without `renamed_from` by one
 * whose serial the declared sequence was named after).
 */
static bool serial_takes_name(const diff_ctx *ctx, const char *name)
{
	sg_strbuf seq = SG_STRBUF_INIT, q = SG_STRBUF_INIT;
	sg_quote_ident(&q, name);
	bool wanted = false;
	for (size_t i = 0; i < ctx->want->ntables && !wanted; i++) {
		const sg_table *t = &ctx->want->tables[i];
		for (size_t k = 0; k < t->ncolumns && !wanted; k++) {
			sg_strbuf_reset(&seq);
			wanted = t->columns[k].from_serial &&
				 sg_diff__serial_sequence(t->columns[k].default_expr, &seq) &&
				 (strcmp(seq.data, name) == 0 || strcmp(seq.data, q.data) == 0);
		}
	}
	for (size_t ti = 0; ti < ctx->cur->ntables && wanted; ti++) {
		const sg_table *ct = &ctx->cur->tables[ti];
		for (size_t k = 0; ctx->cur_match[ti] && k < ct->ncolumns && wanted; k++)
			wanted = !(ctx->maps[ti].cur_to_want[k] && !sg_diff__column_recreated(&ctx->maps[ti], k) &&
				   default_reads(ctx, &ct->columns[k], name));
	}
	for (size_t i = 0; i < ctx->cur->nfunctions && wanted; i++)
		wanted = !ctx->cur->functions[i].definition || !strstr(ctx->cur->functions[i].definition, name);
	sg_strbuf_release(&seq);
	sg_strbuf_release(&q);
	return wanted;
}

static void drop_sequence(diff_ctx *ctx, const sg_sequence *c)
{
	if (c->owned_table)
		disown(ctx, c);
	sg_strbuf beyond = SG_STRBUF_INIT;
	drop_sql(ctx, &ctx->up, c->name);
	create_sql(ctx, &ctx->down, c);
	past_readers_sql(ctx, &ctx->down, c, false, &beyond);
	sg_op *op =
	    sg_diff__finish_op(ctx, serial_takes_name(ctx, c->name) ? SG_PHASE_CREATE_SEQUENCE : SG_PHASE_DROP_SEQUENCE,
			       NULL, c->name, "drop sequence %s", c->name);
	beyond_hazard(ctx, op, true, c, &beyond);
	sg_strbuf_release(&beyond);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
			"drops sequence '%s' and its current value (the down creates it again at its start); fails "
			"while a default outside the models still reads it",
			c->name);
}

/* Whether `a` and `b` differ in an option ALTER SEQUENCE sets. */
static bool options_differ(const sg_sequence *a, const sg_sequence *b)
{
	return !sg_str_eq(a->type, b->type) || a->start != b->start || a->increment != b->increment ||
	       a->min != b->min || a->max != b->max || a->cache != b->cache || a->cycle != b->cycle;
}

/* Whether the range of `to` leaves out values `from` allows: ALTER fails when the current value is outside. */
static bool narrows(const sg_sequence *from, const sg_sequence *to)
{
	return to->min > from->min || to->max < from->max;
}

static void alter_sequence(diff_ctx *ctx, const sg_sequence *c, const sg_sequence *w)
{
	if (strcmp(c->name, w->name) != 0) {
		sg_strbuf_adds(&ctx->up, "ALTER SEQUENCE ");
		sg_ddl_name(&ctx->up, ctx->qual, c->name);
		sg_strbuf_adds(&ctx->up, " RENAME TO ");
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, ";");
		sg_strbuf_adds(&ctx->down, "ALTER SEQUENCE ");
		sg_ddl_name(&ctx->down, ctx->qual, w->name);
		sg_strbuf_adds(&ctx->down, " RENAME TO ");
		sg_quote_ident(&ctx->down, c->name);
		sg_strbuf_adds(&ctx->down, ";");
		sg_diff__finish_op(ctx, SG_PHASE_RENAME_SEQUENCE, NULL, w->name, "rename sequence %s to %s", c->name,
				   w->name);
	}
	/* The options and the comment change after the rename: both directions name it as desired. */
	sg_sequence back = *c;
	back.name = w->name;
	if (options_differ(c, w)) {
		sg_ddl_alter_sequence(&ctx->up, ctx->qual, c, w);
		sg_ddl_alter_sequence(&ctx->down, ctx->qual, w, &back);
		sg_op *op =
		    sg_diff__finish_op(ctx, SG_PHASE_ALTER_SEQUENCE, NULL, w->name, "alter sequence %s", w->name);
		if (narrows(c, w))
			sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
					"narrows the range of sequence '%s': fails once its current value is outside "
					"%lld..%lld",
					w->name, w->min, w->max);
		if (narrows(w, c))
			sg_diff__hazard(
			    ctx, op, true, SG_HAZARD_DATA_LOSS,
			    "narrows the range of sequence '%s' back: fails once its current value is outside "
			    "%lld..%lld",
			    w->name, c->min, c->max);
	}
	if (!sg_str_eq(c->comment, w->comment)) {
		sg_ddl_comment_sequence(&ctx->up, ctx->qual, w->name, w->comment);
		sg_ddl_comment_sequence(&ctx->down, ctx->qual, w->name, c->comment);
		sg_diff__finish_op(ctx, SG_PHASE_COMMENT, NULL, w->name, "comment on sequence %s", w->name);
	}
	const char *table, *column;
	owner_in_desired(ctx, c, &table, &column);
	if (sg_str_eq(table, w->owned_table) && sg_str_eq(column, w->owned_column) &&
	    (c->owned_table != NULL) == (table != NULL))
		return;
	if (c->owned_table)
		disown(ctx, c);
	if (w->owned_table)
		own(ctx, w);
}

/* The current sequence desired sequence `w` continues: by name, else by its renamed_from. */
static const sg_sequence *current_of(const diff_ctx *ctx, const sg_sequence *w)
{
	const sg_sequence *c = sg_schema_find_sequence(ctx->cur, w->name);
	if (!c && w->renamed_from && !sg_schema_find_sequence(ctx->want, w->renamed_from))
		c = sg_schema_find_sequence(ctx->cur, w->renamed_from);
	return c;
}

bool sg_diff__sequence_renamed(const diff_ctx *ctx, const char *name)
{
	for (size_t i = 0; i < ctx->want->nsequences; i++) {
		const sg_sequence *c = current_of(ctx, &ctx->want->sequences[i]);
		if (c && strcmp(c->name, name) == 0)
			return strcmp(c->name, ctx->want->sequences[i].name) != 0;
	}
	return false;
}

bool sg_diff__sequence_late(const diff_ctx *ctx, const sg_sequence *w)
{
	const sg_sequence *c = current_of(ctx, w);
	return c ? strcmp(c->name, w->name) != 0 : relation_named(ctx, w->name);
}

/* Whether `text` (a nextval() literal's text, as regclass prints it) names sequence `name`. */
static bool names_sequence(const diff_ctx *ctx, const char *text, const char *name)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	sg_quote_ident(&tmp, name);
	bool found = strcmp(tmp.data, text) == 0;
	sg_strbuf_reset(&tmp);
	sg_ddl_name(&tmp, ctx->qual, name);
	found = found || strcmp(tmp.data, text) == 0;
	sg_strbuf_release(&tmp);
	return found;
}

/* Whether column `c`'s default is nextval() of sequence `name`. */
static bool default_reads(const diff_ctx *ctx, const sg_column *c, const char *name)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	bool reads = c && sg_diff__serial_sequence(c->default_expr, &seq) && names_sequence(ctx, seq.data, name);
	sg_strbuf_release(&seq);
	return reads;
}

/* How many current column defaults read sequence `name`. */
static size_t default_readers(const diff_ctx *ctx, const char *name);

/*
 * Current sequence `c`, owned by nothing, when the one current column whose
 * default reads it stays a column the models write as serial (its sequence
 * disowned by hand: ALTER SEQUENCE ... OWNED BY NONE).  *wt, *w: that
 * column in the models; *cc: the current column.
 */
static bool disowned_serial(const diff_ctx *ctx, const sg_sequence *c, const sg_table **wt, const sg_column **w,
			    const sg_column **cc)
{
	if (default_readers(ctx, c->name) != 1)
		return false;
	for (size_t ti = 0; ti < ctx->cur->ntables; ti++) {
		const sg_table *ct = &ctx->cur->tables[ti];
		for (size_t k = 0; ctx->cur_match[ti] && k < ct->ncolumns; k++) {
			const sg_column *wc = ctx->maps[ti].cur_to_want[k];
			if (!wc || !default_reads(ctx, &ct->columns[k], c->name) ||
			    sg_diff__column_recreated(&ctx->maps[ti], k))
				continue;
			*wt = ctx->cur_match[ti];
			*w = wc;
			*cc = &ct->columns[k];
			return true;
		}
	}
	return false;
}

/*
 * Current sequence `c` when it belongs to a column the models write as
 * serial: owned by it, read by its default, but with an option `serial`
 * does not give (an INCREMENT set by hand, a comment), so the catalog lists
 * it (catalog_sequences.c), or owned by nothing (disowned_serial).  `out` is
 * then the sequence `serial` makes, under c's name: the plan sets c's
 * options and owner back to serial's rather than dropping a sequence the
 * default still reads.
 */
static bool serial_of_model(const diff_ctx *ctx, const sg_sequence *c, sg_sequence *out)
{
	const char *table, *column;
	owner_in_desired(ctx, c, &table, &column);
	const sg_table *wt = table ? sg_schema_find_table(ctx->want, table) : NULL;
	const sg_column *w = wt ? sg_table_find_column(wt, column) : NULL;
	const sg_table *ct = c->owned_table ? sg_schema_find_table(ctx->cur, c->owned_table) : NULL;
	const sg_column *cc = ct ? sg_table_find_column(ct, c->owned_column) : NULL;
	if (!c->owned_table && !disowned_serial(ctx, c, &wt, &w, &cc))
		return false;
	if (!w || !w->from_serial || sg_schema_find_sequence(ctx->want, c->name))
		return false;
	*out = sg_sequence_of_serial(c->name, w->type, wt->name, w->name);
	return out->max && default_reads(ctx, cc, c->name);
}

/*
 * Desired sequence `w` when the database has it as the sequence of a serial
 * column (the catalog does not list those): owned by a current column that
 * stays, whose default reads it.  That column may become w's owner, or give
 * the sequence up to another column or table (a project that moved a table
 * aside and created a new one under its name: the old sequence stays with the
 * moved rows).  `out` is then that sequence as `serial` made it, and the plan
 * alters it into `w` (options, owner) rather than creating it again.
 */
static bool serial_in_database(const diff_ctx *ctx, const sg_sequence *w, sg_sequence *out)
{
	if (sg_schema_find_sequence(ctx->cur, w->name))
		return false;
	for (size_t ti = 0; ti < ctx->cur->ntables; ti++) {
		const sg_table *ct = &ctx->cur->tables[ti];
		for (size_t k = 0; ctx->cur_match[ti] && k < ct->ncolumns; k++) {
			const sg_column *cc = &ct->columns[k];
			if (!ctx->maps[ti].cur_to_want[k] || sg_diff__column_recreated(&ctx->maps[ti], k) ||
			    !default_reads(ctx, cc, w->name))
				continue;
			*out = sg_sequence_of_serial(w->name, cc->type, ct->name, cc->name);
			return out->max != 0;
		}
	}
	return false;
}

/* How many current column defaults read sequence `name`. */
static size_t default_readers(const diff_ctx *ctx, const char *name)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	size_t n = 0;
	for (size_t i = 0; i < ctx->cur->ntables; i++)
		for (size_t k = 0; k < ctx->cur->tables[i].ncolumns; k++) {
			const sg_column *col = &ctx->cur->tables[i].columns[k];
			sg_strbuf_reset(&seq);
			if (col->default_expr && sg_diff__serial_sequence(col->default_expr, &seq) &&
			    names_sequence(ctx, seq.data, name))
				n++;
		}
	sg_strbuf_release(&seq);
	return n;
}

const sg_sequence *sg_diff__sequence_yielding_to_identity(const diff_ctx *ctx, const char *table, const sg_column *c,
							  const sg_column *w)
{
	if (c->identity != SG_IDENTITY_NONE || w->identity == SG_IDENTITY_NONE || !c->default_expr)
		return NULL;
	char implicit[SG_NAMEDATALEN];
	sg_naming_make_object_name(implicit, table, w->name, "seq");
	const sg_sequence *s = sg_schema_find_sequence(ctx->cur, implicit);
	if (!s || s->owned_table || sg_schema_find_sequence(ctx->want, implicit))
		return NULL;
	for (size_t i = 0; i < ctx->want->nsequences; i++)
		if (current_of(ctx, &ctx->want->sequences[i]) == s)
			return NULL;
	sg_strbuf seq = SG_STRBUF_INIT;
	bool reads = sg_diff__serial_sequence(c->default_expr, &seq) && names_sequence(ctx, seq.data, s->name);
	sg_strbuf_release(&seq);
	return reads && default_readers(ctx, s->name) == 1 ? s : NULL;
}

/* Whether current sequence `s` is dropped by the identity that takes its name (sg_diff__sequence_yielding_to_identity).
 */
static bool taken_by_identity(const diff_ctx *ctx, const sg_sequence *s)
{
	for (size_t ti = 0; ti < ctx->cur->ntables; ti++) {
		const sg_table *ct = &ctx->cur->tables[ti], *wt = ctx->cur_match[ti];
		if (!wt)
			continue;
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *w = ctx->maps[ti].cur_to_want[k];
			if (w && sg_diff__sequence_yielding_to_identity(ctx, wt->name, &ct->columns[k], w) == s)
				return true;
		}
	}
	return false;
}

void sg_diff__diff_sequences(diff_ctx *ctx)
{
	bool *kept = calloc(ctx->cur->nsequences + 1, sizeof(bool));
	if (!kept) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t i = 0; i < ctx->want->nsequences; i++) {
		const sg_sequence *w = &ctx->want->sequences[i];
		const sg_sequence *c = current_of(ctx, w);
		sg_sequence serial;
		if (c && !kept[c - ctx->cur->sequences]) {
			kept[c - ctx->cur->sequences] = true;
			alter_sequence(ctx, c, w);
		} else if (!c && serial_in_database(ctx, w, &serial)) {
			alter_sequence(ctx, &serial, w);
		} else {
			create_sequence(ctx, w);
		}
	}
	for (size_t i = 0; i < ctx->cur->nsequences; i++) {
		sg_sequence serial;
		if (kept[i])
			continue;
		if (serial_of_model(ctx, &ctx->cur->sequences[i], &serial))
			alter_sequence(ctx, &ctx->cur->sequences[i], &serial);
		else if (!taken_by_identity(ctx, &ctx->cur->sequences[i]))
			drop_sequence(ctx, &ctx->cur->sequences[i]);
	}
	free(kept);
}

/* The sequence of `s` that `seq` (a nextval() literal's text, as regclass prints it) names, or NULL. */
static const sg_sequence *named_sequence(const diff_ctx *ctx, const sg_schema *s, const char *seq)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	const sg_sequence *found = NULL;
	for (size_t i = 0; i < s->nsequences && !found; i++) {
		sg_strbuf_reset(&tmp);
		sg_quote_ident(&tmp, s->sequences[i].name);
		bool same = strcmp(tmp.data, seq) == 0;
		sg_strbuf_reset(&tmp);
		sg_ddl_name(&tmp, ctx->qual, s->sequences[i].name);
		if (same || strcmp(tmp.data, seq) == 0)
			found = &s->sequences[i];
	}
	sg_strbuf_release(&tmp);
	return found;
}

/* Whether `seq` (a nextval() literal's text, as regclass prints it) names a sequence of either side. */
bool sg_diff__managed_sequence_in(const diff_ctx *ctx, const sg_schema *side, const char *seq)
{
	return named_sequence(ctx, side, seq) != NULL;
}

bool sg_diff__other_schema_sequence(const diff_ctx *ctx, const char *seq)
{
	bool quoted = false;
	for (const char *p = seq; *p; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (*p == '.' && !quoted) {
			sg_strbuf own = SG_STRBUF_INIT;
			sg_quote_ident(&own, ctx->qual ? ctx->qual : "public");
			bool same = (size_t)(p - seq) == own.len && strncmp(seq, own.data, own.len) == 0;
			sg_strbuf_release(&own);
			return !same;
		}
	}
	return false;
}

bool sg_diff__reads_standalone_sequence(const diff_ctx *ctx, const char *table, const sg_column *c)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	const sg_sequence *q =
	    sg_diff__serial_sequence(c->default_expr, &seq) ? named_sequence(ctx, ctx->cur, seq.data) : NULL;
	sg_strbuf_release(&seq);
	if (!q || (sg_str_eq(q->owned_table, table) && sg_str_eq(q->owned_column, c->name)))
		return false;
	/* A serial's own sequence disowned by hand is given back to the column (serial_of_model), not replaced. */
	sg_sequence serial;
	return !serial_of_model(ctx, q, &serial);
}

bool sg_diff__managed_sequence(const diff_ctx *ctx, const char *seq)
{
	return sg_diff__managed_sequence_in(ctx, ctx->cur, seq) || sg_diff__managed_sequence_in(ctx, ctx->want, seq);
}

/* `'NAME'::regclass` as the catalog prints a sequence in a default. */
static void regclass_text(sg_strbuf *sb, const char *name)
{
	sg_strbuf ident = SG_STRBUF_INIT;
	sg_quote_ident(&ident, name);
	sg_quote_literal(sb, ident.data);
	sg_strbuf_adds(sb, "::regclass");
	sg_strbuf_release(&ident);
}

/* `text` with every `'OLD'::regclass` of a sequence `want` renames written with its new name, into `out`. */
static bool renamed_text(const sg_schema *cur, const sg_schema *want, const char *text, sg_strbuf *out)
{
	sg_strbuf from = SG_STRBUF_INIT, to = SG_STRBUF_INIT, next = SG_STRBUF_INIT;
	sg_strbuf_reset(out);
	sg_strbuf_adds(out, text);
	bool renamed = false;
	for (size_t i = 0; i < want->nsequences; i++) {
		const sg_sequence *w = &want->sequences[i];
		if (!w->renamed_from || sg_schema_find_sequence(cur, w->name) ||
		    sg_schema_find_sequence(want, w->renamed_from) || !sg_schema_find_sequence(cur, w->renamed_from))
			continue;
		sg_strbuf_reset(&from);
		sg_strbuf_reset(&to);
		regclass_text(&from, w->renamed_from);
		regclass_text(&to, w->name);
		if (!strstr(out->data, from.data))
			continue;
		sg_strbuf_reset(&next);
		const char *p = out->data;
		for (const char *hit; (hit = strstr(p, from.data)); p = hit + from.len) {
			sg_strbuf_add(&next, p, (size_t)(hit - p));
			sg_strbuf_adds(&next, to.data);
		}
		sg_strbuf_adds(&next, p);
		sg_strbuf_reset(out);
		sg_strbuf_adds(out, next.data);
		renamed = true;
	}
	sg_strbuf_release(&from);
	sg_strbuf_release(&to);
	sg_strbuf_release(&next);
	return renamed;
}

typedef struct seq_renames {
	const sg_schema *cur, *want;
} seq_renames;

static bool renamed_seq_text(void *ctx, const char *text, sg_strbuf *out)
{
	const seq_renames *r = ctx;
	return renamed_text(r->cur, r->want, text, out);
}

const sg_schema *sg_diff__renamed_defaults(sg_plan *plan, const sg_schema *cur, const sg_schema *want,
					   sg_schema *storage)
{
	bool any = false;
	for (size_t i = 0; i < want->nsequences && !any; i++)
		any = want->sequences[i].renamed_from != NULL;
	if (!any)
		return cur;
	sg_arena *a = plan->arena;
	*storage = *cur;
	sg_table *tables = sg_arena_array(a, cur->ntables, sizeof(sg_table));
	if (cur->ntables && !tables) {
		plan->failed = true;
		return cur;
	}
	sg_strbuf text = SG_STRBUF_INIT;
	for (size_t t = 0; t < cur->ntables; t++) {
		tables[t] = cur->tables[t];
		sg_column *cols = NULL;
		for (size_t k = 0; k < cur->tables[t].ncolumns; k++) {
			const sg_column *c = &cur->tables[t].columns[k];
			if (!c->default_expr || !renamed_text(cur, want, c->default_expr, &text))
				continue;
			if (!cols && (cols = sg_arena_array(a, tables[t].ncolumns, sizeof(sg_column))))
				memcpy(cols, cur->tables[t].columns, tables[t].ncolumns * sizeof(sg_column));
			const char *patched = cols ? sg_arena_strdup(a, text.data) : NULL;
			if (!patched || sg_strbuf_failed(&text)) {
				plan->failed = true;
				break;
			}
			cols[k].default_expr = patched;
		}
		if (cols)
			tables[t].columns = cols;
	}
	sg_strbuf_release(&text);
	storage->tables = tables;
	/*
	 * Functions' argument defaults and BEGIN ATOMIC or RETURN bodies read the
	 * sequence by oid too; a string body (`AS $function$...`) keeps its text.
	 */
	if (!plan->failed)
		sg_diff__rewrite_function_texts(plan, storage, renamed_seq_text,
						&(seq_renames){.cur = cur, .want = want});
	return storage;
}

const sg_table *sg_diff__table_as_read(const diff_ctx *ctx, const sg_table *t)
{
	return &ctx->cur_as_read->tables[t - ctx->cur->tables];
}

const sg_table *sg_diff__table_original(const diff_ctx *ctx, const sg_table *t)
{
	return &ctx->cur_original->tables[t - ctx->cur->tables];
}

const sg_column *sg_diff__column_as_read(const diff_ctx *ctx, const sg_table *t, const sg_column *c)
{
	return &sg_diff__table_as_read(ctx, t)->columns[c - t->columns];
}
