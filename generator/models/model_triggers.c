/*
 * The `triggers:` of a model table or plain view (docs/models.md,
 * "Triggers"): each entry in parts (timing, events, for_each, when,
 * referencing, function, constraint, from, deferrable, enabled, and
 * renamed_from: not itself, not a trigger still there, not shared), checked
 * here against the rules CREATE TRIGGER enforces (which timings a table or a
 * view takes, transition tables, constraint triggers), the columns of
 * `update of` against the table, and turned into the CREATE TRIGGER
 * statement the scratch schema runs; the statement is parsed with
 * PostgreSQL's grammar (libpg_query), so a condition or a function call that
 * does not parse is refused at load time.
 */
#include <ctype.h>
#include <pg_query.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "model_int.h"
#include "model_json.h"
#include "quote.h"

/* `s` without the blanks around it, in the arena. */
static const char *trimmed(sg_arena *arena, const char *s, size_t len)
{
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return sg_arena_strndup(arena, s, len);
}

/* One entry of `events`: its bit, and for `update of a, b` the columns appended to cols.  0 when unknown. */
static unsigned parse_event(sg_model_conv *cv, const char *ev, const char ***cols, size_t *ncols)
{
	static const struct {
		const char *word;
		unsigned bit;
	} words[] = {{"insert", SG_TRIGGER_INSERT},
		     {"update", SG_TRIGGER_UPDATE},
		     {"delete", SG_TRIGGER_DELETE},
		     {"truncate", SG_TRIGGER_TRUNCATE}};
	const char *e = ev;
	while (isspace((unsigned char)*e))
		e++;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		size_t n = strlen(words[i].word);
		if (strncasecmp(e, words[i].word, n) != 0)
			continue;
		const char *rest = e + n;
		while (isspace((unsigned char)*rest))
			rest++;
		if (!*rest)
			return words[i].bit;
		if (words[i].bit != SG_TRIGGER_UPDATE || strncasecmp(rest, "of", 2) != 0 ||
		    !isspace((unsigned char)rest[2]))
			return 0;
		rest += 3;
		size_t count = 1;
		for (const char *p = rest; *p; p++)
			count += *p == ',';
		const char **all = sg_arena_array(cv->arena, *ncols + count, sizeof(*all));
		if (!all) {
			cv->ld->oom = true;
			return 0;
		}
		if (*ncols)
			memcpy(all, *cols, *ncols * sizeof(*all));
		for (const char *p = rest;;) {
			const char *comma = strchr(p, ',');
			size_t len = comma ? (size_t)(comma - p) : strlen(p);
			const char *col = trimmed(cv->arena, p, len);
			if (!col || !*col)
				return 0;
			all[(*ncols)++] = col;
			if (!comma)
				break;
			p = comma + 1;
		}
		*cols = all;
		return SG_TRIGGER_UPDATE;
	}
	return 0;
}

/* `CREATE [CONSTRAINT] TRIGGER ...` on relation `rel` from the parts, into the arena. */
static const char *build_definition(sg_model_conv *cv, const char *rel, const sg_trigger *tg)
{
	static const char *const timing[] = {"BEFORE", "AFTER", "INSTEAD OF"};
	static const struct {
		unsigned bit;
		const char *sql;
	} events[] = {{SG_TRIGGER_INSERT, "INSERT"},
		      {SG_TRIGGER_DELETE, "DELETE"},
		      {SG_TRIGGER_UPDATE, "UPDATE"},
		      {SG_TRIGGER_TRUNCATE, "TRUNCATE"}};
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb, "CREATE %sTRIGGER ", tg->constraint ? "CONSTRAINT " : "");
	sg_quote_ident(&sb, tg->name);
	sg_strbuf_addf(&sb, " %s ", timing[tg->timing]);
	bool first = true;
	for (size_t i = 0; i < sizeof(events) / sizeof(events[0]); i++) {
		if (!(tg->events & events[i].bit))
			continue;
		sg_strbuf_addf(&sb, "%s%s", first ? "" : " OR ", events[i].sql);
		first = false;
		for (size_t k = 0; events[i].bit == SG_TRIGGER_UPDATE && k < tg->ncolumns; k++) {
			sg_strbuf_adds(&sb, k ? ", " : " OF ");
			sg_quote_ident(&sb, tg->columns[k]);
		}
	}
	sg_strbuf_adds(&sb, " ON ");
	sg_quote_ident(&sb, rel);
	if (tg->from)
		sg_strbuf_addf(&sb, " FROM %s", tg->from);
	if (tg->deferrable)
		sg_strbuf_addf(&sb, " DEFERRABLE INITIALLY %s", tg->initially_deferred ? "DEFERRED" : "IMMEDIATE");
	if (tg->old_table || tg->new_table) {
		sg_strbuf_adds(&sb, " REFERENCING");
		if (tg->old_table) {
			sg_strbuf_adds(&sb, " OLD TABLE AS ");
			sg_quote_ident(&sb, tg->old_table);
		}
		if (tg->new_table) {
			sg_strbuf_adds(&sb, " NEW TABLE AS ");
			sg_quote_ident(&sb, tg->new_table);
		}
	}
	sg_strbuf_addf(&sb, " FOR EACH %s", tg->for_each_row ? "ROW" : "STATEMENT");
	if (tg->when)
		sg_strbuf_addf(&sb, " WHEN (%s)", tg->when);
	sg_strbuf_addf(&sb, " EXECUTE FUNCTION %s%s", tg->function, strchr(tg->function, '(') ? "" : "()");
	const char *out = sg_strbuf_failed(&sb) ? NULL : sg_arena_strdup(cv->arena, sb.data);
	sg_strbuf_release(&sb);
	if (!out)
		cv->ld->oom = true;
	return out;
}

