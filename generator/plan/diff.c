/*
 * sg_diff: compare two sorted schemas and plan the operations between them.
 *
 * Matching is by name, with `renamed_from` hints on the desired side.  Every
 * operation carries its exact inverse as down SQL, so a plan run up and then
 * down returns the catalog to where it started.  Foreign keys are planned
 * after everything else: they are dropped first and added last, so cycles need
 * no special handling, and a key whose referenced PRIMARY KEY or UNIQUE
 * constraint is re-created is re-created with it.
 */
#include "diff.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"
#include "ddl.h"
#include "hazard.h"
#include "online.h"
#include "quote.h"

typedef struct diff_ctx {
	sg_plan *plan;
	const sg_schema *cur;
	const sg_schema *want;
	const char *qual;
	bool online;
	sg_strbuf up, down, msg;
	/* For each current table: its desired counterpart (NULL when dropped). */
	const sg_table **cur_match;
	/* For each current table with a counterpart: which column continues which (colmap.h). */
	sg_colmap *maps;
	/* PRIMARY KEY / UNIQUE constraints of current tables that this plan drops. */
	const sg_constraint **dropped_keys;
	const sg_table **dropped_key_tables;
	size_t ndropped_keys;
	/* Enums this plan re-creates: their columns' defaults are set by the re-create itself. */
	const sg_enum **recreated;
	size_t nrecreated;
	/* --online: unique keys and indexes built CONCURRENTLY after the main step. */
	sg_online_keys late_keys;
} diff_ctx;

static void online_set_not_null(diff_ctx *ctx, const char *table, const char *column);
static bool online_add_column(diff_ctx *ctx, const char *table, const sg_column *w);
static bool online_add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing);
static void online_late_key(diff_ctx *ctx, const char *table, const sg_constraint *con, const sg_index *idx);

/* Turn the up/down buffers into an operation; the buffers are reset. */
static sg_op *finish_op(diff_ctx *ctx, sg_phase phase, const char *table, const char *object, const char *fmt, ...)
	SG_PRINTF(5, 6);

static sg_op *finish_op(diff_ctx *ctx, sg_phase phase, const char *table, const char *object, const char *fmt, ...)
{
	sg_op *op = sg_plan_add(ctx->plan, phase);
	if (!op)
		return NULL;
	sg_arena *a = ctx->plan->arena;
	sg_strbuf summary = SG_STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&summary, fmt, ap);
	va_end(ap);
	op->table = sg_arena_strdup(a, table);
	op->object = sg_arena_strdup(a, object);
	op->summary = sg_arena_strdup(a, summary.data);
	op->up = sg_arena_strdup(a, ctx->up.data);
	op->down = sg_arena_strdup(a, ctx->down.data);
	if (!op->summary || !op->up || !op->down || sg_strbuf_failed(&ctx->up) || sg_strbuf_failed(&ctx->down) ||
	    sg_strbuf_failed(&summary))
		ctx->plan->failed = true;
	sg_strbuf_release(&summary);
	sg_strbuf_reset(&ctx->up);
	sg_strbuf_reset(&ctx->down);
	return op;
}

/* A hazard with a formatted message. */
static void hazard(diff_ctx *ctx, sg_op *op, bool down, sg_hazard_code code, const char *fmt, ...) SG_PRINTF(5, 6);

static void hazard(diff_ctx *ctx, sg_op *op, bool down, sg_hazard_code code, const char *fmt, ...)
{
	if (!op)
		return;
	sg_strbuf_reset(&ctx->msg);
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&ctx->msg, fmt, ap);
	va_end(ap);
	sg_op_hazard(ctx->plan, op, down, code, ctx->msg.data);
}

static void alter_table(diff_ctx *ctx, sg_strbuf *sb, const char *table)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, ctx->qual, table);
	sg_strbuf_addch(sb, ' ');
}

static void alter_column(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column)
{
	alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "ALTER COLUMN ");
	sg_quote_ident(sb, column);
	sg_strbuf_addch(sb, ' ');
}

static void newline_if_any(sg_strbuf *sb)
{
	if (sb->len)
		sg_strbuf_addch(sb, '\n');
}

/* ---- extensions ---- */

static void create_extension(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_strbuf_adds(sb, "CREATE EXTENSION IF NOT EXISTS ");
	sg_quote_ident(sb, name);
	sg_strbuf_adds(sb, ";");
}

static void drop_extension(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	(void)ctx;
	sg_strbuf_adds(sb, "DROP EXTENSION IF EXISTS ");
	sg_quote_ident(sb, name);
	sg_strbuf_adds(sb, ";");
}

static bool has_extension(const sg_schema *s, const char *name)
{
	for (size_t i = 0; i < s->nextensions; i++)
		if (strcmp(s->extensions[i].name, name) == 0)
			return true;
	return false;
}

/* The models' schema, when the database lacks it: created before everything, dropped last by the down. */
static void create_schema(diff_ctx *ctx, const char *name)
{
	sg_strbuf_adds(&ctx->up, "CREATE SCHEMA ");
	sg_quote_ident(&ctx->up, name);
	sg_strbuf_adds(&ctx->up, ";");
	sg_strbuf_adds(&ctx->down, "DROP SCHEMA ");
	sg_quote_ident(&ctx->down, name);
	sg_strbuf_adds(&ctx->down, ";");
	finish_op(ctx, SG_PHASE_CREATE_EXTENSION, NULL, name, "create schema %s", name);
}

static void diff_extensions(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nextensions; i++) {
		const char *name = ctx->want->extensions[i].name;
		if (has_extension(ctx->cur, name))
			continue;
		create_extension(ctx, &ctx->up, name);
		drop_extension(ctx, &ctx->down, name);
		finish_op(ctx, SG_PHASE_CREATE_EXTENSION, NULL, name, "create extension %s", name);
	}
	for (size_t i = 0; i < ctx->cur->nextensions; i++) {
		const char *name = ctx->cur->extensions[i].name;
		if (has_extension(ctx->want, name))
			continue;
		drop_extension(ctx, &ctx->up, name);
		create_extension(ctx, &ctx->down, name);
		finish_op(ctx, SG_PHASE_DROP_EXTENSION, NULL, name, "drop extension %s", name);
	}
}

/* ---- enums ---- */

static bool enum_values_eq(const sg_enum *a, const sg_enum *b)
{
	return sg_names_eq(a->values, a->nvalues, b->values, b->nvalues);
}

static bool enum_has_value(const sg_enum *e, const char *v)
{
	for (size_t i = 0; i < e->nvalues; i++)
		if (strcmp(e->values[i], v) == 0)
			return true;
	return false;
}

/* Whether every value of `from` is in `to`, in the same relative order: then ADD VALUE suffices. */
static bool enum_only_adds(const sg_enum *from, const sg_enum *to)
{
	size_t j = 0;
	for (size_t i = 0; i < to->nvalues && j < from->nvalues; i++)
		if (strcmp(to->values[i], from->values[j]) == 0)
			j++;
	return j == from->nvalues;
}

static bool type_is(const char *type, const char *name, sg_strbuf *tmp);

/* Whether a column's type is the enum or an array of it, as format_type prints them. */
static bool column_uses_type(const sg_column *col, const char *type_name, sg_strbuf *tmp)
{
	return type_is(col->type, type_name, tmp);
}

/*
 * Whether expression text casts a literal to the enum (`'x'::status`, as the
 * catalog prints it).  ALTER COLUMN ... TYPE re-checks such an expression with
 * the literal still of the renamed old type and fails (operator does not
 * exist: status = status__old), so the checks and indexes that hold one must
 * be dropped before an enum is re-created and created again after it.
 */
static bool text_casts_to_enum(const char *text, const char *type_name, sg_strbuf *tmp)
{
	if (!text)
		return false;
	sg_strbuf_reset(tmp);
	sg_strbuf_adds(tmp, "::");
	sg_quote_ident(tmp, type_name);
	for (const char *p = strstr(text, tmp->data); p; p = strstr(p + 1, tmp->data)) {
		char next = p[tmp->len];
		if (!(next == '_' || next == '$' || (next >= 'a' && next <= 'z') || (next >= '0' && next <= '9')))
			return true;
	}
	return false;
}

static bool constraint_casts_to_enum(const sg_constraint *con, const char *type_name, sg_strbuf *tmp)
{
	return con->kind == SG_CON_CHECK &&
	       (text_casts_to_enum(con->expression, type_name, tmp) || text_casts_to_enum(con->definition, type_name, tmp));
}

static bool index_casts_to_enum(const sg_index *idx, const char *type_name, sg_strbuf *tmp)
{
	if (idx->constraint_backed)
		return false;
	if (text_casts_to_enum(idx->where, type_name, tmp) || text_casts_to_enum(idx->definition, type_name, tmp))
		return true;
	for (size_t i = 0; i < idx->nelements; i++)
		if (text_casts_to_enum(idx->elements[i], type_name, tmp))
			return true;
	return false;
}

