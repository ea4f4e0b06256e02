/*
 * sg_diff: compare two sorted schemas and plan the operations between them.
 *
 * Matching is by name, with `renamed_from` hints on the desired side.  Every
 * operation carries its exact inverse as down SQL, so a plan run up and then
 * down returns the catalog to where it started.  Foreign keys are planned
 * after everything else: they are dropped first and added last, so cycles need
 * no special handling, and a key whose referenced PRIMARY KEY or UNIQUE
 * constraint is re-created is re-created with it.
 *
 * One file per object kind, sharing diff_int.h: this one holds the entry
 * point, the operation builders and extensions; diff_table.c, diff_column.c,
 * diff_constraint.c (keys, checks, foreign keys, indexes), diff_enum.c,
 * diff_domain.c and diff_online.c the rest.  A new kind (sequences, domains, views...) gets its
 * own diff_<kind>.c called from sg_diff().
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

sg_op *sg_diff__finish_op(diff_ctx *ctx, sg_phase phase, const char *table, const char *object, const char *fmt, ...)
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

void sg_diff__hazard(diff_ctx *ctx, sg_op *op, bool down, sg_hazard_code code, const char *fmt, ...)
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

void sg_diff__alter_table(diff_ctx *ctx, sg_strbuf *sb, const char *table)
{
	sg_strbuf_adds(sb, "ALTER TABLE ");
	sg_ddl_name(sb, ctx->qual, table);
	sg_strbuf_addch(sb, ' ');
}

void sg_diff__alter_column(diff_ctx *ctx, sg_strbuf *sb, const char *table, const char *column)
{
	sg_diff__alter_table(ctx, sb, table);
	sg_strbuf_adds(sb, "ALTER COLUMN ");
	sg_quote_ident(sb, column);
	sg_strbuf_addch(sb, ' ');
}

void sg_diff__newline_if_any(sg_strbuf *sb)
{
	if (sb->len)
		sg_strbuf_addch(sb, '\n');
}

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
	sg_diff__finish_op(ctx, SG_PHASE_CREATE_EXTENSION, NULL, name, "create schema %s", name);
}

static void diff_extensions(diff_ctx *ctx)
{
	for (size_t i = 0; i < ctx->want->nextensions; i++) {
		const char *name = ctx->want->extensions[i].name;
		if (has_extension(ctx->cur, name))
			continue;
		create_extension(ctx, &ctx->up, name);
		drop_extension(ctx, &ctx->down, name);
		sg_diff__finish_op(ctx, SG_PHASE_CREATE_EXTENSION, NULL, name, "create extension %s", name);
	}
	for (size_t i = 0; i < ctx->cur->nextensions; i++) {
		const char *name = ctx->cur->extensions[i].name;
		if (has_extension(ctx->want, name))
			continue;
		drop_extension(ctx, &ctx->up, name);
		create_extension(ctx, &ctx->down, name);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_EXTENSION, NULL, name, "drop extension %s", name);
	}
}

void sg_diff__guarded_sql(diff_ctx *ctx, sg_strbuf *sb, const char *stmt, const char *fmt, ...)
{
	sg_strbuf_reset(&ctx->msg);
	va_list ap;
	va_start(ap, fmt);
	sg_strbuf_vaddf(&ctx->msg, fmt, ap);
	va_end(ap);
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "DO $sg$\n");
	sg_diff__guard_block(sb, stmt, "integrity_constraint_violation", ctx->msg.data);
	sg_strbuf_adds(sb, "\n$sg$;");
}

void sg_diff__guard_block(sg_strbuf *sb, const char *body, const char *condition, const char *message)
{
	sg_strbuf_adds(sb, "BEGIN\n\t");
	/* Lines indented, but not those inside a literal (a comment's text may hold a line break). */
	bool literal = false;
	for (const char *p = body; *p; p++) {
		sg_strbuf_addch(sb, *p);
		if (*p == '\'')
			literal = !literal;
		if (*p == '\n' && !literal)
			sg_strbuf_addch(sb, '\t');
	}
	sg_strbuf_addf(sb, "\nEXCEPTION WHEN %s THEN\n\tRAISE WARNING '%%', ", condition);
	sg_quote_literal(sb, message);
	sg_strbuf_adds(sb, ";\nEND");
}

