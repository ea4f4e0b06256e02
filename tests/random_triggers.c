/*
 * Triggers in the randomized diff suite's schemas (see random_model.h): a
 * table's (before, after, for each row or statement, WHEN, `update of`,
 * enabled states, constraint triggers with FROM and deferrability,
 * transition tables, renames) and a plain view's (INSTEAD OF for each row,
 * before/after for each statement); building them, keeping them valid for
 * the loader, writing them as YAML.  Every trigger calls a trigger function
 * of the models that changes no row (random_code.c).
 */
#include "random_model.h"

#include <stdio.h>
#include <string.h>

/* ---- building ---- */

rtrig *add_random_trigger(rschema *s, rtable *t, const char *fn)
{
	if (t->ntrigs == MAXTR)
		return NULL;
	rtrig *g = &t->trigs[t->ntrigs++];
	memset(g, 0, sizeof(*g));
	g->id = fresh_id(s);
	snprintf(g->name, NAMELEN, chance(30) ? "Trig %d" : "trig%d", fresh_id(s));
	snprintf(g->fn, NAMELEN, "%s", fn);
	g->after = chance(50);
	g->row = chance(70);
	g->events = 1 + pick(g->row ? 7 : 15);
	if (g->events & EV_UPDATE && t->ncols && chance(30))
		name_copy(g->upd_col, t->cols[pick(t->ncols)].name);
	if (g->row && t->ncols && chance(40)) {
		g->when = 1 + pick(2);
		name_copy(g->when_col, t->cols[pick(t->ncols)].name);
	}
	g->enabled = chance(20) ? 1 + pick(3) : 0;
	g->constraint = g->after && g->row && chance(20);
	if (g->constraint) {
		g->deferrable = chance(50);
		g->initially_deferred = g->deferrable && chance(50);
		if (chance(40))
			name_copy(g->from, s->tables[pick(s->ntables)].name);
	} else if (g->after && chance(20)) { /* transition tables: one event, no column list */
		static const int one[] = {EV_INSERT, EV_UPDATE, EV_DELETE};
		g->events = one[pick(3)];
		g->upd_col[0] = '\0';
		g->refs = 1 + pick(3) + (chance(30) ? 4 : 0);
	}
	return g;
}

rtrig *add_view_trigger(rschema *s, rview *v, const char *fn)
{
	if (v->mat || v->ntrigs == MAXTR)
		return NULL;
	rtrig *g = &v->trigs[v->ntrigs++];
	memset(g, 0, sizeof(*g));
	g->id = fresh_id(s);
	snprintf(g->name, NAMELEN, chance(30) ? "Vtrig %d" : "vtrig%d", fresh_id(s));
	snprintf(g->fn, NAMELEN, "%s", fn);
	g->instead = chance(70);
	g->after = !g->instead && chance(50);
	g->row = g->instead;
	g->events = 1 + pick(7);
	return g;
}

/* ---- keeping the models valid ---- */

/* A renamed_from that names no other trigger of the list, its own name, or one an earlier trigger gives. */
static void sanitize_trigger_renames(rtrig *list, int n)
{
	for (int k = 0; k < n; k++) {
		rtrig *g = &list[k];
		bool bad = strcmp(g->renamed_from, g->name) == 0;
		for (int m = 0; m < n && g->renamed_from[0]; m++)
			bad |= (m != k && strcmp(list[m].name, g->renamed_from) == 0) ||
			       (m < k && strcmp(list[m].renamed_from, g->renamed_from) == 0);
		if (bad)
			g->renamed_from[0] = '\0';
	}
}

/* Drop the triggers of a list whose name another has, or whose function is gone. */
static void drop_bad_triggers(rschema *s, rtrig *list, int *n)
{
	for (int k = 0; k < *n; k++) {
		bool dup = false;
		for (int m = 0; m < k; m++)
			dup |= strcmp(list[m].name, list[k].name) == 0;
		if (dup || !find_func(s, list[k].fn, R_TRIGGER))
			drop_at(list, n, k--, sizeof(rtrig));
	}
}

void sanitize_triggers(rschema *s, rtable *t)
{
	drop_bad_triggers(s, t->trigs, &t->ntrigs);
	for (int k = 0; k < t->ntrigs; k++) {
		rtrig *g = &t->trigs[k];
		g->instead = false;
		if (g->row)
			g->events &= ~EV_TRUNCATE;
		if (!g->events)
			g->events = EV_INSERT;
		if (g->upd_col[0] && (!(g->events & EV_UPDATE) || !find_col(t, g->upd_col)))
			g->upd_col[0] = '\0';
		rcol *wc = g->when ? find_col(t, g->when_col) : NULL;
		/* PostgreSQL: a BEFORE trigger's WHEN reads no generated column of NEW. */
		if (g->when && (!g->row || !wc || (!g->after && wc->gen) || (g->when != 2 && g->events & EV_DELETE) ||
				(g->when == 2 && g->events != EV_UPDATE)))
			g->when = 0;
		if (!g->when)
			g->when_col[0] = '\0';
		/* A constraint trigger: after, for each row; deferrable makes one. */
		if (g->deferrable || g->initially_deferred || g->from[0])
			g->constraint = true;
		if (!g->after || !g->row)
			g->constraint = false;
		if (!g->constraint)
			g->deferrable = false, g->from[0] = '\0';
		if (!g->deferrable)
			g->initially_deferred = false;
		if (g->from[0] && !find_table(s, g->from))
			g->from[0] = '\0';
		/* Transition tables: after, not a constraint trigger, one event of insert, update, delete, no columns.
		 */
		int ev = g->events;
		if (!g->after || g->constraint || g->upd_col[0] ||
		    (ev != EV_INSERT && ev != EV_UPDATE && ev != EV_DELETE))
			g->refs = 0;
		if (ev == EV_INSERT)
			g->refs &= ~1;
		if (ev == EV_DELETE)
			g->refs &= ~2;
		if (!(g->refs & 3))
			g->refs = 0;
	}
	sanitize_trigger_renames(t->trigs, t->ntrigs);
}

