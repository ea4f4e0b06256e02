/*
 * Triggers in a diff (docs/diff.md, "Triggers").  A trigger is its table (or
 * view) and its name; both sides are compared as pg_get_triggerdef() prints
 * them (the desired one read back from the scratch schema).  A trigger whose
 * text changes, or whose function the plan drops and creates again
 * (PostgreSQL drops the trigger with it otherwise: it refuses), is dropped
 * before anything else changes and created again once its table and function
 * are final; PostgreSQL has no ALTER TRIGGER for its parts.  A changed
 * `enabled` alone is ALTER TABLE ... ENABLE / DISABLE TRIGGER.  The triggers
 * of a dropped table are dropped on their own first, so that the down
 * creates them again once the table is back.
 *
 * A view's triggers go with the view (diff_view.c): a view created, or
 * dropped and created again, creates its triggers in the same operation, and
 * DROP VIEW drops them; only the triggers of a view that stays are diffed
 * here one by one (sg_diff__view_triggers), created after the views.
 */
#include <stdlib.h>
#include <string.h>

#include "diff_int.h"

static void drop_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const sg_trigger *tg)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "DROP TRIGGER ");
	sg_quote_ident(sb, tg->name);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, ctx->qual, rel);
	sg_strbuf_adds(sb, ";");
}

static void create_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const sg_trigger *tg)
{
	sg_diff__newline_if_any(sb);
	sg_ddl_create_trigger(sb, ctx->qual, rel, tg);
}

bool sg_diff__trigger_kept(const diff_ctx *ctx, const sg_trigger *c, const sg_trigger *w)
{
	if (!w || strcmp(c->definition, w->definition) != 0)
		return false;
	return !(c->function_name && c->function_types &&
		 sg_diff__function_dropped(ctx, c->function_name, c->function_types));
}

void sg_diff__create_triggers_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const sg_trigger *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		create_sql(ctx, sb, rel, &list[k]);
}

/* Drop the current triggers `c` of relation `crel` that `w` (of `wrel`, NULL when it goes) does not keep. */
static void drop_changed(diff_ctx *ctx, const char *table, const char *crel, const sg_trigger *c, size_t nc,
			 const sg_trigger *w, size_t nw)
{
	for (size_t k = 0; k < nc; k++) {
		if (sg_diff__trigger_kept(ctx, &c[k], sg_find_trigger(w, nw, c[k].name)))
			continue;
		drop_sql(ctx, &ctx->up, crel, &c[k]);
		create_sql(ctx, &ctx->down, crel, &c[k]);
		sg_diff__finish_op(ctx, SG_PHASE_DROP_TRIGGER, table, c[k].name, "drop trigger %s.%s", crel, c[k].name);
	}
}

/* Create the desired triggers `w` of `wrel` that current `c` (NULL: a new table) does not have as they are. */
static void create_changed(diff_ctx *ctx, const char *table, const char *wrel, const sg_trigger *w, size_t nw,
			   const sg_trigger *c, size_t nc, sg_phase phase)
{
	for (size_t k = 0; k < nw; k++) {
		const sg_trigger *old = sg_find_trigger(c, nc, w[k].name);
		if (old && sg_diff__trigger_kept(ctx, old, &w[k])) {
			if (old->enabled == w[k].enabled)
				continue;
			sg_ddl_enable_trigger(&ctx->up, ctx->qual, wrel, &w[k]);
			sg_ddl_enable_trigger(&ctx->down, ctx->qual, wrel, old);
			sg_diff__finish_op(ctx, phase, table, w[k].name, "%s trigger %s.%s",
					   w[k].enabled == 'D'	 ? "disable"
					   : w[k].enabled == 'R' ? "enable replica"
					   : w[k].enabled == 'A' ? "enable always"
								 : "enable",
					   wrel, w[k].name);
			continue;
		}
		create_sql(ctx, &ctx->up, wrel, &w[k]);
		drop_sql(ctx, &ctx->down, wrel, &w[k]);
		sg_diff__finish_op(ctx, phase, table, w[k].name, "%s trigger %s.%s", old ? "create again" : "create",
				   wrel, w[k].name);
	}
}

void sg_diff__view_triggers(diff_ctx *ctx, const sg_view *c, const sg_view *w)
{
	drop_changed(ctx, NULL, c->name, c->triggers, c->ntriggers, w->triggers, w->ntriggers);
	create_changed(ctx, NULL, w->name, w->triggers, w->ntriggers, c->triggers, c->ntriggers, SG_PHASE_CREATE_VIEW);
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
		drop_changed(ctx, ct->name, ct->name, ct->triggers, ct->ntriggers, wt ? wt->triggers : NULL,
			     wt ? wt->ntriggers : 0);
	}
	for (size_t i = 0; i < want->ntables; i++) {
		const sg_table *wt = &want->tables[i], *ct = counterpart[i];
		create_changed(ctx, wt->name, wt->name, wt->triggers, wt->ntriggers, ct ? ct->triggers : NULL,
			       ct ? ct->ntriggers : 0, SG_PHASE_CREATE_TRIGGER);
	}
	free(counterpart);
}
