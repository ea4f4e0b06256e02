/*
 * Triggers in a diff (docs/diff.md, "Triggers").  A trigger is its table (or
 * view) and its name; both sides are compared as pg_get_triggerdef() prints
 * them (the desired one read back from the scratch schema).  A trigger whose
 * text changes, or whose function the plan drops and creates again
 * (PostgreSQL drops the trigger with it otherwise: it refuses), or whose WHEN
 * or `update of` reads a column that changes type (PostgreSQL refuses ALTER
 * COLUMN TYPE under it), is dropped before anything else changes and created
 * again once its table and function are final; PostgreSQL has no ALTER
 * TRIGGER for its parts.  A changed `enabled` alone is ALTER TABLE ...
 * ENABLE / DISABLE TRIGGER, a changed comment alone COMMENT ON TRIGGER; a
 * trigger created (again) gets its comment with its CREATE
 * (sg_ddl_create_trigger).  The triggers
 * of a dropped table are dropped on their own first, so that the down
 * creates them again once the table is back.
 *
 * A view's triggers go with the view (diff_view.c): a view created, or
 * dropped and created again, creates its triggers in the same operation, and
 * DROP VIEW drops them; only the triggers of a view that stays are diffed
 * here one by one (sg_diff__view_triggers), created after the views.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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

/*
 * Whether current `c` of relation `crel` reads as desired `w` of `wrel` once
 * its name and its relation's are set aside: the definition names both
 * (`CREATE [CONSTRAINT] TRIGGER name ... ON rel ...`), and a trigger renamed,
 * or on a renamed table or view, is the same trigger.  Any other spelling
 * reads as a change (dropped and created again).
 */
static bool same_definition(const sg_trigger *c, const char *crel, const sg_trigger *w, const char *wrel)
{
	if (strcmp(c->name, w->name) == 0 && strcmp(crel, wrel) == 0)
		return strcmp(c->definition, w->definition) == 0;
	const char *create = c->constraint ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
	sg_strbuf head = SG_STRBUF_INIT, on = SG_STRBUF_INIT, as_w = SG_STRBUF_INIT;
	sg_strbuf_adds(&head, create);
	sg_quote_ident(&head, c->name);
	sg_strbuf_addch(&head, ' ');
	sg_strbuf_adds(&on, " ON ");
	sg_quote_ident(&on, crel);
	sg_strbuf_addch(&on, ' ');
	bool same = false;
	if (!sg_strbuf_failed(&head) && !sg_strbuf_failed(&on) && strncmp(c->definition, head.data, head.len) == 0) {
		const char *rest = c->definition + head.len, *at = strstr(rest, on.data);
		if (at) {
			sg_strbuf_adds(&as_w, create);
			sg_quote_ident(&as_w, w->name);
			sg_strbuf_addch(&as_w, ' ');
			sg_strbuf_add(&as_w, rest, (size_t)(at - rest));
			sg_strbuf_adds(&as_w, " ON ");
			sg_quote_ident(&as_w, wrel);
			sg_strbuf_adds(&as_w, at + on.len - 1);
			same = !sg_strbuf_failed(&as_w) && strcmp(as_w.data, w->definition) == 0;
		}
	}
	sg_strbuf_release(&head);
	sg_strbuf_release(&on);
	sg_strbuf_release(&as_w);
	return same;
}

/* Whether trigger `tg` names column `col` in its `update of` list or its WHEN condition (`new.col`, `old.col`). */
static bool names_column(const sg_trigger *tg, const char *col, sg_strbuf *q)
{
	for (size_t i = 0; i < tg->ncolumns; i++)
		if (strcmp(tg->columns[i], col) == 0)
			return true;
	if (!tg->when)
		return false;
	sg_strbuf_reset(q);
	sg_quote_ident(q, col);
	for (const char *p = strstr(tg->when, q->data); p; p = strstr(p + 1, q->data)) {
		const char *rec = p - tg->when >= 4 && p[-1] == '.' ? p - 4 : NULL;
		if (!rec || (strncasecmp(rec, "new", 3) != 0 && strncasecmp(rec, "old", 3) != 0))
			continue;
		if (rec > tg->when && (isalnum((unsigned char)rec[-1]) || rec[-1] == '_' || rec[-1] == '"'))
			continue;
		const char *after = p + q->len;
		if (q->data[0] != '"' && (isalnum((unsigned char)*after) || *after == '_' || *after == '$'))
			continue;
		return true;
	}
	return false;
}