/* Whether a current check or index holds a literal of an enum this plan re-creates (see text_casts_to_enum). */
static bool casts_to_recreated_enum(const diff_ctx *ctx, const sg_constraint *con, const sg_index *idx)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool uses = false;
	for (size_t i = 0; i < ctx->nrecreated && !uses; i++)
		uses = con ? constraint_casts_to_enum(con, ctx->recreated[i]->name, &tmp)
			   : index_casts_to_enum(idx, ctx->recreated[i]->name, &tmp);
	sg_strbuf_release(&tmp);
	return uses;
}

/*
 * Drop (create == false) or create again the current checks and indexes that
 * hold literals of enum `type_name`, for a re-create that runs where no other
 * operation of the plan rebuilds them: the down of ADD VALUE, which runs after
 * everything else of the plan was undone, so the current side is what exists.
 */
static void enum_dependents_sql(diff_ctx *ctx, sg_strbuf *sb, const char *type_name, bool create)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		for (size_t k = 0; k < ct->nconstraints; k++) {
			const sg_constraint *c = &ct->constraints[k];
			if (!constraint_casts_to_enum(c, type_name, &tmp))
				continue;
			if (create)
				sg_ddl_add_constraint(sb, ctx->qual, ct->name, c, false);
			else
				sg_ddl_drop_constraint(sb, ctx->qual, ct->name, c->name);
			sg_strbuf_addch(sb, '\n');
		}
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *x = &ct->indexes[k];
			if (!index_casts_to_enum(x, type_name, &tmp))
				continue;
			if (create)
				sg_ddl_create_index(sb, ctx->qual, ct->name, x, false);
			else
				sg_ddl_drop_index(sb, ctx->qual, x->name, false);
			sg_strbuf_addch(sb, '\n');
		}
	}
	sg_strbuf_release(&tmp);
}

static void add_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col);
static void drop_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column);

/*
 * Drop (create == false) or add again the current generated columns that
 * read a column of enum `type_name`: ALTER ... TYPE refuses a column that a
 * generated column reads.  For the down of ADD VALUE, as enum_dependents_sql.
 */
static void enum_generated_sql(diff_ctx *ctx, sg_strbuf *sb, const char *type_name, bool create)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *g = &ct->columns[k];
			bool reads = false;
			for (size_t j = 0; g->generated && j < ct->ncolumns && !reads; j++)
				reads = column_uses_type(&ct->columns[j], type_name, &tmp) &&
					sg_expr_mentions(g->generated, ct->columns[j].name);
			if (!reads)
				continue;
			/* Each statement ends with a newline, as enum_dependents_sql's do. */
			if (sb->len && sb->data[sb->len - 1] == '\n')
				sb->data[--sb->len] = '\0';
			if (create)
				add_column_sql(ctx, sb, ct->name, g);
			else
				drop_column_sql(ctx, sb, ct->name, g->name);
			sg_strbuf_addch(sb, '\n');
		}
	}
	sg_strbuf_release(&tmp);
}

/* Move column `column` of `table` (now of type `cc_type`) to enum `target`, through text. */
static void move_column_to_enum(diff_ctx *ctx, sg_strbuf *sb, const sg_enum *target, const char *table,
				const char *column, const char *cc_type, bool had_default, const char *dflt)
{
	bool array = strcmp(cc_type + strlen(cc_type) - 2, "[]") == 0;
	if (had_default || dflt) {
		sg_strbuf_addch(sb, '\n');
		alter_column(ctx, sb, table, column);
		sg_strbuf_adds(sb, "DROP DEFAULT;");
	}
	sg_strbuf_addch(sb, '\n');
	alter_column(ctx, sb, table, column);
	sg_strbuf_adds(sb, "TYPE ");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, array ? "[] USING " : " USING ");
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, array ? "::text[]::" : "::text::");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, array ? "[];" : ";");
	if (dflt) {
		sg_strbuf_addch(sb, '\n');
		alter_column(ctx, sb, table, column);
		sg_strbuf_addf(sb, "SET DEFAULT %s;", dflt);
	}
}

static bool column_recreated(const sg_colmap *m, size_t cur_index);

/*
 * Re-create enum `target`: rename the old type away, create the new one,
 * move every column that uses it over through text, drop the old.
 * `as_before`: the schema is as it was before the plan (the down of ADD
 * VALUE, which runs after the main step's down): every current column, by
 * its current name.  Otherwise the schema is at the re-create phase: the
 * desired tables' columns that exist then, by their desired names (the
 * renames have run; rebuilt generated columns are gone until later).
 */
static void recreate_enum(diff_ctx *ctx, sg_strbuf *sb, const sg_enum *target, bool to_desired, bool as_before)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	sg_strbuf old_name = SG_STRBUF_INIT;
	sg_strbuf_addf(&old_name, "%s__old", target->name);
	newline_if_any(sb);
	if (as_before)
		enum_dependents_sql(ctx, sb, target->name, false);
	if (as_before)
		enum_generated_sql(ctx, sb, target->name, false);
	sg_strbuf_adds(sb, "ALTER TYPE ");
	sg_ddl_name(sb, ctx->qual, target->name);
	sg_strbuf_adds(sb, " RENAME TO ");
	sg_quote_ident(sb, old_name.data);
	sg_strbuf_adds(sb, ";\n");
	sg_ddl_create_enum(sb, ctx->qual, target);
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i];
		const sg_colmap *m = ctx->cur_match[i] ? &ctx->maps[i] : NULL;
		if (as_before) {
			for (size_t k = 0; k < ct->ncolumns; k++) {
				const sg_column *cc = &ct->columns[k];
				if (column_uses_type(cc, target->name, &tmp))
					move_column_to_enum(ctx, sb, target, ct->name, cc->name, cc->type, cc->default_expr != NULL,
							    cc->default_expr);
			}
			continue;
		}
		if (!m)
			continue;
		for (size_t k = 0; k < ct->ncolumns; k++) {
			const sg_column *cc = &ct->columns[k], *wc = m->cur_to_want[k];
			if (!wc || column_recreated(m, k) || !column_uses_type(cc, target->name, &tmp))
				continue;
			/* The default of the side being moved to: the other side's may name a value the new type lacks. */
			const char *dflt = to_desired ? sg_ddl_default_text(wc) : cc->default_expr;
			move_column_to_enum(ctx, sb, target, m->want->name, wc->name, cc->type,
					    cc->default_expr || wc->default_expr, dflt);
		}
	}
	sg_strbuf_adds(sb, "\nDROP TYPE ");
	sg_ddl_name(sb, ctx->qual, old_name.data);
	sg_strbuf_adds(sb, ";");
	if (as_before) {
		sg_strbuf_addch(sb, '\n');
		enum_generated_sql(ctx, sb, target->name, true);
		enum_dependents_sql(ctx, sb, target->name, true);
		/* enum_dependents_sql ends every statement with a newline; the op text does not. */
		if (sb->len && sb->data[sb->len - 1] == '\n')
			sb->data[--sb->len] = '\0';
	}
	sg_strbuf_release(&tmp);
	sg_strbuf_release(&old_name);
}

static void drop_type(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	sg_strbuf_adds(sb, "DROP TYPE ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_adds(sb, ";");
}

/* The enums this plan re-creates (values removed or reordered), known before anything is planned. */
static void find_recreated_enums(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nenums; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		const sg_enum *c = sg_schema_find_enum(ctx->cur, w->name);
		if (!c || enum_values_eq(c, w) || enum_only_adds(c, w))
			continue;
		const sg_enum **more = realloc(ctx->recreated, (ctx->nrecreated + 1) * sizeof(*more));
		if (!more) {
			ctx->plan->failed = true;
			return;
		}
		ctx->recreated = more;
		ctx->recreated[ctx->nrecreated++] = w;
	}
}