void sg_diff__rename_sql(diff_ctx *ctx, sg_strbuf *sb, const char *what, const char *table, const char *from,
			 const char *to)
{
	sg_diff__newline_if_any(sb);
	if (strcmp(what, "TABLE") == 0) {
		sg_strbuf_adds(sb, "ALTER TABLE ");
		sg_ddl_name(sb, ctx->qual, from);
		sg_strbuf_adds(sb, " RENAME TO ");
	} else if (strcmp(what, "INDEX") == 0) {
		sg_strbuf_adds(sb, "ALTER INDEX ");
		sg_ddl_name(sb, ctx->qual, from);
		sg_strbuf_adds(sb, " RENAME TO ");
	} else {
		sg_diff__alter_table(ctx, sb, table);
		sg_strbuf_addf(sb, "RENAME %s ", what);
		sg_quote_ident(sb, from);
		sg_strbuf_adds(sb, " TO ");
	}
	sg_quote_ident(sb, to);
	sg_strbuf_adds(sb, ";");
}

int sg_diff(sg_plan *plan, const sg_schema *current, const sg_schema *desired, const sg_diff_options *opts)
{
	sg_schema renamed, renamed_calls;
	/*
	 * Domain and function renames run first of all (SG_PHASE_CREATE_DOMAIN,
	 * SG_PHASE_CREATE_FUNCTION): every down but those of the callers dropped
	 * around a domain (`original`) runs while the new names are in place.  Sequence
	 * renames run after the early drops, whose downs read `as_read`.
	 */
	const sg_schema *original = current;
	current = sg_diff__renamed_function_callers(plan, current, desired, &renamed_calls);
	const sg_schema *as_read = current;
	current = sg_diff__renamed_defaults(plan, current, desired, &renamed);
	diff_ctx ctx = {
	    .plan = plan,
	    .cur = current,
	    .cur_as_read = as_read,
	    .cur_original = original,
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
	sg_diff__match_tables(&ctx);
	sg_diff__find_recreated_enums(&ctx);
	if (sg_diff__build_maps(&ctx) != 0)
		plan->failed = true;
	if (!plan->failed)
		sg_diff__find_recreated_domains(&ctx);
	if (!plan->failed && !plan->refused)
		sg_diff__find_callee_functions(&ctx);
	if (!plan->failed) {
		if (opts && opts->create_schema)
			create_schema(&ctx, opts->create_schema);
		diff_extensions(&ctx);
		sg_diff__diff_enums(&ctx);
		sg_diff__diff_domains(&ctx);
		sg_diff__diff_sequences(&ctx);
		sg_diff__find_view_functions(&ctx);
		sg_diff__domain_function_callers(&ctx);
		sg_diff__function_users(&ctx);
		sg_diff__diff_functions(&ctx);
		sg_diff__find_late_functions(&ctx);
		sg_diff__diff_tables(&ctx);
		sg_diff__drop_domain_functions(&ctx);
		sg_diff__diff_triggers(&ctx);
		sg_diff__diff_views(&ctx);
		if (ctx.online)
			sg_online_mark_rewrites(plan);
		sg_diff__check_dependents(&ctx);
	}
	for (size_t i = 0; ctx.maps && i < current->ntables; i++)
		sg_colmap_release(&ctx.maps[i]);
	free(ctx.maps);
	free(ctx.cur_match);
	sg_online_keys_release(&ctx.late_keys);
	free(ctx.dropped_keys);
	free(ctx.dropped_key_tables);
	free(ctx.recreated);
	free(ctx.recreated_from);
	free(ctx.domain_group);
	free(ctx.domain_enum);
	free(ctx.moved_functions);
	free(ctx.early_defaults);
	free(ctx.put_back);
	free(ctx.around);
	free(ctx.view_fns);
	free(ctx.view_fns_dropped);
	free(ctx.view_fns_want);
	free(ctx.view_fns_created);
	free(ctx.late_fns);
	sg_strbuf_release(&ctx.up);
	sg_strbuf_release(&ctx.down);
	sg_strbuf_release(&ctx.msg);
	return plan->failed ? -1 : 0;
}
