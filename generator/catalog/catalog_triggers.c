/*
 * The triggers of the catalog reader (catalog_int.h): one query for the
 * triggers of the managed tables (not the internal ones of foreign keys and
 * deferred keys), one for those of the schema's views, and the readers of
 * their rows into each table's and view's triggers.
 *
 * What the diff compares is pg_get_triggerdef(oid, true): the table and the
 * function are named without their schema when the pinned search_path finds
 * them, so a scratch copy reads as the live one.  Its parts (timing, events,
 * columns, condition, transition tables, a constraint trigger's FROM table,
 * function call) are read too, for inspect.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */

/* The columns both queries share, over pg_trigger tg, pg_proc p and d.def, pg_get_triggerdef's text. */
#define TRIGGER_COLUMNS                                                                                    \
	"tg.tgname, d.def AS definition, tg.tgtype, tg.tgenabled, tg.tgdeferrable, tg.tginitdeferred, "    \
	"tg.tgconstraint <> 0 AS isconstraint, tg.tgoldtable, tg.tgnewtable, "                              \
	"CASE WHEN tg.tgconstrrelid <> 0 THEN tg.tgconstrrelid::pg_catalog.regclass::text END AS fromrel, " \
	"pg_catalog.substring(d.def, ' WHEN \\((.*)\\) EXECUTE (?:FUNCTION|PROCEDURE) ') AS condition, "   \
	"pg_catalog.substring(d.def, ' EXECUTE (?:FUNCTION|PROCEDURE) (.*)$') AS call, "                   \
	"p.proname, pg_catalog.oidvectortypes(p.proargtypes) AS types, ds.description AS comment "
#define TRIGGER_JOINS                                                                                      \
	"JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid "                                                  \
	"LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_trigger'::pg_catalog.regclass " \
	"AND ds.objoid = tg.oid AND ds.objsubid = 0 "                                                        \
	"CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_triggerdef(tg.oid, true) AS def) d "                 \
	"WHERE NOT tg.tgisinternal "

const char sg_catalog__triggers_sql[] =
	SG_CATALOG__TABLES_CTE
	"SELECT tg.tgrelid, tg.tgattr, " TRIGGER_COLUMNS
	"FROM tbl JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = tbl.oid " TRIGGER_JOINS
	"ORDER BY tg.tgrelid, tg.tgname";

/* A view's triggers, `update of` columns by name (a view's columns are not read with the tables'). */
const char sg_catalog__view_triggers_sql[] =
	"SELECT c.relname AS view, ARRAY(SELECT a.attname FROM pg_catalog.unnest(tg.tgattr::pg_catalog.int2[]) "
	"WITH ORDINALITY k(n, i) JOIN pg_catalog.pg_attribute a ON a.attrelid = tg.tgrelid AND a.attnum = k.n "
	"ORDER BY k.i) AS columns, " TRIGGER_COLUMNS
	"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = c.oid " TRIGGER_JOINS
	"AND c.relnamespace = " SG_CATALOG__SCHEMA_OID " AND c.relkind = 'v' "
	"AND " SG_CATALOG__OWN_OBJECT("pg_class", "c") " "
	"ORDER BY c.relname COLLATE \"C\", tg.tgname";
/* clang-format on */

/* The fields of TRIGGER_COLUMNS (the comment too), then the query's own: T_REL (the table's oid or the view's name),
 * T_ATTR. */
enum {
	T_NAME,
	T_DEF,
	T_TYPE,
	T_ENABLED,
	T_DEFERRABLE,
	T_INITDEFERRED,
	T_CONSTRAINT,
	T_OLDTABLE,
	T_NEWTABLE,
	T_FROM,
	T_WHEN,
	T_CALL,
	T_PRONAME,
	T_TYPES,
	T_COMMENT,
	T_REL,
	T_ATTR,
	T_COUNT
};

static const char *const field_names[T_REL] = {"tgname",       "definition",	 "tgtype",	 "tgenabled",
					       "tgdeferrable", "tginitdeferred", "isconstraint", "tgoldtable",
					       "tgnewtable",   "fromrel",	 "condition",	 "call",
					       "proname",      "types",		 "comment"};

/* pg_trigger.tgtype's bits (catalog/pg_trigger.h). */
enum { TG_ROW = 1, TG_BEFORE = 2, TG_INSERT = 4, TG_DELETE = 8, TG_UPDATE = 16, TG_TRUNCATE = 32, TG_INSTEAD = 64 };