static void diff_enums(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nenums; i++) {
		const sg_enum *w = &ctx->want->enums[i];
		const sg_enum *c = sg_schema_find_enum(ctx->cur, w->name);
		if (!c) {
			sg_ddl_create_enum(&ctx->up, ctx->qual, w);
			drop_type(ctx, &ctx->down, w->name);
			finish_op(ctx, SG_PHASE_CREATE_ENUM, NULL, w->name, "create enum %s", w->name);
			continue;
		}
		if (enum_values_eq(c, w))
			continue;
		if (enum_only_adds(c, w)) {
			/* Place each new value next to its neighbour so the order matches the model. */
			for (size_t k = 0; k < w->nvalues; k++) {
				if (enum_has_value(c, w->values[k]))
					continue;
				newline_if_any(&ctx->up);
				sg_strbuf_adds(&ctx->up, "ALTER TYPE ");
				sg_ddl_name(&ctx->up, ctx->qual, w->name);
				sg_strbuf_adds(&ctx->up, " ADD VALUE ");
				sg_quote_literal(&ctx->up, w->values[k]);
				const char *next = NULL;
				for (size_t m = k + 1; m < w->nvalues && !next; m++)
					if (enum_has_value(c, w->values[m]))
						next = w->values[m];
				if (next) {
					sg_strbuf_adds(&ctx->up, " BEFORE ");
					sg_quote_literal(&ctx->up, next);
				} else if (k > 0) {
					sg_strbuf_adds(&ctx->up, " AFTER ");
					sg_quote_literal(&ctx->up, w->values[k - 1]);
				}
				sg_strbuf_adds(&ctx->up, ";");
			}
			recreate_enum(ctx, &ctx->down, c, false, true);
			sg_op *op = finish_op(ctx, SG_PHASE_ENUM_ADD_VALUE, NULL, w->name, "add values to enum %s",
					      w->name);
			hazard(ctx, op, true, SG_HAZARD_DATA_LOSS,
			       "removing the added values of enum '%s' fails while rows still use them", w->name);
			continue;
		}
		recreate_enum(ctx, &ctx->up, w, true, false);
		recreate_enum(ctx, &ctx->down, c, false, false);
		sg_op *op = finish_op(ctx, SG_PHASE_RECREATE_ENUM, NULL, w->name, "re-create enum %s", w->name);
		bool removes = false;
		for (size_t k = 0; k < c->nvalues; k++)
			if (!enum_has_value(w, c->values[k]))
				removes = true;
		if (removes) {
			hazard(ctx, op, false, SG_HAZARD_IRREVERSIBLE,
			       "removes values from enum '%s': rows holding them make the migration fail", w->name);
			hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
			       "enum '%s' loses values; update rows that use them first", w->name);
		}
		hazard(ctx, op, false, SG_HAZARD_REWRITE, "every column of type '%s' is rewritten", w->name);
	}
	for (size_t i = 0; i < ctx->cur->nenums; i++) {
		const sg_enum *c = &ctx->cur->enums[i];
		if (sg_schema_find_enum(ctx->want, c->name))
			continue;
		drop_type(ctx, &ctx->up, c->name);
		sg_ddl_create_enum(&ctx->down, ctx->qual, c);
		finish_op(ctx, SG_PHASE_DROP_ENUM, NULL, c->name, "drop enum %s", c->name);
	}
}

/* ---- tables ---- */

static bool is_nextval(const char *expr)
{
	return expr && strncmp(expr, "nextval(", 8) == 0;
}

/*
 * The sequence of a serial column's default as SQL names it: the text of
 * `nextval('NAME'::regclass)`, which regclass prints quoted as needed.
 * False for any other form.
 */
static bool serial_sequence(const char *expr, sg_strbuf *out)
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
 * sequence first and gives it back to the column after.
 */
static void owned_sequence_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col, bool after)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (!col->from_serial && serial_sequence(col->default_expr, &seq)) {
		newline_if_any(sb);
		if (!after) {
			bool int_type = strcmp(col->type, "integer") == 0 || strcmp(col->type, "bigint") == 0 ||
					strcmp(col->type, "smallint") == 0;
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

static void create_table_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_table *t, bool with_indexes)
{
	for (size_t i = 0; i < t->ncolumns; i++)
		owned_sequence_sql(ctx, sb, t->name, &t->columns[i], false);
	newline_if_any(sb);
	sg_ddl_create_table(sb, ctx->qual, t);
	for (size_t i = 0; i < t->ncolumns; i++)
		owned_sequence_sql(ctx, sb, t->name, &t->columns[i], true);
	sg_ddl_table_comments(sb, ctx->qual, t);
	if (!with_indexes)
		return;
	for (size_t i = 0; i < t->nindexes; i++) {
		if (t->indexes[i].constraint_backed)
			continue;
		sg_strbuf_addch(sb, '\n');
		sg_ddl_create_index(sb, ctx->qual, t->name, &t->indexes[i], false);
	}
}

static void drop_table_sql(diff_ctx *ctx, sg_strbuf *sb, const char *name)
{
	newline_if_any(sb);
	sg_strbuf_adds(sb, "DROP TABLE ");
	sg_ddl_name(sb, ctx->qual, name);
	sg_strbuf_adds(sb, ";");
}

/* Same column names and types in the same order: a dropped and an added table that may be one renamed. */
static bool same_shape(const sg_table *a, const sg_table *b)
{
	if (a->ncolumns != b->ncolumns)
		return false;
	for (size_t i = 0; i < a->ncolumns; i++)
		if (strcmp(a->columns[i].name, b->columns[i].name) != 0 || strcmp(a->columns[i].type, b->columns[i].type) != 0)
			return false;
	return true;
}

static void add_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col)
{
	owned_sequence_sql(ctx, sb, table, col, false);
	newline_if_any(sb);
	alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "ADD COLUMN ");
	sg_ddl_column(sb, col);
	sg_strbuf_adds(sb, ";");
	owned_sequence_sql(ctx, sb, table, col, true);
	if (col->comment) {
		sg_strbuf_addch(sb, '\n');
		sg_ddl_comment_column(sb, ctx->qual, table, col->name, col->comment);
	}
}

/*
 * `stmt` (one statement) run so that rows violating it leave a warning
 * instead of failing the migration.  For down steps that restore a
 * constraint on values the up step emptied: on an empty table (and in
 * `schemagen check`'s replay) the schema comes back exactly; on a table with
 * rows the down still succeeds and says what it could not restore.
 */
static void guarded_sql(diff_ctx *ctx, sg_strbuf *sb, const char *stmt, const char *fmt, ...) SG_PRINTF(4, 5);

static void guarded_sql(diff_ctx *ctx, sg_strbuf *sb, const char *stmt, const char *fmt, ...)
{
	sg_strbuf_reset(&ctx->msg);
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&ctx->msg, fmt, ap);
	va_end(ap);
	newline_if_any(sb);
	sg_strbuf_adds(sb, "DO $sg$\nBEGIN\n\t");
	sg_strbuf_adds(sb, stmt);
	sg_strbuf_adds(sb, "\nEXCEPTION WHEN integrity_constraint_violation THEN\n\tRAISE WARNING '%', ");
	sg_quote_literal(sb, ctx->msg.data);
	sg_strbuf_adds(sb, ";\nEND\n$sg$;");
}

/*
 * A column added back by a down step: its values are gone, so a NOT NULL
 * column without a default comes back nullable and is made NOT NULL only
 * where no row holds NULL (guarded_sql).
 */
static void readd_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_column *col)
{
	if (col->nullable || col->default_expr || col->identity != SG_IDENTITY_NONE || col->generated) {
		add_column_sql(ctx, sb, table, col);
		return;
	}
	sg_column relaxed = *col;
	relaxed.nullable = true;
	add_column_sql(ctx, sb, table, &relaxed);
	sg_strbuf stmt = SG_STRBUF_INIT;
	alter_column(ctx, &stmt, table, col->name);
	sg_strbuf_adds(&stmt, "SET NOT NULL;");
	guarded_sql(ctx, sb, stmt.data, "schemagen: column %s.%s is left nullable: its rows lost their values", table,
		    col->name);
	sg_strbuf_release(&stmt);
}

static void drop_column_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column)
{
	newline_if_any(sb);
	alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "DROP COLUMN ");
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, ";");
}

static void rename_sql(diff_ctx *ctx, sg_strbuf *sb, const char *what, const char *table, const char *from,
		       const char *to)
{
	newline_if_any(sb);
	if (strcmp(what, "TABLE") == 0) {
		sg_strbuf_adds(sb, "ALTER TABLE ");
		sg_ddl_name(sb, ctx->qual, from);
		sg_strbuf_adds(sb, " RENAME TO ");
	} else if (strcmp(what, "INDEX") == 0) {
		sg_strbuf_adds(sb, "ALTER INDEX ");
		sg_ddl_name(sb, ctx->qual, from);
		sg_strbuf_adds(sb, " RENAME TO ");
	} else {
		alter_table(ctx, sb, table);
		sg_strbuf_addf(sb, "RENAME %s ", what);
		sg_quote_ident(sb, from);
		sg_strbuf_adds(sb, " TO ");
	}
	sg_quote_ident(sb, to);
	sg_strbuf_adds(sb, ";");
}

static void add_column_hazards(diff_ctx *ctx, sg_op *op, const char *table, const sg_column *col)
{
	if (col->generated)
		hazard(ctx, op, false, SG_HAZARD_REWRITE, "stored generated column '%s.%s' rewrites the table", table,
		       col->name);
	else if (col->identity != SG_IDENTITY_NONE)
		hazard(ctx, op, false, SG_HAZARD_REWRITE, "identity column '%s.%s' fills every row: the table is rewritten",
		       table, col->name);
	else if (col->default_expr && (col->from_serial || sg_hazard_default_is_volatile(col->default_expr)))
		hazard(ctx, op, false, SG_HAZARD_REWRITE,
		       "volatile default of '%s.%s' is evaluated for every row: the table is rewritten", table, col->name);
	else if (!col->nullable && !col->default_expr)
		hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
		       "NOT NULL column '%s.%s' has no default: fails if '%s' has rows", table, col->name, table);
	if (!col->generated) /* a generated column's values are computed from the others */
		hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, col->name);
}

/* The hazards of dropping current column `c` (its down adds it back). */
static void drop_column_hazards(diff_ctx *ctx, sg_op *op, const char *table, const sg_column *c)
{
	if (c->generated)
		return; /* computed again from the other columns when it comes back */
	hazard(ctx, op, false, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, c->name);
	if (!c->nullable && !c->default_expr && c->identity == SG_IDENTITY_NONE)
		hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
		       "re-adds column '%s.%s' empty: its values are not restored, and it is NOT NULL again only if "
		       "'%s' has no rows (otherwise left nullable, with a warning)",
		       table, c->name, table);
	else
		hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE, "re-adds column '%s.%s' empty: its values are not restored",
		       table, c->name);
}