/*
 * Whether current trigger `c` of relation `crel` reads (WHEN, `update of`) a
 * column of its table that goes, is rebuilt or changes type or collation:
 * PostgreSQL refuses ALTER COLUMN TYPE under it ("cannot alter type of a
 * column used in a trigger definition"), so it is dropped before and created
 * again after, as a changed trigger is.
 */
static bool reads_changed_column(const diff_ctx *ctx, const sg_trigger *c, const char *crel)
{
	const sg_table *ct = c->when || c->ncolumns ? sg_schema_find_table(ctx->cur, crel) : NULL;
	if (!ct)
		return false;
	size_t ti = (size_t)(ct - ctx->cur->tables);
	const sg_colmap *m = &ctx->maps[ti];
	sg_strbuf q = SG_STRBUF_INIT;
	bool changed = false;
	for (size_t k = 0; k < ct->ncolumns && !changed && ctx->cur_match[ti]; k++) {
		const sg_column *cc = &ct->columns[k], *wc = m->cur_to_want[k];
		if (names_column(c, cc->name, &q))
			changed = !wc || sg_diff__column_recreated(m, k) ||
				  !sg_diff__same_type(ctx, cc->type, wc->type) ||
				  !sg_str_eq(cc->collation, wc->collation) || sg_diff__uses_recreated_enum(ctx, cc) ||
				  sg_diff__type_redone(ctx, cc->type);
	}
	sg_strbuf_release(&q);
	return changed;
}

/* Current trigger `tg` of relation `rel` as the catalog read it (ctx->cur_original), before the renames. */
static const sg_trigger *trigger_original(const diff_ctx *ctx, const char *rel, const sg_trigger *tg)
{
	const sg_schema *o = ctx->cur_original;
	if (!o || o == ctx->cur)
		return tg;
	const sg_table *t = sg_schema_find_table(o, rel);
	const sg_view *v = t ? NULL : sg_schema_find_view(o, rel);
	const sg_trigger *found = t   ? sg_find_trigger(t->triggers, t->ntriggers, tg->name)
				  : v ? sg_find_trigger(v->triggers, v->ntriggers, tg->name)
				      : NULL;
	return found ? found : tg;
}

/*
 * Whether the WHEN condition of `tg` (as the catalog read it: the names
 * before the renames) calls a function of the schema that the plan drops,
 * or drops and creates again: PostgreSQL refuses the DROP FUNCTION under
 * the trigger (pg_depend).  By name: an overload of it counts too.
 */
static bool when_calls_recreated(const diff_ctx *ctx, const sg_trigger *tg)
{
	for (size_t i = 0; tg->when && i < ctx->cur->nfunctions; i++) {
		const sg_function *fn = &ctx->cur->functions[i];
		if (sg_diff__text_calls(tg->when, fn->name) && sg_diff__function_recreated(ctx, fn))
			return true;
	}
	return false;
}

/* Whether WHEN condition `when` calls a function of `list` (n of them), by name. */
static bool when_calls_listed(const char *when, const sg_function *const *list, size_t n)
{
	for (size_t i = 0; when && i < n; i++)
		if (sg_diff__text_calls(when, list[i]->name))
			return true;
	return false;
}

bool sg_diff__trigger_kept(const diff_ctx *ctx, const sg_trigger *c, const char *crel, const sg_trigger *w,
			   const char *wrel)
{
	/*
	 * ALTER TRIGGER ... RENAME leaves a constraint trigger's pg_constraint row
	 * under the old name (PostgreSQL 15), which a later constraint or
	 * constraint trigger of that name then collides with: one renamed is
	 * dropped and created under its new name.
	 */
	if (!w || (c->constraint && strcmp(c->name, w->name) != 0) || !same_definition(c, crel, w, wrel) ||
	    reads_changed_column(ctx, c, crel))
		return false;
	/* A function only renamed keeps its triggers: their text is read with its new name. */
	if (c->function_name && c->function_types &&
	    sg_diff__function_dropped_under(ctx, c->function_name, c->function_types))
		return false;
	/* A WHEN that casts to a domain or an enum the plan drops and creates again holds it (DROP refuses). */
	return !when_calls_recreated(ctx, trigger_original(ctx, crel, c)) &&
	       !sg_diff__text_names_redone_domain(ctx, c->when) && !sg_diff__text_names_recreated_enum(ctx, c->when);
}

