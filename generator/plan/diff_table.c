/*
 * sg_diff, tables: matching desired tables with current ones (renamed_from
 * first), renames in a safe order, new and dropped tables, and the order in
 * which each matched table's parts are planned.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

/*
 * CREATE TABLE ignores NOT VALID: a check the models leave `not_valid` is
 * added after the table, NOT VALID, so that the new table's catalog is the
 * one the models describe (an inspected database rebuilds as it was).
 */
static void create_table_checks_apart(diff_ctx *ctx, sg_strbuf *sb, const sg_table *t)
{
	sg_constraint *cons = malloc((t->nconstraints + 1) * sizeof(*cons));
	if (!cons) {
		ctx->plan->failed = true;
		return;
	}
	sg_table bare = *t;
	bare.constraints = cons;
	bare.nconstraints = 0;
	for (size_t i = 0; i < t->nconstraints; i++)
		if (t->constraints[i].kind != SG_CON_CHECK || !t->constraints[i].not_valid)
			cons[bare.nconstraints++] = t->constraints[i];
	sg_ddl_create_table(sb, ctx->qual, &bare);
	free(cons);
	for (size_t i = 0; i < t->nconstraints; i++) {
		if (t->constraints[i].kind != SG_CON_CHECK || !t->constraints[i].not_valid)
			continue;
		sg_strbuf_addch(sb, '\n');
		sg_ddl_add_constraint(sb, ctx->qual, t->name, &t->constraints[i], true);
	}
}

static void create_table_sql(diff_ctx *ctx, sg_strbuf *sb, const sg_table *t, bool with_indexes)
{
	for (size_t i = 0; i < t->ncolumns; i++)
		sg_diff__owned_sequence_sql(ctx, sb, t->name, &t->columns[i], false);
	sg_diff__newline_if_any(sb);
	bool not_valid = false;
	for (size_t i = 0; i < t->nconstraints; i++)
		not_valid = not_valid || (t->constraints[i].kind == SG_CON_CHECK && t->constraints[i].not_valid);
	if (not_valid)
		create_table_checks_apart(ctx, sb, t);
	else
		sg_ddl_create_table(sb, ctx->qual, t);
	for (size_t i = 0; i < t->ncolumns; i++)
		sg_diff__owned_sequence_sql(ctx, sb, t->name, &t->columns[i], true);
	sg_ddl_table_comments(sb, ctx->qual, t);
	sg_ddl_table_statistics(sb, ctx->qual, t);
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
	sg_diff__newline_if_any(sb);
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
		if (strcmp(a->columns[i].name, b->columns[i].name) != 0 ||
		    strcmp(a->columns[i].type, b->columns[i].type) != 0)
			return false;
	return true;
}

/*
 * New table `wt` without the defaults and checks that call a function created
 * after the tables (into `out`, its columns and constraints malloc'd: the
 * caller frees them); false when it has none, or out of memory (plan failed).
 */
static bool without_late_calls(diff_ctx *ctx, const sg_table *wt, sg_table *out)
{
	if (!ctx->nlate_fns)
		return false;
	bool any = false;
	for (size_t i = 0; i < wt->ncolumns && !any; i++)
		any = sg_diff__calls_late_function(ctx, wt->columns[i].default_expr);
	for (size_t i = 0; i < wt->nconstraints && !any; i++)
		any = wt->constraints[i].kind == SG_CON_CHECK &&
		      sg_diff__calls_late_function(ctx, wt->constraints[i].definition);
	if (!any)
		return false;
	*out = *wt;
	sg_column *cols = malloc((wt->ncolumns + 1) * sizeof(*cols));
	sg_constraint *cons = malloc((wt->nconstraints + 1) * sizeof(*cons));
	if (!cols || !cons) {
		free(cols);
		free(cons);
		ctx->plan->failed = true;
		return false;
	}
	for (size_t i = 0; i < wt->ncolumns; i++) {
		cols[i] = wt->columns[i];
		if (sg_diff__calls_late_function(ctx, cols[i].default_expr))
			cols[i].default_expr = cols[i].default_written = NULL;
	}
	out->nconstraints = 0;
	for (size_t i = 0; i < wt->nconstraints; i++)
		if (wt->constraints[i].kind != SG_CON_CHECK ||
		    !sg_diff__calls_late_function(ctx, wt->constraints[i].definition))
			cons[out->nconstraints++] = wt->constraints[i];
	out->columns = cols;
	out->constraints = cons;
	return true;
}