/* Row r's trigger into *tg, its columns aside: 0, or -1 with err set. */
static int fill_one(sg_catalog__loader *l, sg_trigger *tg, const PGresult *res, const int *f, int r)
{
	tg->name = sg_catalog__dup(l, res, r, f[T_NAME]);
	tg->definition = sg_catalog__dup(l, res, r, f[T_DEF]);
	long type = sg_catalog__long_of(res, r, f[T_TYPE]);
	tg->for_each_row = type & TG_ROW;
	tg->timing = type & TG_INSTEAD	? SG_TRIGGER_INSTEAD_OF
		     : type & TG_BEFORE ? SG_TRIGGER_BEFORE
					: SG_TRIGGER_AFTER;
	tg->events = (type & TG_INSERT ? SG_TRIGGER_INSERT : 0) | (type & TG_UPDATE ? SG_TRIGGER_UPDATE : 0) |
		     (type & TG_DELETE ? SG_TRIGGER_DELETE : 0) | (type & TG_TRUNCATE ? SG_TRIGGER_TRUNCATE : 0);
	tg->enabled = sg_catalog__char_of(res, r, f[T_ENABLED]);
	tg->constraint = sg_catalog__flag(res, r, f[T_CONSTRAINT]);
	tg->deferrable = sg_catalog__flag(res, r, f[T_DEFERRABLE]);
	tg->initially_deferred = sg_catalog__flag(res, r, f[T_INITDEFERRED]);
	tg->old_table = sg_catalog__dup(l, res, r, f[T_OLDTABLE]);
	tg->new_table = sg_catalog__dup(l, res, r, f[T_NEWTABLE]);
	tg->from = sg_catalog__dup(l, res, r, f[T_FROM]);
	tg->when = sg_catalog__dup(l, res, r, f[T_WHEN]);
	tg->function = sg_catalog__dup(l, res, r, f[T_CALL]);
	tg->function_name = sg_catalog__dup(l, res, r, f[T_PRONAME]);
	tg->function_types = sg_catalog__dup(l, res, r, f[T_TYPES]);
	tg->comment = sg_catalog__dup(l, res, r, f[T_COMMENT]);
	if (!l->oom && (!tg->definition || !tg->function))
		return sg_error_set(l->err, SG_ERR_DB, "catalog query 'triggers' returned no definition for '%s'",
				    tg->name ? tg->name : "?");
	return 0;
}

static int fill_triggers(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	t->ntriggers = (size_t)(end - begin);
	t->triggers = sg_arena_array(l->arena, t->ntriggers, sizeof(*t->triggers));
	if (!t->triggers)
		return sg_catalog__out_of_memory(l);
	size_t ti = (size_t)(t - l->schema->tables);
	for (int r = begin; r < end; r++) {
		sg_trigger *tg = &t->triggers[r - begin];
		if (fill_one(l, tg, res, f, r) != 0)
			return -1;
		long nums[SG_CATALOG__MAX_KEYS];
		const char *qnames[SG_CATALOG__MAX_KEYS];
		int n = sg_catalog__parse_attnums(sg_catalog__val(res, r, f[T_ATTR]), nums);
		if (n < 0)
			return sg_error_set(l->err, SG_ERR_DB, "catalog query 'triggers' returned bad columns for '%s'",
					    tg->name ? tg->name : "?");
		if (n > 0 &&
		    sg_catalog__columns_named(l, "triggers", ti, nums, 0, n, &tg->columns, &tg->ncolumns, qnames) != 0)
			return -1;
	}
	return l->oom ? sg_catalog__out_of_memory(l) : 0;
}

/* The query's field numbers: those of TRIGGER_COLUMNS, then `rel` and `attr`. */
static int trigger_fields(sg_catalog__loader *l, const PGresult *res, const char *what, const char *rel,
			  const char *attr, int *f)
{
	const char *names[T_COUNT];
	memcpy(names, field_names, sizeof(field_names));
	names[T_REL] = rel;
	names[T_ATTR] = attr;
	return sg_catalog__fields(l, res, what, names, f, T_COUNT);
}

int sg_catalog__read_triggers(sg_catalog__loader *l, const PGresult *res)
{
	int f[T_COUNT] = {0};
	int rc = trigger_fields(l, res, "triggers", "tgrelid", "tgattr", f);
	if (rc == 0)
		rc = sg_catalog__for_each_table(l, res, f[T_REL], f, fill_triggers);
	return rc;
}

int sg_catalog__read_view_triggers(sg_catalog__loader *l, const PGresult *res)
{
	int f[T_COUNT] = {0};
	int rc = trigger_fields(l, res, "view triggers", "view", "columns", f);
	int n = PQntuples(res);
	/* Rows come grouped by view, in the views' order: one run per view. */
	for (int i = 0; rc == 0 && i < n;) {
		int j = i + 1;
		while (j < n && strcmp(PQgetvalue(res, j, f[T_REL]), PQgetvalue(res, i, f[T_REL])) == 0)
			j++;
		sg_view *v = sg_schema_find_view(l->schema, PQgetvalue(res, i, f[T_REL]));
		if (v) {
			v->triggers = sg_arena_array(l->arena, (size_t)(j - i), sizeof(*v->triggers));
			if (!v->triggers)
				return sg_catalog__out_of_memory(l);
			v->ntriggers = (size_t)(j - i);
			for (int r = i; rc == 0 && r < j; r++) {
				sg_trigger *tg = &v->triggers[r - i];
				rc = fill_one(l, tg, res, f, r);
				if (rc == 0)
					rc = sg_catalog__parse_array(l, "view triggers",
								     sg_catalog__val(res, r, f[T_ATTR]), -1,
								     &tg->columns, &tg->ncolumns);
			}
		}
		i = j;
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