/* The current trigger (of `c`) that desired `w` continues: the one of its name, else the one it is renamed from. */
static const sg_trigger *predecessor(const sg_trigger *c, size_t nc, const sg_trigger *w)
{
	const sg_trigger *old = sg_find_trigger(c, nc, w->name);
	return old || !w->renamed_from ? old : sg_find_trigger(c, nc, w->renamed_from);
}

const sg_trigger *sg_diff__trigger_successor(const sg_trigger *c, size_t nc, const sg_trigger *w, size_t nw,
					     const sg_trigger *t)
{
	const sg_trigger *next = sg_find_trigger(w, nw, t->name);
	for (size_t k = 0; k < nw && !next; k++)
		if (w[k].renamed_from && strcmp(w[k].renamed_from, t->name) == 0 && !sg_find_trigger(c, nc, w[k].name))
			next = &w[k];
	return next;
}

void sg_diff__create_triggers_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const sg_trigger *list, size_t n)
{
	for (size_t k = 0; k < n; k++)
		create_sql(ctx, sb, rel, &list[k]);
}

void sg_diff__create_trigger_moved_sql(diff_ctx *ctx, sg_strbuf *sb, const char *defrel, const char *rel,
				       const sg_trigger *tg)
{
	sg_strbuf on = SG_STRBUF_INIT, moved = SG_STRBUF_INIT;
	sg_strbuf_adds(&on, " ON ");
	sg_quote_ident(&on, defrel);
	sg_strbuf_addch(&on, ' ');
	const char *at = strcmp(defrel, rel) != 0 && !sg_strbuf_failed(&on) ? strstr(tg->definition, on.data) : NULL;
	sg_trigger copy = *tg;
	if (at) {
		sg_strbuf_add(&moved, tg->definition, (size_t)(at - tg->definition));
		sg_strbuf_adds(&moved, " ON ");
		sg_quote_ident(&moved, rel);
		sg_strbuf_adds(&moved, at + on.len - 1);
		if (!sg_strbuf_failed(&moved))
			copy.definition = moved.data;
	}
	create_sql(ctx, sb, rel, &copy);
	sg_strbuf_release(&on);
	sg_strbuf_release(&moved);
}

/* Drop the current triggers `c` of relation `crel` that `w` (of `wrel`, NULL when it goes) does not keep. */
static void drop_changed(diff_ctx *ctx, const char *table, const char *crel, const sg_trigger *c, size_t nc,
			 const char *wrel, const sg_trigger *w, size_t nw)
{
	for (size_t k = 0; k < nc; k++) {
		if (sg_diff__trigger_kept(ctx, &c[k], crel, sg_diff__trigger_successor(c, nc, w, nw, &c[k]), wrel))
			continue;
		drop_sql(ctx, &ctx->up, crel, &c[k]);
		/* Dropped before the function renames: its down runs once they are undone. */
		create_sql(ctx, &ctx->down, crel, trigger_original(ctx, crel, &c[k]));
		/*
		 * A WHEN that calls a function dropped with the views (its body reads
		 * one) goes with them, before it (diff_views runs after this).
		 */
		sg_phase phase =
		    when_calls_listed(trigger_original(ctx, crel, &c[k])->when, ctx->view_fns, ctx->nview_fns)
			? SG_PHASE_DROP_VIEW
			: SG_PHASE_DROP_TRIGGER;
		sg_diff__finish_op(ctx, phase, table, c[k].name, "drop trigger %s.%s", crel, c[k].name);
	}
}

/* ALTER TRIGGER `from` ON `rel` RENAME TO `to`, appended to sb. */
static void rename_sql(diff_ctx *ctx, sg_strbuf *sb, const char *rel, const char *from, const char *to)
{
	sg_diff__newline_if_any(sb);
	sg_strbuf_adds(sb, "ALTER TRIGGER ");
	sg_quote_ident(sb, from);
	sg_strbuf_adds(sb, " ON ");
	sg_ddl_name(sb, ctx->qual, rel);
	sg_strbuf_adds(sb, " RENAME TO ");
	sg_quote_ident(sb, to);
	sg_strbuf_adds(sb, ";");
}

/*
 * Create the desired triggers `w` of `wrel` that current `c` (of `crel`; NULL:
 * a new table) does not have as they are; rename those `renamed_from` finds
 * kept, and set the enabled state of the kept ones that change it (renamed
 * first: both statements name the trigger as it is then).
 */
