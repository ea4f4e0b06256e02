/*
 * The `triggers:` of a model table (docs/models.md, "Triggers"): each entry
 * in parts (timing, events, for_each, when, function, deferrable, enabled),
 * checked here, the columns of `update of` against the table, and turned
 * into the CREATE TRIGGER statement the scratch schema runs; the statement
 * is parsed with PostgreSQL's grammar (libpg_query), so a condition or a
 * function call that does not parse is refused at load time.
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

/* `CREATE [CONSTRAINT] TRIGGER ...` from the parts, into the arena. */
static const char *build_definition(sg_model_conv *cv, const char *table, const sg_trigger *tg)
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
	sg_strbuf_addf(&sb, "CREATE %sTRIGGER ", tg->deferrable ? "CONSTRAINT " : "");
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
	sg_quote_ident(&sb, table);
	if (tg->deferrable)
		sg_strbuf_addf(&sb, " DEFERRABLE INITIALLY %s", tg->initially_deferred ? "DEFERRED" : "IMMEDIATE");
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
			*msg = root ? "the condition or the function call adds to the statement" : "out of memory";
		sg_arena_free(scratch);
	}
	pg_query_free_parse_result(res);
	return ok;
}

void sg_model__convert_triggers(sg_model_conv *cv, const sg_model_file *f, const sg_model_node *tn, const y_table *y,
				sg_table *t)
{
	if (!y->triggers_count)
		return;
	t->triggers = sg_arena_array(cv->arena, y->triggers_count, sizeof(*t->triggers));
	if (!t->triggers) {
		cv->ld->oom = true;
		return;
	}
	t->ntriggers = y->triggers_count;
	const sg_model_node *list = sg_model__map_get(tn, "triggers");
	for (size_t i = 0; i < y->triggers_count && !cv->ld->oom; i++) {
		const y_trigger *yt = &y->triggers[i];
		const sg_model_node *en = sg_model__seq_at(list, i);
		sg_trigger *tg = &t->triggers[i];
		tg->name = sg_model__dup_str(cv, yt->name);
		tg->pos = sg_model__key_pos(f, en, "name");
		tg->timing = (sg_trigger_timing)yt->timing;
		tg->for_each_row = yt->for_each == 1;
		tg->when = sg_model__dup_str(cv, yt->when);
		tg->function = sg_model__dup_str(cv, yt->function);
		tg->deferrable = yt->deferrable || yt->initially_deferred;
		tg->initially_deferred = yt->initially_deferred;
		tg->enabled = yt->enabled && !*yt->enabled ? 'D' : 'O';
		sg_strbuf what = SG_STRBUF_INIT;
		sg_strbuf_addf(&what, "trigger '%s' of table '%s'", yt->name, t->name);
		sg_model__check_name(cv, tg->pos, yt->name, what.data);
		for (size_t k = 0; k < i; k++)
			if (strcmp(t->triggers[k].name, yt->name) == 0)
				sg_model__error_at(cv->ld, tg->pos, "duplicate %s (first at line %d)", what.data,
						   t->triggers[k].pos.line);
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
		for (size_t k = 0; k < tg->ncolumns; k++)
			if (!sg_table_find_column(t, tg->columns[k]))
				sg_model__error_at(cv->ld, sg_model__key_pos(f, en, "events"), "%s: no column '%s'",
						   what.data, tg->columns[k]);
		const char *msg = NULL;
		if (tg->name && tg->function && tg->events) {
			tg->definition = build_definition(cv, t->name, tg);
			if (tg->definition && !parses(cv, tg->definition, &msg))
				sg_model__error_at(cv->ld, sg_model__key_pos(f, en, tg->when ? "when" : "function"),
						   "%s: %s", what.data, msg ? msg : "out of memory");
		}
		sg_strbuf_release(&what);
	}
}