static void set_default_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, const char *expr)
{
	newline_if_any(sb);
	alter_column(ctx, sb, table, column);
	if (expr)
		sg_strbuf_addf(sb, "SET DEFAULT %s;", expr);
	else
		sg_strbuf_adds(sb, "DROP DEFAULT;");
}

/*
 * Start sequence `seq` (SQL text of its name; NULL: the identity sequence of
 * the column) after the largest value column `column` holds, so the next
 * insert does not collide with an existing row.
 */
static void sequence_past_max_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, const char *seq)
{
	newline_if_any(sb);
	sg_strbuf_adds(sb, "SELECT setval(");
	if (seq) {
		sg_strbuf name = SG_STRBUF_INIT;
		sg_strbuf_adds(&name, seq);
		sg_quote_literal(sb, name.data);
		sg_strbuf_release(&name);
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
	sg_strbuf_adds(sb, ", GREATEST(COALESCE(max(");
	sg_quote_ident(sb, column);
	sg_strbuf_adds(sb, "), 0), 0) + 1, false) FROM ");
	sg_ddl_name(sb, ctx->qual, table);
	sg_strbuf_adds(sb, ";");
}

static void set_identity_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column, sg_identity from,
			     sg_identity to)
{
	newline_if_any(sb);
	alter_column(ctx, sb, table, column);
	const char *kind = to == SG_IDENTITY_ALWAYS ? "ALWAYS" : "BY DEFAULT";
	if (to == SG_IDENTITY_NONE) {
		sg_strbuf_adds(sb, "DROP IDENTITY;");
	} else if (from == SG_IDENTITY_NONE) {
		sg_strbuf_addf(sb, "ADD GENERATED %s AS IDENTITY;", kind);
		sequence_past_max_sql(ctx, sb, table, column, NULL);
	} else {
		sg_strbuf_addf(sb, "SET GENERATED %s;", kind);
	}
}

/* Whether `type` (format_type's text) is enum `name` or an array of it. */
static bool type_is(const char *type, const char *name, sg_strbuf *tmp)
{
	sg_strbuf_reset(tmp);
	sg_quote_ident(tmp, name);
	size_t n = tmp->len;
	return strncmp(type, tmp->data, n) == 0 && (type[n] == '\0' || strcmp(type + n, "[]") == 0);
}

/* Whether `type` is an enum of either side (or an array of one). */
static bool is_enum_type(const diff_ctx *ctx, const char *type)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool found = false;
	for (size_t i = 0; i < ctx->cur->nenums && !found; i++)
		found = type_is(type, ctx->cur->enums[i].name, &tmp);
	for (size_t i = 0; i < ctx->want->nenums && !found; i++)
		found = type_is(type, ctx->want->enums[i].name, &tmp);
	sg_strbuf_release(&tmp);
	return found;
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
		set_default_sql(ctx, sb, table, column, NULL);
	newline_if_any(sb);
	alter_column(ctx, sb, table, column);
	sg_strbuf_addf(sb, "TYPE %s", to->type);
	if (to->collation) {
		sg_strbuf_adds(sb, " COLLATE ");
		sg_quote_ident(sb, to->collation);
	}
	sg_strbuf_adds(sb, " USING ");
	if (using)
		sg_strbuf_adds(sb, using);
	else
		sg_ddl_plain_using(sb, column, from->type, to->type, is_enum_type(ctx, from->type));
	sg_strbuf_adds(sb, ";");
	if (to_default)
		set_default_sql(ctx, sb, table, column, to_default);
}

/*
 * A column the model makes serial where the database has none: its sequence
 * is created (owned by the column, as `serial` does) and started after the
 * column's largest value before the default that uses it, and dropped after
 * the default is taken off again.
 */
static void serial_sequence_op(diff_ctx *ctx, const char *table, const sg_column *w)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (serial_sequence(w->default_expr, &seq)) {
		sg_strbuf_addf(&ctx->up, "CREATE SEQUENCE %s AS %s OWNED BY ", seq.data, w->type);
		sg_ddl_name(&ctx->up, ctx->qual, table);
		sg_strbuf_addch(&ctx->up, '.');
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, ";");
		sequence_past_max_sql(ctx, &ctx->up, table, w->name, seq.data);
		sg_strbuf_addf(&ctx->down, "DROP SEQUENCE %s;", seq.data);
		finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, w->name, "create the sequence of serial column %s.%s", table,
			  w->name);
	}
	sg_strbuf_release(&seq);
}

/*
 * Whether sequence `seq` (SQL text of its name) belongs to a column: the
 * catalog lists a sequence that belongs to no column as unmanaged.
 */
static bool sequence_is_owned(const diff_ctx *ctx, const char *seq)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool owned = true;
	for (size_t i = 0; i < ctx->cur->nunmanaged && owned; i++) {
		if (strcmp(ctx->cur->unmanaged[i].kind, "sequence") != 0)
			continue;
		sg_strbuf_reset(&tmp);
		sg_ddl_name(&tmp, ctx->qual, ctx->cur->unmanaged[i].name);
		if (strcmp(tmp.data, seq) == 0)
			owned = false;
		sg_strbuf_reset(&tmp);
		sg_quote_ident(&tmp, ctx->cur->unmanaged[i].name);
		if (strcmp(tmp.data, seq) == 0)
			owned = false;
	}
	sg_strbuf_release(&tmp);
	return owned;
}

/*
 * A serial column that stops being one (it becomes an identity or a plain
 * column): its sequence goes once the default no longer uses it (it would
 * otherwise be left behind), and the down creates it again, past the
 * column's values, before the default comes back.
 */
static void drop_serial_sequence_op(diff_ctx *ctx, const char *table, const char *column, const sg_column *c)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	if (serial_sequence(c->default_expr, &seq) && sequence_is_owned(ctx, seq.data)) {
		sg_strbuf_addf(&ctx->up, "DROP SEQUENCE %s;", seq.data);
		bool int_type = strcmp(c->type, "integer") == 0 || strcmp(c->type, "bigint") == 0 ||
				strcmp(c->type, "smallint") == 0;
		sg_strbuf_addf(&ctx->down, "CREATE SEQUENCE %s%s%s OWNED BY ", seq.data, int_type ? " AS " : "",
			       int_type ? c->type : "");
		sg_ddl_name(&ctx->down, ctx->qual, table);
		sg_strbuf_addch(&ctx->down, '.');
		sg_quote_ident(&ctx->down, column);
		sg_strbuf_adds(&ctx->down, ";");
		sequence_past_max_sql(ctx, &ctx->down, table, column, seq.data);
		finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, column, "drop the sequence of former serial column %s.%s",
			  table, column);
	}
	sg_strbuf_release(&seq);
}

static bool uses_recreated_enum(const diff_ctx *ctx, const sg_column *col)
{
	sg_strbuf tmp = SG_STRBUF_INIT;
	bool uses = false;
	for (size_t i = 0; i < ctx->nrecreated && !uses; i++)
		uses = type_is(col->type, ctx->recreated[i]->name, &tmp);
	sg_strbuf_release(&tmp);
	return uses;
}

static void identity_op(diff_ctx *ctx, const char *table, const sg_column *c, const sg_column *w)
{
	set_identity_sql(ctx, &ctx->up, table, w->name, c->identity, w->identity);
	set_identity_sql(ctx, &ctx->down, table, w->name, w->identity, c->identity);
	sg_op *op = finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, w->name, "change identity of %s.%s", table, w->name);
	if (c->identity == SG_IDENTITY_NONE)
		hazard(ctx, op, false, SG_HAZARD_BLOCKING,
		       "reads the largest '%s.%s' to start the identity after the existing values", table, w->name);
	else if (w->identity == SG_IDENTITY_NONE)
		hazard(ctx, op, true, SG_HAZARD_BLOCKING,
		       "reads the largest '%s.%s' to start the identity after the existing values", table, w->name);
}

/* Whether a column's type (or collation) changes, through an enum re-create too. */
static bool type_changes(const diff_ctx *ctx, const sg_column *c, const sg_column *w)
{
	return !sg_str_eq(c->type, w->type) || !sg_str_eq(c->collation, w->collation) || uses_recreated_enum(ctx, c);
}