/* A view's triggers: INSTEAD OF for each row, or before/after for each statement; no truncate, always enabled. */
void sanitize_view_triggers(rschema *s, rview *v)
{
	if (v->mat)
		v->ntrigs = 0;
	drop_bad_triggers(s, v->trigs, &v->ntrigs);
	for (int k = 0; k < v->ntrigs; k++) {
		rtrig *g = &v->trigs[k];
		g->row = g->instead;
		if (g->instead)
			g->after = false;
		g->events &= ~EV_TRUNCATE;
		if (!g->events)
			g->events = EV_INSERT;
		g->upd_col[0] = g->when_col[0] = g->from[0] = '\0';
		g->when = g->enabled = g->refs = 0;
		g->constraint = g->deferrable = g->initially_deferred = false;
	}
	sanitize_trigger_renames(v->trigs, v->ntrigs);
}

/* ---- YAML ---- */

void write_triggers(sg_strbuf *sb, const rtrig *list, int n)
{
	if (!n)
		return;
	sg_strbuf_adds(sb, "    triggers:\n");
	static const char *const evs[] = {"insert", "update", "delete", "truncate"};
	static const char *const enabled[] = {"true", "false", "replica", "always"};
	for (int k = 0; k < n; k++) {
		const rtrig *g = &list[k];
		char fn[NAMELEN + 8], col[NAMELEN + 4], text[3 * NAMELEN];
		sg_strbuf_adds(sb, "      - { name: ");
		yq(sb, g->name);
		if (g->renamed_from[0]) {
			sg_strbuf_adds(sb, ", renamed_from: ");
			yq(sb, g->renamed_from);
		}
		sg_strbuf_addf(sb, ", timing: %s, events: [",
			       g->instead ? "instead_of"
			       : g->after ? "after"
					  : "before");
		for (int e = 0, m = 0; e < 4; e++) {
			if (!(g->events & (1 << e)))
				continue;
			if (e == 1 && g->upd_col[0]) { /* the models name the columns as they are, unquoted */
				snprintf(text, sizeof(text), "update of %s", g->upd_col);
				sg_strbuf_adds(sb, m++ ? ", " : "");
				yq(sb, text);
				continue;
			}
			sg_strbuf_addf(sb, "%s%s", m++ ? ", " : "", evs[e]);
		}
		sg_strbuf_addf(sb, "], for_each: %s", g->row ? "row" : "statement");
		if (g->refs) { /* names, quoted by the loader */
			bool q = g->refs & 4;
			sg_strbuf_adds(sb, ", referencing: {");
			if (g->refs & 1)
				sg_strbuf_addf(sb, " old_table: %s", q ? "\"Old rows\"" : "old_rows");
			if (g->refs & 2)
				sg_strbuf_addf(sb, "%s new_table: %s", g->refs & 1 ? "," : "",
					       q ? "\"New rows\"" : "new_rows");
			sg_strbuf_adds(sb, " }");
		}
		if (g->when) {
			sql_ident(col, sizeof(col), g->when_col);
			if (g->when == 1)
				snprintf(text, sizeof(text), "NEW.%s IS NOT NULL", col);
			else if (g->when == 3)
				when_tref_text(text, sizeof(text), col, &g->wref);
			else
				snprintf(text, sizeof(text), "OLD.%s IS DISTINCT FROM NEW.%s", col, col);
			sg_strbuf_adds(sb, ", when: ");
			yq(sb, text);
		}
		sql_ident(fn, sizeof(fn), g->fn);
		snprintf(text, sizeof(text), "%s()", fn);
		sg_strbuf_adds(sb, ", function: ");
		yq(sb, text);
		if (g->constraint)
			sg_strbuf_adds(sb, ", constraint: true");
		if (g->from[0]) {
			sql_ident(col, sizeof(col), g->from);
			sg_strbuf_adds(sb, ", from: ");
			yq(sb, col);
		}
		if (g->deferrable)
			sg_strbuf_adds(sb, ", deferrable: true");
		if (g->initially_deferred)
			sg_strbuf_adds(sb, ", initially_deferred: true");
		if (g->enabled)
			sg_strbuf_addf(sb, ", enabled: %s", enabled[g->enabled]);
		sg_strbuf_adds(sb, " }\n");
	}
}