static void create_table(diff_ctx *ctx, const sg_table *wt)
{
	sg_table without;
	bool deferred = without_late_calls(ctx, wt, &without);
	create_table_sql(ctx, &ctx->up, deferred ? &without : wt, false);
	drop_table_sql(ctx, &ctx->down, wt->name);
	sg_diff__finish_op(ctx, SG_PHASE_CREATE_TABLE, wt->name, wt->name, "create table %s", wt->name);
	if (deferred) {
		/* Set and added once the functions they call exist (their downs run before the table's DROP). */
		free(without.columns);
		free(without.constraints);
		for (size_t i = 0; i < wt->ncolumns; i++) {
			const sg_column *c = &wt->columns[i];
			if (!sg_diff__calls_late_function(ctx, c->default_expr))
				continue;
			sg_diff__alter_column(ctx, &ctx->up, wt->name, c->name);
			sg_strbuf_addf(&ctx->up, "SET DEFAULT %s;", sg_ddl_default_text(c));
			sg_diff__alter_column(ctx, &ctx->down, wt->name, c->name);
			sg_strbuf_adds(&ctx->down, "DROP DEFAULT;");
			sg_diff__finish_op(ctx, SG_PHASE_ADD_CONSTRAINT, wt->name, c->name,
					   "set default of %s.%s (it calls a function created after the tables)",
					   wt->name, c->name);
		}
		for (size_t i = 0; i < wt->nconstraints; i++)
			if (wt->constraints[i].kind == SG_CON_CHECK &&
			    sg_diff__calls_late_function(ctx, wt->constraints[i].definition))
				sg_diff__add_constraint(ctx, wt->name, &wt->constraints[i], false);
	}
	for (size_t i = 0; i < wt->nindexes; i++)
		if (!wt->indexes[i].constraint_backed)
			sg_diff__create_index(ctx, wt->name, &wt->indexes[i], false);
}

/*
 * Whether current table `ct`, which the plan drops, must go before the
 * renames: a desired table (renamed from another) takes its name.
 */
static bool table_dropped_early(const diff_ctx *ctx, const sg_table *ct)
{
	return !ctx->cur_match[ct - ctx->cur->tables] && sg_schema_find_table(ctx->want, ct->name);
}

/*
 * Table `t` (current table `ct` as some point of the plan sees it) as the
 * down of its drop creates it again, before the domain renames are undone:
 * its columns of a renamed domain by its new name, and without the checks
 * and indexes that cast to a domain the plan drops and creates again: they go
 * before the re-create (and come back with their own downs once the domain is
 * back).  The defaults that do are left out too: taken off before the
 * re-create, their downs set them back (diff_function_domain.c).  A copy in
 * the plan's arena, or `t` itself when nothing changes.
 */
static const sg_table *table_for_down(diff_ctx *ctx, const sg_table *t, const sg_table *ct)
{
	size_t ncon = 0, nidx = 0, ndef = 0;
	for (size_t i = 0; i < ct->nconstraints; i++)
		ncon += sg_diff__casts_to_redone_domain(ctx, &ct->constraints[i], NULL);
	for (size_t i = 0; i < ct->nindexes; i++)
		nidx += sg_diff__casts_to_redone_domain(ctx, NULL, &ct->indexes[i]);
	sg_strbuf tmp = SG_STRBUF_INIT;
	for (size_t i = 0; i < ct->ncolumns; i++)
		ndef += sg_diff__text_names_redone_domain(ctx, ct->columns[i].default_expr) ||
			(ctx->cur->ndomains &&
			 sg_diff__type_as_renamed(ctx, ct->columns[i].type, &tmp) != ct->columns[i].type);
	sg_strbuf_release(&tmp);
	if (!ncon && !nidx && !ndef)
		return t;
	sg_table *copy = sg_arena_array(ctx->plan->arena, 1, sizeof(*copy));
	sg_constraint *cons = sg_arena_array(ctx->plan->arena, t->nconstraints + 1, sizeof(*cons));
	sg_index *idx = sg_arena_array(ctx->plan->arena, t->nindexes + 1, sizeof(*idx));
	sg_column *cols = sg_arena_array(ctx->plan->arena, t->ncolumns + 1, sizeof(*cols));
	if (!copy || !cons || !idx || !cols) {
		ctx->plan->failed = true;
		return t;
	}
	*copy = *t;
	copy->nconstraints = copy->nindexes = 0;
	for (size_t i = 0; i < t->nconstraints; i++)
		if (!sg_diff__casts_to_redone_domain(ctx, &ct->constraints[i], NULL))
			cons[copy->nconstraints++] = t->constraints[i];
	for (size_t i = 0; i < t->nindexes; i++)
		if (!sg_diff__casts_to_redone_domain(ctx, NULL, &ct->indexes[i]))
			idx[copy->nindexes++] = t->indexes[i];
	for (size_t i = 0; i < t->ncolumns; i++) {
		cols[i] = t->columns[i];
		if (sg_diff__text_names_redone_domain(ctx, ct->columns[i].default_expr))
			cols[i].default_expr = cols[i].default_written = NULL;
		if (ctx->cur->ndomains) {
			const char *type = sg_diff__type_as_renamed(ctx, t->columns[i].type, &tmp);
			if (type != t->columns[i].type && !(cols[i].type = sg_arena_strdup(ctx->plan->arena, type)))
				ctx->plan->failed = true;
		}
	}
	sg_strbuf_release(&tmp);
	copy->constraints = cons;
	copy->indexes = idx;
	copy->columns = cols;
	return copy;
}