/* A matched column dropped before the renames and added again after the changes (sg_colmap.rebuilt). */
static bool column_recreated(const sg_colmap *m, size_t cur_index)
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
		identity_op(ctx, table, c, w);

	/*
	 * A serial column of the models matches any sequence default in the
	 * database: the sequence keeps its name when its table or column is
	 * renamed, so the model's TABLE_COLUMN_seq need not be it.
	 */
	bool serial_kept = w->from_serial && is_nextval(c->default_expr);
	if (w->from_serial && !serial_kept)
		serial_sequence_op(ctx, table, w);
	bool default_changes = !sg_str_eq(c->default_expr, w->default_expr) && !serial_kept;
	bool type_changed = !sg_str_eq(c->type, w->type) || !sg_str_eq(c->collation, w->collation);
	if (type_changed) {
		const char *up_default = serial_kept ? c->default_expr : w->default_expr ? sg_ddl_default_text(w) : NULL;
		type_sql(ctx, &ctx->up, table, name, c, w, up_default, w->using_expr);
		type_sql(ctx, &ctx->down, table, name, w, c, c->default_expr, w->using_down);
		sg_op *op = finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "change type of %s.%s to %s", table, name,
				      w->type);
		sg_type_change up = sg_hazard_type_change(c->type, w->type);
		sg_type_change down = sg_hazard_type_change(w->type, c->type);
		bool to_zoned;
		sg_ddl_zone_family(w->type, &to_zoned);
		if (sg_ddl_zone_changes(c->type, w->type) && !w->using_expr)
			hazard(ctx, op, false, SG_HAZARD_REWRITE,
			       "changing '%s.%s' from %s to %s rewrites the table and reads every value %s UTC "
			       "(AT TIME ZONE 'UTC'; edit the USING for another zone)",
			       table, name, c->type, w->type, to_zoned ? "as a time in" : "as the time it is in");
		else if (up != SG_TYPE_CHANGE_FREE)
			hazard(ctx, op, false, SG_HAZARD_REWRITE, "changing '%s.%s' from %s to %s rewrites the table", table,
			       name, c->type, w->type);
		if (up == SG_TYPE_CHANGE_LOSSY)
			hazard(ctx, op, false, SG_HAZARD_DATA_LOSS, "'%s.%s' from %s to %s may fail or lose data", table, name,
			       c->type, w->type);
		if (down == SG_TYPE_CHANGE_LOSSY)
			hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "'%s.%s' back from %s to %s may fail or lose data", table,
			       name, w->type, c->type);
	} else if (default_changes && !uses_recreated_enum(ctx, c)) {
		set_default_sql(ctx, &ctx->up, table, name, w->default_expr ? sg_ddl_default_text(w) : NULL);
		set_default_sql(ctx, &ctx->down, table, name, c->default_expr);
		finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "%s default of %s.%s",
			  w->default_expr ? "set" : "drop", table, name);
	}
	if (default_changes && !w->from_serial)
		drop_serial_sequence_op(ctx, table, name, c);

	if (c->nullable != w->nullable) {
		bool set_not_null = !w->nullable;
		if (set_not_null && ctx->online) {
			online_set_not_null(ctx, table, name);
		} else {
			alter_column(ctx, &ctx->up, table, name);
			sg_strbuf_adds(&ctx->up, set_not_null ? "SET NOT NULL;" : "DROP NOT NULL;");
			alter_column(ctx, &ctx->down, table, name);
			sg_strbuf_adds(&ctx->down, set_not_null ? "DROP NOT NULL;" : "SET NOT NULL;");
			sg_op *op = finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, name, "%s NOT NULL on %s.%s",
					      set_not_null ? "set" : "drop", table, name);
			if (set_not_null) {
				hazard(ctx, op, false, SG_HAZARD_BLOCKING,
				       "SET NOT NULL scans '%s' under an ACCESS EXCLUSIVE lock (--online avoids it)", table);
				hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table, name);
			} else {
				hazard(ctx, op, true, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table, name);
			}
		}
	}

	if (c->identity != w->identity && w->identity != SG_IDENTITY_NONE) {
		identity_op(ctx, table, c, w);
		/* --online sets NOT NULL in the _validate step, and an identity needs it first. */
		if (ctx->online && c->nullable && !w->nullable && !ctx->plan->failed)
			ctx->plan->ops[ctx->plan->nops - 1].phase = SG_PHASE_VALIDATE;
	}

	if (!sg_str_eq(c->comment, w->comment)) {
		sg_ddl_comment_column(&ctx->up, ctx->qual, table, name, w->comment);
		sg_ddl_comment_column(&ctx->down, ctx->qual, table, name, c->comment);
		finish_op(ctx, SG_PHASE_COMMENT, table, name, "comment on column %s.%s", table, name);
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
		return column_recreated(m, cur_index);
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
	alter_column(ctx, &ctx->up, ct->name, c->name);
	sg_strbuf_adds(&ctx->up, "DROP EXPRESSION;");
	drop_column_sql(ctx, &ctx->down, ct->name, c->name);
	add_column_sql(ctx, &ctx->down, ct->name, c);
	sg_op *op = finish_op(ctx, SG_PHASE_DROP_EARLY, ct->name, c->name, "drop the generation expression of %s.%s",
			      ct->name, c->name);
	hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "the values of '%s.%s' are replaced by computed ones", ct->name,
	       c->name);
	hazard(ctx, op, true, SG_HAZARD_REWRITE, "column '%s.%s' is dropped and added again: the table is rewritten",
	       ct->name, c->name);
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
			drop_column_sql(ctx, &ctx->up, ct->name, c->name);
			readd_column_sql(ctx, &ctx->down, ct->name, c);
			sg_op *op = finish_op(ctx, SG_PHASE_DROP_EARLY, ct->name, c->name, "drop column %s.%s%s", ct->name,
					      c->name, w ? " (added again below)" : "");
			drop_column_hazards(ctx, op, ct->name, c);
			if (w && !c->generated)
				hazard(ctx, op, false, SG_HAZARD_DATA_LOSS,
				       "the values of '%s.%s' are replaced by the computed ones of '%s'", ct->name, c->name,
				       w->name);
		}
	}
}

/*
 * Renames from[i] -> to[i] of the columns of `table`, or of tables when
 * `table` is NULL, in an order that never takes a name in `taken`
 * (sg_rename_order), each with its inverse.
 */
static void emit_renames(diff_ctx *ctx, const char *table, const char *const *from, const char *const *to, size_t n,
			 const char *const *taken, size_t ntaken)
{
	sg_rename_list list;
	if (sg_rename_order(&list, from, to, n, taken, ntaken) != 0) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t i = 0; i < list.nsteps; i++) {
		const sg_rename_step *st = &list.steps[i];
		const char *what = table ? "COLUMN" : "TABLE";
		rename_sql(ctx, &ctx->up, what, table, st->from, st->to);
		rename_sql(ctx, &ctx->down, what, table, st->to, st->from);
		if (table)
			finish_op(ctx, SG_PHASE_RENAME_COLUMN, table, st->to, "rename column %s.%s to %s", table, st->from,
				  st->to);
		else
			finish_op(ctx, SG_PHASE_RENAME_TABLE, st->to, st->to, "rename table %s to %s", st->from, st->to);
	}
	sg_rename_list_release(&list);
}

static void rename_columns(diff_ctx *ctx, const sg_colmap *m)
{
	const sg_table *ct = m->cur;
	const char *table = m->want->name;
	size_t n = 0, ntaken = 0;
	const char **from = calloc(ct->ncolumns + 1, sizeof(*from));
	const char **to = calloc(ct->ncolumns + 1, sizeof(*to));
	const char **taken = calloc(ct->ncolumns + 1, sizeof(*taken));
	if (!from || !to || !taken)
		goto oom;
	for (size_t i = 0; i < ct->ncolumns; i++) {
		const sg_column *w = m->cur_to_want[i];
		if (gone_early(m, i))
			continue;
		taken[ntaken++] = ct->columns[i].name;
		if (w && strcmp(w->name, ct->columns[i].name) != 0) {
			from[n] = ct->columns[i].name;
			to[n++] = w->name;
		}
	}
	emit_renames(ctx, table, from, to, n, taken, ntaken);
	free(from);
	free(to);
	free(taken);
	return;
oom:
	free(from);
	free(to);
	free(taken);
	ctx->plan->failed = true;
}

