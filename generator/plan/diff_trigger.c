/*
 * Triggers in a diff (docs/diff.md, "Triggers").  A trigger is its table and
 * its name; both sides are compared as pg_get_triggerdef() prints them (the
 * desired one read back from the scratch schema).  A trigger whose text
 * changes, or whose function the plan drops and creates again (PostgreSQL
 * drops the trigger with it otherwise: it refuses), is dropped before
 * anything else changes and created again once its table and function are
 * final; PostgreSQL has no ALTER TRIGGER for its parts.  A changed `enabled`
 * alone is ALTER TABLE ... ENABLE / DISABLE TRIGGER.  The triggers of a
 * dropped table are dropped on their own first, so that the down creates
 * them again once the table is back.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_trigger *tg)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "DROP TRIGGER ");
	sg_quote_ident(sb, tg->name);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, ctx->qual, table);
	sg_strbuf_adds(sb, ";");
}

static void create_sql(diff_ctx *ctx, sg_strbuf *sb, const char *table, const sg_trigger *tg)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_create_trigger(sb, ctx->qual, table, tg);
}

/* Whether current trigger `c` stays as desired `w` is: same text, and its function is not dropped. */
static bool kept(const diff_ctx *ctx, const sg_trigger *c, const sg_trigger *w)
{
	if (!w || strcmp(c->definition, w->definition) != 0)
		return false;
	return !(c->function_name && c->function_types &&
		 sg_diff__function_dropped(ctx, c->function_name, c->function_types));
}

void sg_diff__diff_triggers(diff_ctx *ctx)
{
	const sg_schema *cur = ctx->cur, *want = ctx->want;
	const sg_table **counterpart = calloc(want->ntables + 1, sizeof(*counterpart));
	if (!counterpart) {
		ctx->plan->failed = true;
		return;
	}
	for (size_t i = 0; i < cur->ntables; i++) {
		const sg_table *ct = &cur->tables[i], *wt = ctx->cur_match[i];
		if (wt)
			counterpart[wt - want->tables] = ct;
		for (size_t k = 0; k < ct->ntriggers; k++) {
			const sg_trigger *c = &ct->triggers[k];
			if (kept(ctx, c, wt ? sg_table_find_trigger(wt, c->name) : NULL))
				continue;
			drop_sql(ctx, &ctx->up, ct->name, c);
			create_sql(ctx, &ctx->down, ct->name, c);
			sg_diff__finish_op(ctx, SG_PHASE_DROP_TRIGGER, ct->name, c->name, "drop trigger %s.%s",
					   ct->name, c->name);
		}
	}
	for (size_t i = 0; i < want->ntables; i++) {
		const sg_table *wt = &want->tables[i], *ct = counterpart[i];
		for (size_t k = 0; k < wt->ntriggers; k++) {
			const sg_trigger *w = &wt->triggers[k];
			const sg_trigger *c = ct ? sg_table_find_trigger(ct, w->name) : NULL;
			if (c && kept(ctx, c, w)) {
				if (c->enabled == w->enabled)
					continue;
				sg_ddl_enable_trigger(&ctx->up, ctx->qual, wt->name, w);
				sg_ddl_enable_trigger(&ctx->down, ctx->qual, wt->name, c);
				sg_diff__finish_op(ctx, SG_PHASE_CREATE_TRIGGER, wt->name, w->name, "%s trigger %s.%s",
						   w->enabled == 'D' ? "disable" : "enable", wt->name, w->name);
				continue;
			}
			create_sql(ctx, &ctx->up, wt->name, w);
			drop_sql(ctx, &ctx->down, wt->name, w);
			sg_diff__finish_op(ctx, SG_PHASE_CREATE_TRIGGER, wt->name, w->name, "%s trigger %s.%s",
					   c ? "create again" : "create", wt->name, w->name);
		}
	}
	free(counterpart);
}