static void drop_table(diff_ctx *ctx, const sg_table *ct)
{
	for (size_t i = 0; i < ct->nconstraints; i++)
		if (ct->constraints[i].kind == SG_CON_FOREIGN_KEY ||
		    sg_diff__casts_to_redone_domain(ctx, &ct->constraints[i], NULL))
			sg_diff__drop_constraint(ctx, ct, &ct->constraints[i]);
	/* Those that cast to a domain the plan re-creates go before it (DROP DOMAIN refuses while they exist). */
	for (size_t i = 0; i < ct->nindexes; i++)
		if (sg_diff__casts_to_redone_domain(ctx, NULL, &ct->indexes[i]))
			sg_diff__drop_index(ctx, ct->name, &ct->indexes[i]);
	bool early = table_dropped_early(ctx, ct);
	drop_table_sql(ctx, &ctx->up, ct->name);
	/* An early drop's down runs once the sequence renames are undone. */
	create_table_sql(ctx, &ctx->down, table_for_down(ctx, early ? sg_diff__table_as_read(ctx, ct) : ct, ct), true);
	sg_op *op = sg_diff__finish_op(ctx, early ? SG_PHASE_DROP_EARLY : SG_PHASE_DROP_TABLE, ct->name, ct->name,
				       "drop table %s", ct->name);
	sg_diff__hazard(ctx, op, false, SG_HAZARD_DATA_LOSS, "drops table '%s' and all its rows", ct->name);
	sg_diff__hazard(ctx, op, true, SG_HAZARD_IRREVERSIBLE, "re-creates table '%s' empty: its rows are not restored",
			ct->name);
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		if (!sg_schema_find_table(ctx->cur, wt->name) && !wt->renamed_from && same_shape(ct, wt)) {
			sg_diff__hazard(
			    ctx, op, false, SG_HAZARD_RENAME_HINT,
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
void sg_diff__match_tables(diff_ctx *ctx)
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
int sg_diff__build_maps(diff_ctx *ctx)
{
	ctx->maps = calloc(ctx->cur->ntables + 1, sizeof(*ctx->maps));
	if (!ctx->maps)
		return -1;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		if (!ctx->cur_match[i])
			continue;
		if (sg_colmap_init(&ctx->maps[i], &ctx->cur->tables[i], ctx->cur_match[i]) != 0)
			return -1;
		sg_diff__mark_rebuilt(ctx, &ctx->maps[i]);
	}
	return 0;
}

/* Table renames in an order that never takes a name in use (a swap goes through a temporary name). */
static void rename_tables(diff_ctx *ctx)
{
	diff_renames r;
	if (!sg_diff__renames_init(ctx, &r, NULL, ctx->cur->ntables + 1))
		return;
	for (size_t i = 0; i < ctx->cur->ntables; i++) {
		const sg_table *ct = &ctx->cur->tables[i], *wt = ctx->cur_match[i];
		if (!table_dropped_early(ctx, ct))
			sg_diff__renames_add(&r, ct->name, wt ? wt->name : NULL);
	}
	sg_diff__renames_emit(ctx, &r);
}

void sg_diff__diff_tables(diff_ctx *ctx)
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
		sg_diff__diff_columns(ctx, &ctx->maps[ct - ctx->cur->tables]);
		if (!sg_str_eq(ct->comment, wt->comment)) {
			sg_ddl_comment_table(&ctx->up, ctx->qual, wt->name, wt->comment);
			sg_ddl_comment_table(&ctx->down, ctx->qual, wt->name, ct->comment);
			sg_diff__finish_op(ctx, SG_PHASE_COMMENT, wt->name, wt->name, "comment on table %s", wt->name);
		}
		sg_diff__diff_constraints(ctx, ct, wt, false);
		sg_diff__diff_indexes(ctx, ct, wt);
	}
	for (size_t i = 0; i < ctx->cur->ntables; i++)
		if (!ctx->cur_match[i])
			drop_table(ctx, &ctx->cur->tables[i]);

	/* Foreign keys last: every key they might reference is known by now. */
	for (size_t i = 0; i < ctx->want->ntables; i++) {
		const sg_table *wt = &ctx->want->tables[i];
		const sg_table *ct = want_cur[i];
		if (ct) {
			sg_diff__diff_constraints(ctx, ct, wt, true);
			continue;
		}
		for (size_t k = 0; k < wt->nconstraints; k++)
			if (wt->constraints[k].kind == SG_CON_FOREIGN_KEY)
				sg_diff__add_constraint(ctx, wt->name, &wt->constraints[k], false);
	}
	free(want_cur);
}