static void diff_columns(diff_ctx *ctx, const sg_colmap *m)
{
	const sg_table *ct = m->cur, *wt = m->want;
	const char *table = wt->name;
	drop_columns_early(ctx, m);
	rename_columns(ctx, m);
	for (size_t i = 0; i < wt->ncolumns; i++) {
		const sg_column *w = &wt->columns[i];
		const sg_column *c = m->want_to_cur[i];
		if (c && !column_recreated(m, (size_t)(c - ct->columns))) {
			diff_column(ctx, m, c, w);
			continue;
		}
		if (!c && ctx->online && online_add_column(ctx, table, w))
			continue;
		add_column_sql(ctx, &ctx->up, table, w);
		drop_column_sql(ctx, &ctx->down, table, w->name);
		sg_op *op = c ? finish_op(ctx, SG_PHASE_ADD_LATE, table, w->name, "add column %s.%s again", table, w->name)
			      : finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name, "add column %s.%s", table, w->name);
		add_column_hazards(ctx, op, table, w);
	}
	for (size_t i = 0; i < ct->ncolumns; i++) {
		if (m->cur_to_want[i] || dropped_early(m, i))
			continue;
		const sg_column *c = &ct->columns[i];
		drop_column_sql(ctx, &ctx->up, table, c->name);
		readd_column_sql(ctx, &ctx->down, table, c);
		sg_op *op = finish_op(ctx, SG_PHASE_DROP_COLUMN, table, c->name, "drop column %s.%s", table, c->name);
		drop_column_hazards(ctx, op, table, c);
		/* A drop beside an add of the same type is often a rename the model did not declare. */
		for (size_t k = 0; k < wt->ncolumns; k++) {
			const sg_column *w = &wt->columns[k];
			if (!m->want_to_cur[k] && !w->renamed_from && strcmp(w->type, c->type) == 0) {
				hazard(ctx, op, false, SG_HAZARD_RENAME_HINT,
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
static void mark_rebuilt(diff_ctx *ctx, sg_colmap *m)
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

/* ---- constraints and indexes ---- */

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
		    c->initially_deferred != w->initially_deferred)
			return false;
		/*
		 * The definitions also carry what the fields do not (MATCH FULL); when no
		 * name involved was renamed they must be equal too.
		 */
		bool renamed = strcmp(c->ref_table, w->ref_table) != 0 ||
			       !sg_names_eq(c->columns, c->ncolumns, w->columns, w->ncolumns) ||
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

static const char *kind_word(const sg_constraint *con)
{
	static const char *const words[] = { "primary key", "unique constraint", "check", "foreign key" };
	return con->kind < SG_CON_KIND_COUNT ? words[con->kind] : "constraint";
}

/*
 * Add a constraint; `existing` says the table has rows to check, so hazards and --online apply.  A
 * constraint the model keeps NOT VALID is added so (sg_ddl_add_constraint): no scan, nothing to validate.
 */
static void add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing)
{
	if (ctx->online && online_add_constraint(ctx, table, w, existing))
		return;
	bool online = ctx->online && existing && (w->kind == SG_CON_CHECK || w->kind == SG_CON_FOREIGN_KEY) &&
		      !w->not_valid;
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, w, online);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
	sg_op *op = finish_op(ctx, add_phase(w), table, w->name, "add %s %s on %s", kind_word(w), w->name, table);
	if (!existing || w->not_valid)
		return;
	if (online) {
		alter_table(ctx, &ctx->up, table);
		sg_strbuf_adds(&ctx->up, "VALIDATE CONSTRAINT ");
		sg_quote_ident(&ctx->up, w->name);
		sg_strbuf_adds(&ctx->up, ";");
		sg_strbuf_adds(&ctx->down, "-- nothing to undo: validation changes no definition");
		finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate %s %s on %s", kind_word(w), w->name, table);
		return;
	}
	if (w->kind == SG_CON_PRIMARY_KEY || w->kind == SG_CON_UNIQUE)
		hazard(ctx, op, false, SG_HAZARD_BLOCKING, "builds the index of '%s' while '%s' is locked against writes%s",
		       w->name, table,
		       ctx->online ? " (--online cannot build this definition as an index first)"
				   : " (--online builds its index CONCURRENTLY first)");
	else
		hazard(ctx, op, false, SG_HAZARD_BLOCKING,
		       "checks every row of '%s' while it is locked against writes (--online adds it NOT VALID and "
		       "validates it separately)",
		       table);
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
		const sg_column *col = &ct->columns[i], *w = m->cur_to_want[i];
		if (w && !(w->generated && m->rebuilt[i] && !col->generated))
			continue;
		if (col->generated)
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
 * where the rows allow, a key is added where they allow (guarded_sql).
 */
static void readd_constraint_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_table *ct, const char *table,
				 const sg_constraint *c)
{
	/* One that was NOT VALID comes back NOT VALID (sg_ddl_add_constraint), as it was: no rows to fear. */
	if (!readd_may_fail(ctx, ct, c) || c->not_valid) {
		sg_ddl_add_constraint(sb, ctx->qual, table, c, false);
		return;
	}
	sg_strbuf stmt = SG_STRBUF_INIT;
	if (c->kind == SG_CON_FOREIGN_KEY) {
		/*
		 * The key it references may itself be one a guarded block could not
		 * restore: then even NOT VALID cannot add it (invalid_foreign_key).
		 */
		sg_strbuf_reset(&ctx->msg);
		sg_strbuf_addf(&ctx->msg, "schemagen: foreign key %s on %s is not restored: the key it references is not",
			       c->name, table);
		newline_if_any(sb);
		sg_strbuf_adds(sb, "DO $sg$\nBEGIN\n\t");
		sg_ddl_add_constraint(sb, ctx->qual, table, c, true);
		sg_strbuf_adds(sb, "\n\tBEGIN\n\t\t");
		alter_table(ctx, sb, table);
		sg_strbuf_adds(sb, "VALIDATE CONSTRAINT ");
		sg_quote_ident(sb, c->name);
		sg_strbuf_adds(sb, ";\n\tEXCEPTION WHEN integrity_constraint_violation THEN\n\t\tRAISE WARNING '%', ");
		sg_strbuf msg2 = SG_STRBUF_INIT;
		sg_strbuf_addf(&msg2, "schemagen: foreign key %s on %s is left NOT VALID: existing rows violate it", c->name,
			       table);
		sg_quote_literal(sb, msg2.data);
		sg_strbuf_release(&msg2);
		sg_strbuf_adds(sb, ";\n\tEND;\nEXCEPTION WHEN invalid_foreign_key THEN\n\tRAISE WARNING '%', ");
		sg_quote_literal(sb, ctx->msg.data);
		sg_strbuf_adds(sb, ";\nEND\n$sg$;");
	} else if (c->kind == SG_CON_CHECK) {
		sg_ddl_add_constraint(sb, ctx->qual, table, c, true);
		alter_table(ctx, &stmt, table);
		sg_strbuf_adds(&stmt, "VALIDATE CONSTRAINT ");
		sg_quote_ident(&stmt, c->name);
		sg_strbuf_adds(&stmt, ";");
		guarded_sql(ctx, sb, stmt.data, "schemagen: %s %s on %s is left NOT VALID: existing rows violate it",
			    kind_word(c), c->name, table);
	} else {
		sg_ddl_add_constraint(&stmt, ctx->qual, table, c, false);
		guarded_sql(ctx, sb, stmt.data, "schemagen: %s %s on %s is not restored: existing rows violate it",
			    kind_word(c), c->name, table);
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
	sg_op *op =
	    finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate %s %s on %s", kind_word(w), w->name, table);
	hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL,
	       "scans '%s' (reads and writes go on) and fails while a row violates '%s': correct those rows first",
	       table, w->name);
}

/*
 * Drops run before renames (and their down steps after the renames are
 * undone), so they name the table, and the down steps its columns, as they
 * are now: `ct` is the current table.
 */
static void drop_constraint(diff_ctx *ctx, const sg_table *ct, const sg_constraint *c)
{
	sg_ddl_drop_constraint(&ctx->up, ctx->qual, ct->name, c->name);
	readd_constraint_sql(ctx, &ctx->down, ct, ct->name, c);
	sg_op *op = finish_op(ctx, drop_phase(c), ct->name, c->name, "drop %s %s on %s", kind_word(c), c->name, ct->name);
	if (readd_may_fail(ctx, ct, c) && !c->not_valid)
		hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE,
		       c->kind == SG_CON_CHECK || c->kind == SG_CON_FOREIGN_KEY
			       ? "%s '%s' comes back NOT VALID when existing rows violate it (a warning says so)"
			       : "%s '%s' is not restored when existing rows violate it (a warning says so)",
		       kind_word(c), c->name);
}

static void create_index(diff_ctx *ctx, const char *table, const sg_index *w, bool existing)
{
	bool concurrently = ctx->online && existing;
	sg_ddl_create_index(&ctx->up, ctx->qual, table, w, concurrently);
	sg_ddl_drop_index(&ctx->down, ctx->qual, w->name, concurrently);
	sg_op *op = finish_op(ctx, concurrently ? SG_PHASE_CONCURRENT_INDEX : SG_PHASE_CREATE_INDEX, table, w->name,
			      "create index %s on %s", w->name, table);
	if (existing && !concurrently)
		hazard(ctx, op, false, SG_HAZARD_BLOCKING,
		       "blocks writes to '%s' while the index is built (--online builds it CONCURRENTLY)", table);
	if (concurrently && w->unique && !w->where)
		online_late_key(ctx, table, NULL, w);
}

/* As drop_constraint: `table` is the current table's name. */
static void drop_index(diff_ctx *ctx, const char *table, const sg_index *c)
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
	sg_phase phase = !ctx->online ? SG_PHASE_DROP_INDEX
			 : m && sg_online_index_survives(m, c) && !casts_to_recreated_enum(ctx, NULL, c)
			     ? SG_PHASE_DROP_INDEX_AFTER
			     : SG_PHASE_DROP_INDEX_CONCURRENTLY;
	sg_ddl_drop_index(&ctx->up, ctx->qual, c->name, ctx->online);
	sg_ddl_create_index(&ctx->down, ctx->qual, table, c, ctx->online);
	sg_op *op = finish_op(ctx, phase, table, c->name, "drop index %s on %s", c->name, table);
	if (phase == SG_PHASE_DROP_INDEX_CONCURRENTLY && wt &&
	    (sg_table_find_index(wt, c->name) || sg_table_find_constraint(wt, c->name)))
		hazard(ctx, op, false, SG_HAZARD_BLOCKING,
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
		if (col && uses_recreated_enum(ctx, col))
			return true;
	}
	return false;
}

