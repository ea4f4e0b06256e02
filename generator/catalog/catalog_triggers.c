/*
 * The triggers of the catalog reader (catalog_int.h): one query for the
 * triggers of the managed tables (not the internal ones of foreign keys and
 * deferred keys), and the reader of its rows into each table's triggers.
 *
 * What the diff compares is pg_get_triggerdef(oid, true): the table and the
 * function are named without their schema when the pinned search_path finds
 * them, so a scratch copy reads as the live one.  Its parts (timing, events,
 * columns, condition, function call) are read too, for inspect.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
const char sg_catalog__triggers_sql[] =
	SG_CATALOG__TABLES_CTE
	"SELECT tg.tgrelid, tg.tgname, d.def AS definition, tg.tgtype, tg.tgenabled, tg.tgdeferrable, "
	"tg.tginitdeferred, tg.tgattr, "
	"pg_catalog.substring(d.def, ' WHEN \\((.*)\\) EXECUTE (?:FUNCTION|PROCEDURE) ') AS condition, "
	"pg_catalog.substring(d.def, ' EXECUTE (?:FUNCTION|PROCEDURE) (.*)$') AS call, "
	"p.proname, pg_catalog.oidvectortypes(p.proargtypes) AS types "
	"FROM tbl JOIN pg_catalog.pg_trigger tg ON tg.tgrelid = tbl.oid "
	"JOIN pg_catalog.pg_proc p ON p.oid = tg.tgfoid "
	"CROSS JOIN LATERAL (SELECT pg_catalog.pg_get_triggerdef(tg.oid, true) AS def) d "
	"WHERE NOT tg.tgisinternal "
	"ORDER BY tg.tgrelid, tg.tgname";
/* clang-format on */

enum {
	T_RELID,
	T_NAME,
	T_DEF,
	T_TYPE,
	T_ENABLED,
	T_DEFERRABLE,
	T_INITDEFERRED,
	T_ATTR,
	T_WHEN,
	T_CALL,
	T_PRONAME,
	T_TYPES,
	T_COUNT
};

/* pg_trigger.tgtype's bits (catalog/pg_trigger.h). */
enum { TG_ROW = 1, TG_BEFORE = 2, TG_INSERT = 4, TG_DELETE = 8, TG_UPDATE = 16, TG_TRUNCATE = 32, TG_INSTEAD = 64 };

static int fill_triggers(sg_catalog__loader *l, sg_table *t, const PGresult *res, const int *f, int begin, int end)
{
	t->ntriggers = (size_t)(end - begin);
	t->triggers = sg_arena_array(l->arena, t->ntriggers, sizeof(*t->triggers));
	if (!t->triggers)
		return sg_catalog__out_of_memory(l);
	size_t ti = (size_t)(t - l->schema->tables);
	for (int r = begin; r < end; r++) {
		sg_trigger *tg = &t->triggers[r - begin];
		tg->name = sg_catalog__dup(l, res, r, f[T_NAME]);
		tg->definition = sg_catalog__dup(l, res, r, f[T_DEF]);
		long type = sg_catalog__long_of(res, r, f[T_TYPE]);
		tg->for_each_row = type & TG_ROW;
		tg->timing = type & TG_INSTEAD	? SG_TRIGGER_INSTEAD_OF
			     : type & TG_BEFORE ? SG_TRIGGER_BEFORE
						: SG_TRIGGER_AFTER;
		tg->events = (type & TG_INSERT ? SG_TRIGGER_INSERT : 0) | (type & TG_UPDATE ? SG_TRIGGER_UPDATE : 0) |
			     (type & TG_DELETE ? SG_TRIGGER_DELETE : 0) |
			     (type & TG_TRUNCATE ? SG_TRIGGER_TRUNCATE : 0);
		tg->enabled = sg_catalog__char_of(res, r, f[T_ENABLED]);
		tg->deferrable = sg_catalog__flag(res, r, f[T_DEFERRABLE]);
		tg->initially_deferred = sg_catalog__flag(res, r, f[T_INITDEFERRED]);
		tg->when = sg_catalog__dup(l, res, r, f[T_WHEN]);
		tg->function = sg_catalog__dup(l, res, r, f[T_CALL]);
		tg->function_name = sg_catalog__dup(l, res, r, f[T_PRONAME]);
		tg->function_types = sg_catalog__dup(l, res, r, f[T_TYPES]);
		long nums[SG_CATALOG__MAX_KEYS];
		const char *qnames[SG_CATALOG__MAX_KEYS];
		int n = sg_catalog__parse_attnums(sg_catalog__val(res, r, f[T_ATTR]), nums);
		if (n < 0)
			return sg_error_set(l->err, SG_ERR_DB, "catalog query 'triggers' returned bad columns for '%s'",
					    tg->name ? tg->name : "?");
		if (n > 0 &&
		    sg_catalog__columns_named(l, "triggers", ti, nums, 0, n, &tg->columns, &tg->ncolumns, qnames) != 0)
			return -1;
		if (!l->oom && (!tg->definition || !tg->function))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'triggers' returned no definition for '%s'",
					    tg->name ? tg->name : "?");
	}
	return l->oom ? sg_catalog__out_of_memory(l) : 0;
}

int sg_catalog__read_triggers(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[T_COUNT] = {"tgrelid",	"tgname",	"definition",	  "tgtype",
						   "tgenabled", "tgdeferrable", "tginitdeferred", "tgattr",
						   "condition", "call",		"proname",	  "types"};
	int f[T_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "triggers", names, f, T_COUNT);
	if (rc == 0)
		rc = sg_catalog__for_each_table(l, res, f[T_RELID], f, fill_triggers);
	return rc;
}