/* Whether `sql` is exactly one CREATE TRIGGER statement; else *msg says why (in the arena). */
static bool parses(sg_model_conv *cv, const char *sql, const char **msg)
{
	PgQueryParseResult res = pg_query_parse(sql);
	bool ok = false;
	if (res.error) {
		*msg = sg_arena_strdup(cv->arena, res.error->message);
	} else {
		sg_arena *scratch = sg_arena_new();
		const sg_json *root = scratch ? sg_json_parse(scratch, res.parse_tree) : NULL;
		const sg_json *stmts = sg_json_get(root, "stmts");
		ok = stmts && stmts->type == SG_JSON_ARRAY && stmts->n == 1 &&
		     sg_json_get(sg_json_get(stmts->items[0], "stmt"), "CreateTrigStmt");
		if (!ok)
			*msg =
			    root ? "the condition, the function call or 'from' adds to the statement" : "out of memory";
		sg_arena_free(scratch);
	}
	pg_query_free_parse_result(res);
	return ok;
}

/* One trigger's parts against each other and its relation (a view when !table), as CREATE TRIGGER checks them. */
static void check_rules(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *en, const sg_trigger *tg,
			const char *what, bool table)
{
	sg_model_loader *ld = cv->ld;
	unsigned dml = tg->events & (SG_TRIGGER_INSERT | SG_TRIGGER_UPDATE | SG_TRIGGER_DELETE);
	if (tg->timing == SG_TRIGGER_INSTEAD_OF) {
		if (table)
			sg_model__error_at(
			    ld, sg_model__key_pos(f, en, "timing"),
			    "%s: instead_of is for the triggers of views (a table's are before or after)", what);
		else if (!tg->for_each_row)
			sg_model__error_at(ld, sg_model__key_pos(f, en, "for_each"),
					   "%s: an instead_of trigger is for_each: row", what);
		if (tg->ncolumns)
			sg_model__error_at(ld, sg_model__key_pos(f, en, "events"),
					   "%s: an instead_of trigger takes no 'update of' columns", what);
		if (tg->when)
			sg_model__error_at(ld, sg_model__key_pos(f, en, "when"),
					   "%s: an instead_of trigger takes no condition", what);
	} else if (!table && tg->for_each_row) {
		sg_model__error_at(ld, sg_model__key_pos(f, en, "for_each"),
				   "%s: a view's before and after triggers are for_each: statement (its row "
				   "triggers are instead_of)",
				   what);
	}
	if (!table && tg->enabled != 'O')
		sg_model__error_at(ld, sg_model__key_pos(f, en, "enabled"),
				   "%s: a view's triggers are always enabled (PostgreSQL has no ALTER for them)", what);
	if (!table && (tg->events & SG_TRIGGER_TRUNCATE))
		sg_model__error_at(ld, sg_model__key_pos(f, en, "events"), "%s: a view has no truncate triggers", what);
	if (tg->constraint && (tg->timing != SG_TRIGGER_AFTER || !tg->for_each_row))
		sg_model__error_at(ld,
				   sg_model__key_pos(f, en,
						     sg_model__map_get(en, "constraint")   ? "constraint"
						     : sg_model__map_get(en, "deferrable") ? "deferrable"
											   : "initially_deferred"),
				   "%s: a constraint trigger is timing: after, for_each: row", what);
	if (tg->from && !tg->constraint)
		sg_model__error_at(ld, sg_model__key_pos(f, en, "from"),
				   "%s: 'from' is for constraint triggers (add constraint: true)", what);
	const sg_model_node *ref = sg_model__map_get(en, "referencing");
	if (!ref)
		return;
	sg_pos rpos = sg_model__key_pos(f, en, "referencing");
	if (!tg->old_table && !tg->new_table) {
		sg_model__error_at(ld, rpos, "%s: 'referencing' needs old_table, new_table or both", what);
		return;
	}
	if (tg->old_table)
		sg_model__check_name(cv, sg_model__key_pos(f, ref, "old_table"), tg->old_table, "a transition table");
	if (tg->new_table)
		sg_model__check_name(cv, sg_model__key_pos(f, ref, "new_table"), tg->new_table, "a transition table");
	if (!table)
		sg_model__error_at(ld, rpos, "%s: a view's triggers have no transition tables", what);
	else if (tg->timing != SG_TRIGGER_AFTER)
		sg_model__error_at(ld, rpos, "%s: transition tables are for after triggers", what);
	else if (tg->constraint)
		sg_model__error_at(ld, rpos, "%s: a constraint trigger has no transition tables", what);
	else if (tg->events & SG_TRIGGER_TRUNCATE)
		sg_model__error_at(ld, rpos, "%s: a truncate trigger has no transition tables", what);
	else if (dml != SG_TRIGGER_INSERT && dml != SG_TRIGGER_UPDATE && dml != SG_TRIGGER_DELETE)
		sg_model__error_at(ld, rpos, "%s: transition tables need exactly one event (insert, update or delete)",
				   what);
	else if (tg->ncolumns)
		sg_model__error_at(ld, rpos, "%s: transition tables cannot go with 'update of' columns", what);
	else if (tg->old_table && dml == SG_TRIGGER_INSERT)
		sg_model__error_at(ld, sg_model__key_pos(f, ref, "old_table"),
				   "%s: old_table is for update and delete triggers", what);
	else if (tg->new_table && dml == SG_TRIGGER_DELETE)
		sg_model__error_at(ld, sg_model__key_pos(f, ref, "new_table"),
				   "%s: new_table is for insert and update triggers", what);
	else if (tg->old_table && tg->new_table && strcmp(tg->old_table, tg->new_table) == 0)
		sg_model__error_at(ld, sg_model__key_pos(f, ref, "new_table"),
				   "%s: old_table and new_table must have different names", what);
}