static void create_changed(diff_ctx *ctx, const char *table, const char *wrel, const sg_trigger *w, size_t nw,
			   const char *crel, const sg_trigger *c, size_t nc, sg_phase phase)
{
	for (size_t k = 0; k < nw; k++) {
		/*
		 * A table's trigger whose WHEN calls a function created after the
		 * views is created after it, by sg_diff__triggers_after_views.
		 */
		if (table &&
		    ctx->triggers_after_views != when_calls_listed(w[k].when, ctx->view_fns_want, ctx->nview_fns_want))
			continue;
		const sg_trigger *old = predecessor(c, nc, &w[k]);
		if (old && sg_diff__trigger_kept(ctx, old, crel, &w[k], wrel)) {
			if (strcmp(old->name, w[k].name) != 0) {
				rename_sql(ctx, &ctx->up, wrel, old->name, w[k].name);
				rename_sql(ctx, &ctx->down, wrel, w[k].name, old->name);
				sg_diff__finish_op(ctx, phase, table, w[k].name, "rename trigger %s.%s to %s", wrel,
						   old->name, w[k].name);
			}
			if (!sg_str_eq(old->comment, w[k].comment)) {
				sg_ddl_comment_trigger(&ctx->up, ctx->qual, wrel, w[k].name, w[k].comment);
				sg_ddl_comment_trigger(&ctx->down, ctx->qual, wrel, w[k].name, old->comment);
				sg_diff__finish_op(ctx, phase, table, w[k].name, "comment on trigger %s.%s", wrel,
						   w[k].name);
			}
			if (old->enabled == w[k].enabled)
				continue;
			sg_trigger back = *old;
			back.name = w[k].name;
			sg_ddl_enable_trigger(&ctx->up, ctx->qual, wrel, &w[k]);
			sg_ddl_enable_trigger(&ctx->down, ctx->qual, wrel, &back);
			sg_diff__finish_op(ctx, phase, table, w[k].name, "%s trigger %s.%s",
					   w[k].enabled == 'D'	 ? "disable"
					   : w[k].enabled == 'R' ? "enable replica"
					   : w[k].enabled == 'A' ? "enable always"
								 : "enable",
					   wrel, w[k].name);
			continue;
		}
		/* A trigger renamed and changed is the old one dropped (drop_changed) and the new one created. */
		bool again = old && strcmp(old->name, w[k].name) == 0;
		create_sql(ctx, &ctx->up, wrel, &w[k]);
		drop_sql(ctx, &ctx->down, wrel, &w[k]);
		sg_diff__finish_op(ctx, phase, table, w[k].name, "%s trigger %s.%s", again ? "create again" : "create",
				   wrel, w[k].name);
	}
}

void sg_diff__view_triggers(diff_ctx *ctx, const sg_view *c, const sg_view *w)
{
	drop_changed(ctx, NULL, c->name, c->triggers, c->ntriggers, w->name, w->triggers, w->ntriggers);
	create_changed(ctx, NULL, w->name, w->triggers, w->ntriggers, c->name, c->triggers, c->ntriggers,
		       SG_PHASE_CREATE_VIEW);
}

/* The triggers of the tables: the current ones dropped (drop_triggers), the desired ones created in `phase`. */
static void table_triggers(diff_ctx *ctx, bool drop_triggers, sg_phase phase)
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
		if (drop_triggers)
			drop_changed(ctx, ct->name, ct->name, ct->triggers, ct->ntriggers, wt ? wt->name : ct->name,
				     wt ? wt->triggers : NULL, wt ? wt->ntriggers : 0);
	}
	for (size_t i = 0; i < want->ntables; i++) {
		const sg_table *wt = &want->tables[i], *ct = counterpart[i];
		create_changed(ctx, wt->name, wt->name, wt->triggers, wt->ntriggers, ct ? ct->name : wt->name,
			       ct ? ct->triggers : NULL, ct ? ct->ntriggers : 0, phase);
	}
	free(counterpart);
}

void sg_diff__diff_triggers(diff_ctx *ctx)
{
	table_triggers(ctx, true, SG_PHASE_CREATE_TRIGGER);
}

void sg_diff__triggers_after_views(diff_ctx *ctx)
{
	ctx->triggers_after_views = true;
	table_triggers(ctx, false, SG_PHASE_CREATE_VIEW);
	ctx->triggers_after_views = false;
}