/*
 * Constraints of a matched table of kinds `fks` (foreign keys) or not.
 * Unmatched pairs of equal definition are renames, which keeps a renamed
 * table's default-named keys and indexes from being rebuilt.
 */
static void diff_constraints(diff_ctx *ctx, const sg_table *ct, const sg_table *wt, bool fks)
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
		    !(fks && (references_dropped_key(ctx, c) || fk_on_recreated_enum(ctx, ct, c))) &&
		    !casts_to_recreated_enum(ctx, c, NULL)) {
			cur_done[c - ct->constraints] = true;
			want_done[i] = true;
			/* NOT VALID where the model wants it valid (not the other way round: it holds for every row). */
			if (c->not_valid && !w->not_valid)
				validate_existing(ctx, wt->name, w);
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
			    (fks && (references_dropped_key(ctx, c) || fk_on_recreated_enum(ctx, ct, c))) ||
			    casts_to_recreated_enum(ctx, c, NULL))
				continue;
			rename_sql(ctx, &ctx->up, "CONSTRAINT", wt->name, c->name, w->name);
			rename_sql(ctx, &ctx->down, "CONSTRAINT", wt->name, w->name, c->name);
			finish_op(ctx, SG_PHASE_RENAME_OBJECT, wt->name, w->name, "rename constraint %s on %s to %s",
				  c->name, wt->name, w->name);
			cur_done[k] = want_done[i] = true;
			if (c->not_valid && !w->not_valid)
				validate_existing(ctx, wt->name, w);
			break;
		}
	}
	for (size_t k = 0; k < ct->nconstraints; k++) {
		const sg_constraint *c = &ct->constraints[k];
		if (cur_done[k] || (c->kind == SG_CON_FOREIGN_KEY) != fks)
			continue;
		if (!fks)
			remember_dropped_key(ctx, ct, c);
		drop_constraint(ctx, ct, c);
	}
	for (size_t i = 0; i < wt->nconstraints; i++) {
		const sg_constraint *w = &wt->constraints[i];
		if (!want_done[i] && (w->kind == SG_CON_FOREIGN_KEY) == fks)
			add_constraint(ctx, wt->name, w, true);
	}
	free(cur_done);
	free(want_done);
}

static void diff_indexes(diff_ctx *ctx, const sg_table *ct, const sg_table *wt)
{
	bool *cur_done = calloc(ct->nindexes + 1, sizeof(bool));
	bool *want_done = calloc(wt->nindexes + 1, sizeof(bool));
	if (!cur_done || !want_done) {
		free(cur_done);
		free(want_done);
		ctx->plan->failed = true;
		return;
	}
	/* Indexes of constraints come and go with their constraints. */
	for (size_t k = 0; k < ct->nindexes; k++)
		cur_done[k] = ct->indexes[k].constraint_backed;
	for (size_t i = 0; i < wt->nindexes; i++)
		want_done[i] = wt->indexes[i].constraint_backed;
	for (size_t i = 0; i < wt->nindexes; i++) {
		if (want_done[i])
			continue;
		const sg_index *c = sg_table_find_index(ct, wt->indexes[i].name);
		if (c && !c->constraint_backed && index_eq(ctx, ct, c, &wt->indexes[i]) &&
		    !casts_to_recreated_enum(ctx, NULL, c)) {
			cur_done[c - ct->indexes] = true;
			want_done[i] = true;
		}
	}
	for (size_t i = 0; i < wt->nindexes; i++) {
		if (want_done[i])
			continue;
		const sg_index *w = &wt->indexes[i];
		for (size_t k = 0; k < ct->nindexes; k++) {
			const sg_index *c = &ct->indexes[k];
			if (cur_done[k] || sg_table_find_index(wt, c->name) || !index_eq(ctx, ct, c, w) ||
			    casts_to_recreated_enum(ctx, NULL, c))
				continue;
			rename_sql(ctx, &ctx->up, "INDEX", NULL, c->name, w->name);
			rename_sql(ctx, &ctx->down, "INDEX", NULL, w->name, c->name);
			finish_op(ctx, SG_PHASE_RENAME_OBJECT, wt->name, w->name, "rename index %s to %s", c->name, w->name);
			cur_done[k] = want_done[i] = true;
			break;
		}
	}
	for (size_t k = 0; k < ct->nindexes; k++)
		if (!cur_done[k])
			drop_index(ctx, ct->name, &ct->indexes[k]);
	for (size_t i = 0; i < wt->nindexes; i++)
		if (!want_done[i])
			create_index(ctx, wt->name, &wt->indexes[i], true);
	free(cur_done);
	free(want_done);
}

static void create_table(diff_ctx *ctx, const sg_table *wt)
{
	create_table_sql(ctx, &ctx->up, wt, false);
	drop_table_sql(ctx, &ctx->down, wt->name);
	finish_op(ctx, SG_PHASE_CREATE_TABLE, wt->name, wt->name, "create table %s", wt->name);
	for (size_t i = 0; i < wt->nindexes; i++)
		if (!wt->indexes[i].constraint_backed)
			create_index(ctx, wt->name, &wt->indexes[i], false);
}

/*
 * Whether current table `ct`, which the plan drops, must go before the
 * renames: a desired table (renamed from another) takes its name.
 */
static bool table_dropped_early(const diff_ctx *ctx, const sg_table *ct)
{
	return !ctx->cur_match[ct - ctx->cur->tables] && sg_schema_find_table(ctx->want, ct->name);
}

static void drop_table(diff_ctx *ctx, const sg_table *ct)
{
	for (size_t i = 0; i < ct->nconstraints; i++)
		if (ct->constraints[i].kind == SG_CON_FOREIGN_KEY)
			drop_constraint(ctx, ct, &ct->constraints[i]);
	drop_table_sql(ctx, &ctx->up, ct->name);
	create_table_sql(ctx, &ctx->down, ct, true);
	sg_op *op = finish_op(ctx, table_dropped_early(ctx, ct) ? SG_PHASE_DROP_EARLY : SG_PHASE_DROP_TABLE, ct->name,
			      ct->name, "drop table %s", ct->name);
	hazard(ctx, op, false, SG_HAZARD_DATA_LOSS, "drops table '%s' and all its rows", ct->name);
	hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE, "re-creates table '%s' empty: its rows are not restored", ct->name);
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		if (!sg_schema_find_table(ctx->cur, wt->name) && !wt->renamed_from && same_shape(ct, wt)) {
			hazard(ctx, op, false, SG_HAZARD_RENAME_HINT,
			       "table '%s' is dropped and '%s' with the same columns is created: if it is a rename, add "
			       "`renamed_from: %s` to table '%s'",
			       ct->name, wt->name, ct->name, wt->name);
			break;
		}
	}
}

/*
 * Pair desired tables with current ones: a live `renamed_from` first (its old
 * table exists and the models do not keep a table of that name, unless that
 * one is renamed from another too: a swap), then by name.  So "drop a,
 * rename b to a" keeps b's rows, and a stale hint does nothing.
 */
static void match_tables(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		if (!wt->renamed_from || strcmp(wt->renamed_from, wt->name) == 0)
			continue;
		const sg_table *ct = sg_schema_find_table(ctx->cur, wt->renamed_from);
		if (!ct || ctx->cur_match[ct - ctx->cur->tables])
			continue;
		const sg_table *keeper = sg_schema_find_table(ctx->want, wt->renamed_from);
		if (keeper && !(keeper->renamed_from && strcmp(keeper->renamed_from, keeper->name) != 0 &&
				sg_schema_find_table(ctx->cur, keeper->renamed_from)))
			continue;
		ctx->cur_match[ct - ctx->cur->tables] = wt;
	}
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		bool matched = false;
		for (size_t k = 0; k < ctx->cur->ntables && !matched; k++)
			matched = ctx->cur_match[k] == wt;
		const sg_table *ct = matched ? NULL : sg_schema_find_table(ctx->cur, wt->name);
		if (ct && !ctx->cur_match[ct - ctx->cur->tables])
			ctx->cur_match[ct - ctx->cur->tables] = wt;
	}
}

/* The column correspondence of every matched table, and what it rebuilds.  Returns -1 when out of memory. */
static int build_maps(diff_ctx *ctx)
{
	ctx->maps = calloc(ctx->cur->ntables + 1, sizeof(*ctx->maps));
	if (!ctx->maps)
		return -1;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		if (!ctx->cur_match[i])
			continue;
		if (sg_colmap_init(&ctx->maps[i], &ctx->cur->tables[i], ctx->cur_match[i]) != 0)
			return -1;
		mark_rebuilt(ctx, &ctx->maps[i]);
	}
	return 0;
}