/* Each renamed_from of relation `rel`'s triggers: not itself, not a trigger still there, not shared. */
static void check_renames(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *nodes, const sg_trigger *list,
			  size_t n, const char *rel, bool table)
{
	const char *kind = table ? "table" : "view";
	for (size_t i = 0; i < n; i++) {
		const sg_trigger *tg = &list[i];
		if (!tg->renamed_from || !tg->name)
			continue;
		sg_pos pos = sg_model__key_pos(f, sg_model__seq_at(nodes, i), "renamed_from");
		if (strcmp(tg->renamed_from, tg->name) == 0)
			sg_model__error_at(cv->ld, pos, "trigger '%s' of %s '%s' is renamed from itself", tg->name,
					   kind, rel);
		else if (sg_find_trigger(list, n, tg->renamed_from))
			sg_model__error_at(cv->ld, pos,
					   "trigger '%s' of %s '%s' is renamed from '%s', which is still a trigger of "
					   "the %s",
					   tg->name, kind, rel, tg->renamed_from, kind);
		for (size_t j = 0; j < i; j++)
			if (list[j].renamed_from && strcmp(list[j].renamed_from, tg->renamed_from) == 0)
				sg_model__error_at(
				    cv->ld, pos,
				    "triggers '%s' and '%s' of %s '%s' are both renamed from '%s' (first "
				    "at line %d)",
				    list[j].name, tg->name, kind, rel, tg->renamed_from, list[j].pos.line);
	}
}

/*
 * The `triggers` list of relation `rel` (entry node `rn`): into *out
 * (*nout entries, in the arena).  `t` is the table, NULL for a view.
 */
static void convert_list(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *rn, const y_trigger *ys,
			 unsigned count, const char *rel, const sg_table *t, sg_trigger **out, size_t *nout)
{
	if (!count)
		return;
	sg_trigger *list = sg_arena_array(cv->arena, count, sizeof(*list));
	if (!list) {
		cv->ld->oom = true;
		return;
	}
	*out = list;
	*nout = count;
	const sg_model_node *nodes = sg_model__map_get(rn, "triggers");
	for (size_t i = 0; i < count && !cv->ld->oom; i++) {
		const y_trigger *yt = &ys[i];
		const sg_model_node *en = sg_model__seq_at(nodes, i);
		sg_trigger *tg = &list[i];
		tg->name = sg_model__dup_str(cv, yt->name);
		tg->pos = sg_model__key_pos(f, en, "name");
		tg->timing = (sg_trigger_timing)yt->timing;
		tg->for_each_row = yt->for_each == 1;
		tg->when = sg_model__dup_str(cv, yt->when);
		tg->function = sg_model__dup_str(cv, yt->function);
		tg->deferrable = yt->deferrable || yt->initially_deferred;
		tg->initially_deferred = yt->initially_deferred;
		tg->constraint = yt->constraint || tg->deferrable;
		tg->from = sg_model__dup_str(cv, yt->from);
		tg->old_table = yt->referencing ? sg_model__dup_str(cv, yt->referencing->old_table) : NULL;
		tg->new_table = yt->referencing ? sg_model__dup_str(cv, yt->referencing->new_table) : NULL;
		tg->enabled = yt->enabled ? (char)yt->enabled : 'O';
		tg->renamed_from = sg_model__dup_str(cv, yt->renamed_from);
		tg->comment = sg_model__dup_str(cv, yt->comment);
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "trigger '%s' of %s '%s'", yt->name, t ? "table" : "view", rel);
		sg_model__check_name(cv, tg->pos, yt->name, what.data);
		sg_model__check_text(cv, sg_model__key_pos(f, en, "comment"), yt->comment, "comment", what.data);
		if (yt->renamed_from)
			sg_model__check_name(cv, sg_model__key_pos(f, en, "renamed_from"), yt->renamed_from, what.data);
		for (size_t k = 0; k < i; k++)
			if (strcmp(list[k].name, yt->name) == 0)
				sg_model__error_at(cv->ld, tg->pos, "duplicate %s (first at line %d)", what.data,
						   list[k].pos.line);
		const sg_model_node *evs = sg_model__map_get(en, "events");
		for (size_t k = 0; k < yt->events_count; k++) {
			sg_pos epos = sg_model__node_pos(f, sg_model__seq_at(evs, k));
			unsigned bit = parse_event(cv, yt->events[k], &tg->columns, &tg->ncolumns);
			if (!bit)
				sg_model__error_at(cv->ld, epos,
						   "%s: unknown event '%s' (insert, update, update of COLUMNS, delete, "
						   "truncate)",
						   what.data, yt->events[k]);
			else if (tg->events & bit)
				sg_model__error_at(cv->ld, epos, "%s: event '%s' given twice", what.data,
						   yt->events[k]);
			tg->events |= bit;
		}
		for (size_t k = 0; t && k < tg->ncolumns; k++)
			if (!sg_table_find_column(t, tg->columns[k]))
				sg_model__error_at(cv->ld, sg_model__key_pos(f, en, "events"), "%s: no column '%s'",
						   what.data, tg->columns[k]);
		size_t errors = cv->ld->diags->nerrors;
		check_rules(cv, f, en, tg, what.data, t != NULL);
		const char *msg = NULL;
		/* A statement that breaks a rule is not parsed: the grammar's message would say less. */
		if (tg->name && tg->function && tg->events && cv->ld->diags->nerrors == errors) {
			tg->definition = build_definition(cv, rel, tg);
			if (tg->definition && !parses(cv, tg->definition, &msg))
				sg_model__error_at(cv->ld, sg_model__key_pos(f, en, tg->when ? "when" : "function"),
						   "%s: %s", what.data, msg ? msg : "out of memory");
		}
		sg_strbuf_release(&what);
	}
	check_renames(cv, f, nodes, list, count, rel, t != NULL);
}

void sg_model__convert_triggers(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				sg_table *t)
{
	convert_list(cv, f, tn, y->triggers, y->triggers_count, t->name, t, &t->triggers, &t->ntriggers);
}

void sg_model__convert_view_triggers(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *vn,
				     const y_view *y, sg_view *v)
{
	if (y->triggers_count && v->materialized) {
		sg_model__error_at(cv->ld, sg_model__key_pos(f, vn, "triggers"),
				   "materialized view '%s' has triggers: PostgreSQL allows them on plain views only",
				   v->name);
		return;
	}
	convert_list(cv, f, vn, y->triggers, y->triggers_count, v->name, NULL, &v->triggers, &v->ntriggers);
}