/* Table renames in an order that never takes a name in use (a swap goes through a temporary name). */
static void rename_tables(diff_ctx *ctx)
{
	size_t n = 0, ntaken = 0, cap = ctx->cur->ntables + 1;
	const char **from = calloc(cap, sizeof(*from)), **to = calloc(cap, sizeof(*to));
	const char **taken = calloc(cap, sizeof(*taken));
	if (!from || !to || !taken)
		goto oom;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i], *wt = ctx->cur_match[i];
		if (table_dropped_early(ctx, ct))
			continue;
		taken[ntaken++] = ct->name;
		if (wt && strcmp(wt->name, ct->name) != 0) {
			from[n] = ct->name;
			to[n++] = wt->name;
		}
	}
	emit_renames(ctx, NULL, from, to, n, taken, ntaken);
	free(from);
	free(to);
	free(taken);
	return;
oom:
	free(from);
	free(to);
	free(taken);
	ctx->plan->failed = true;
}

static void diff_tables(diff_ctx *ctx)
{
	/* Which current table each desired one continues (NULL when it is new), computed once. */
	const sg_table **want_cur = calloc(ctx->want->ntables + 1, sizeof(*want_cur));
	if (!want_cur) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t i = 0; i < ctx->cur->ntables; i++)
		if (ctx->cur_match[i])
			want_cur[ctx->cur_match[i] - ctx->want->tables] = &ctx->cur->tables[i];

	rename_tables(ctx);
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		const sg_table *ct = want_cur[i];
		if (!ct) {
			create_table(ctx, wt);
			continue;
		}
		diff_columns(ctx, &ctx->maps[ct - ctx->cur->tables]);
		if (!sg_str_eq(ct->comment, wt->comment)) {
			sg_ddl_comment_table(&ctx->up, ctx->qual, wt->name, wt->comment);
			sg_ddl_comment_table(&ctx->down, ctx->qual, wt->name, ct->comment);
			finish_op(ctx, SG_PHASE_COMMENT, wt->name, wt->name, "comment on table %s", wt->name);
		}
		diff_constraints(ctx, ct, wt, false);
		diff_indexes(ctx, ct, wt);
	}
	for (size_t i = 0; i < ctx->cur->ntables; i++)
		if (!ctx->cur_match[i])
			drop_table(ctx, &ctx->cur->tables[i]);

	/* Foreign keys last: every key they might reference is known by now. */
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		const sg_table *ct = want_cur[i];
		if (ct) {
			diff_constraints(ctx, ct, wt, true);
			continue;
		}
		for (size_t k = 0; k < wt->nconstraints; k++)
			if (wt->constraints[k].kind == SG_CON_FOREIGN_KEY)
				add_constraint(ctx, wt->name, &wt->constraints[k], false);
	}
	free(want_cur);
}

/* ---- --online: the lock-friendly forms (SQL text in online.c) ---- */

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
static void online_set_not_null(diff_ctx *ctx, const char *table, const char *column)
{
	sg_strbuf cname = SG_STRBUF_INIT, expr = SG_STRBUF_INIT;
	sg_constraint chk;
	sg_online_not_null_check(&chk, &cname, &expr, table, column);
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, &chk, true);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, chk.name);
	finish_op(ctx, SG_PHASE_ALTER_COLUMN, table, column, "add NOT VALID not-null check on %s.%s", table, column);
	sg_online_set_not_null(&ctx->up, &ctx->down, ctx->qual, table, &chk, column);
	sg_op *op = finish_op(ctx, SG_PHASE_VALIDATE, table, column, "validate and set NOT NULL on %s.%s", table, column);
	hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table, column);
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
static bool online_add_column(diff_ctx *ctx, const char *table, const sg_column *w)
{
	sg_strbuf seq = SG_STRBUF_INIT;
	bool serial = w->from_serial && serial_sequence(w->default_expr, &seq);
	if (w->generated || w->identity != SG_IDENTITY_NONE || !w->default_expr ||
	    (w->from_serial ? !serial : is_nextval(w->default_expr) || !sg_hazard_default_is_volatile(w->default_expr))) {
		sg_strbuf_release(&seq);
		return false;
	}
	sg_online_add_column(&ctx->up, ctx->qual, table, w, serial ? seq.data : NULL);
	drop_column_sql(ctx, &ctx->down, table, w->name);
	sg_op *op = finish_op(ctx, SG_PHASE_ADD_COLUMN, table, w->name, "add column %s.%s", table, w->name);
	hazard(ctx, op, true, SG_HAZARD_DATA_LOSS, "drops column '%s.%s' and its values", table, w->name);

	/*
	 * The not-null check comes after the fill: a NOT VALID check still holds
	 * for every new row version, so until then it would fail every UPDATE of
	 * a row not filled yet, the fill's own included.
	 */
	sg_online_backfill(&ctx->up, ctx->qual, table, w->name);
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
	op = finish_op(ctx, SG_PHASE_BACKFILL, table, w->name, "fill %s.%s with its default, in batches", table,
		       w->name);
	hazard(ctx, op, false, SG_HAZARD_REWRITE,
	       "writes every row of '%s' again, 1,000 pages per transaction: no table lock, but the table grows as a "
	       "rewrite would until vacuum",
	       table);

	if (!w->nullable) {
		sg_online_set_not_null(&ctx->up, &ctx->down, ctx->qual, table, &chk, w->name);
		op = finish_op(ctx, SG_PHASE_VALIDATE, table, w->name, "validate and set NOT NULL on %s.%s", table,
			       w->name);
		hazard(ctx, op, false, SG_HAZARD_NEEDS_BACKFILL, "fails while '%s.%s' holds NULLs", table, w->name);
	}
	sg_strbuf_release(&cname);
	sg_strbuf_release(&expr);
	sg_strbuf_release(&seq);
	return true;
}

/* Remember a unique key or index that exists only once the _concurrently step has run. */
static void online_late_key(diff_ctx *ctx, const char *table, const sg_constraint *con, const sg_index *idx)
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
static bool online_add_constraint(diff_ctx *ctx, const char *table, const sg_constraint *w, bool existing)
{
	if (existing && sg_online_key_by_index(w, ctx->qual)) {
		/* Each statement commits on its own: the index exists when the constraint takes it. */
		sg_online_key_index(&ctx->up, ctx->qual, table, w);
		sg_strbuf_addch(&ctx->up, '\n');
		sg_online_attach_key(&ctx->up, ctx->qual, table, w);
		/* Dropping the constraint drops its index. */
		sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
		finish_op(ctx, SG_PHASE_CONCURRENT_INDEX, table, w->name, "add %s %s on %s using an index built CONCURRENTLY",
			  kind_word(w), w->name, table);
		online_late_key(ctx, table, w, NULL);
		return true;
	}
	if (w->kind != SG_CON_FOREIGN_KEY || !sg_online_keys_serve(&ctx->late_keys, w))
		return false;
	sg_ddl_add_constraint(&ctx->up, ctx->qual, table, w, true);
	sg_ddl_drop_constraint(&ctx->down, ctx->qual, table, w->name);
	finish_op(ctx, SG_PHASE_LATE_FOREIGN_KEY, table, w->name, "add %s %s on %s", kind_word(w), w->name, table);
	if (w->not_valid)
		return true;
	sg_online_validate(&ctx->up, ctx->qual, table, w->name);
	nothing_to_undo(ctx, "validation changes no definition");
	finish_op(ctx, SG_PHASE_VALIDATE_LATE, table, w->name, "validate %s %s on %s", kind_word(w), w->name, table);
	return true;
}

int sg_diff(sg_plan *plan, const sg_schema *current, const sg_schema *desired, const sg_diff_options *opts)
{
	diff_ctx ctx = {
		.plan = plan,
		.cur = current,
		.want = desired,
		.qual = opts ? opts->qual : NULL,
		.online = opts ? opts->online : false,
		.up = SG_STRBUF_INIT,
		.down = SG_STRBUF_INIT,
		.msg = SG_STRBUF_INIT,
	};
	if (ctx.qual && !(plan->schema = sg_arena_strdup(plan->arena, ctx.qual))) {
		plan->failed = true;
		return -1;
	}
	ctx.cur_match = calloc(current->ntables + 1, sizeof(*ctx.cur_match));
	if (!ctx.cur_match) {
		plan->failed = true;
		return -1;
	}
	match_tables(&ctx);
	find_recreated_enums(&ctx);
	if (build_maps(&ctx) != 0)
		plan->failed = true;
	if (!plan->failed) {
		if (opts && opts->create_schema)
			create_schema(&ctx, opts->create_schema);
		diff_extensions(&ctx);
		diff_enums(&ctx);
		diff_tables(&ctx);
		if (ctx.online)
			sg_online_mark_rewrites(plan);
	}
	for (size_t i = 0; ctx.maps && i < current->ntables; i++)
		sg_colmap_release(&ctx.maps[i]);
	free(ctx.maps);
	free(ctx.cur_match);
	sg_online_keys_release(&ctx.late_keys);
	free(ctx.dropped_keys);
	free(ctx.dropped_key_tables);
	free(ctx.recreated);
	sg_strbuf_release(&ctx.up);
	sg_strbuf_release(&ctx.down);
	sg_strbuf_release(&ctx.msg);
	return plan->failed ? -1 : 0;
}
