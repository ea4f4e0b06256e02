/*
 * The views of the catalog reader (catalog_int.h): one query for the views
 * and materialized views of the schema that are its own, one for the indexes
 * of the materialized views, and the readers of their rows into
 * sg_schema.views.
 *
 * The text compared is pg_get_viewdef(oid, true) (relations of the pinned
 * search_path named without their schema, so a scratch copy reads as the
 * live one), the columns' names and types, the options and the comment.
 * What each view reads comes from pg_depend through its rewrite rule: the
 * relations of the schema ("name") and their columns ("name.column"), and
 * the functions of the schema ("name(types)"), which tell the diff what
 * must be dropped and created again around a change (docs/diff.md, "Views").
 */
#include "catalog_int.h"

#include <stdlib.h>
#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
#define VIEW_OPTION(NAME) \
	"(SELECT o.option_value FROM pg_catalog.pg_options_to_table(c.reloptions) o WHERE o.option_name = '" NAME "')"

const char sg_catalog__views_sql[] =
	"SELECT c.oid, c.relname, c.relkind = 'm' AS materialized, pg_catalog.pg_get_viewdef(c.oid, true) AS query, "
	"ARRAY(SELECT a.attname FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 "
	"AND NOT a.attisdropped ORDER BY a.attnum) AS columns, "
	"ARRAY(SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute a "
	"WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum) AS types, "
	"COALESCE(" VIEW_OPTION("security_barrier") " IN ('true', 'on', '1', 'yes'), false) AS security_barrier, "
	"COALESCE(" VIEW_OPTION("security_invoker") " IN ('true', 'on', '1', 'yes'), false) AS security_invoker, "
	VIEW_OPTION("check_option") " AS check_option, "
	"pg_catalog.obj_description(c.oid, 'pg_class') AS comment, "
	"ARRAY(SELECT DISTINCT CASE WHEN d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
	"THEN p.proname || '(' || pg_catalog.oidvectortypes(p.proargtypes) || ')' "
	"WHEN d.refobjsubid > 0 THEN rc.relname || '.' || a.attname ELSE rc.relname::text END COLLATE \"C\" "
	"FROM pg_catalog.pg_rewrite r JOIN pg_catalog.pg_depend d "
	"ON d.classid = 'pg_catalog.pg_rewrite'::pg_catalog.regclass AND d.objid = r.oid "
	"LEFT JOIN pg_catalog.pg_class rc ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND rc.oid = d.refobjid "
	"LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = rc.oid AND a.attnum = d.refobjsubid "
	"LEFT JOIN pg_catalog.pg_proc p ON d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass "
	"AND p.oid = d.refobjid "
	"WHERE r.ev_class = c.oid AND d.refobjid <> c.oid AND d.deptype = 'n' "
	"AND (rc.relnamespace = " SG_CATALOG__SCHEMA_OID " OR p.pronamespace = " SG_CATALOG__SCHEMA_OID ") "
	"ORDER BY 1) AS reads "
	"FROM pg_catalog.pg_class c WHERE c.relnamespace = " SG_CATALOG__SCHEMA_OID " AND c.relkind IN ('v', 'm') "
	"AND " SG_CATALOG__OWN_OBJECT("pg_class", "c") " "
	"ORDER BY c.relname COLLATE \"C\"";

/* The indexes of the materialized views, the view's schema taken off their definitions. */
const char sg_catalog__view_indexes_sql[] =
	"SELECT c.relname AS view, ic.relname, i.indisunique, am.amname, "
	"pg_catalog.replace(pg_catalog.pg_get_indexdef(i.indexrelid, 0, true), "
	"' ON ' || pg_catalog.quote_ident(n.nspname) || '.', ' ON ') AS definition, "
	"ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, true) "
	"FROM pg_catalog.generate_series(1, i.indnkeyatts) AS k ORDER BY k) AS elements, "
	"pg_catalog.pg_get_expr(i.indpred, i.indrelid, true) AS predicate, "
	"pg_catalog.pg_get_indexdef(i.indexrelid, 0, true) AS full_definition, "
	/* PostgreSQL 15's column, read through the row so that older servers read false. */
	"COALESCE((pg_catalog.to_jsonb(i) ->> 'indnullsnotdistinct')::boolean, false) AS nulls_not_distinct, "
	"ARRAY(SELECT a.attname FROM pg_catalog.generate_series(i.indnkeyatts + 1, i.indnatts) AS k "
	"JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k) "
	"AS include, "
	"pg_catalog.quote_ident(ic.relname) AS qname, pg_catalog.quote_ident(n.nspname) AS qschema, "
	"pg_catalog.quote_ident(c.relname) AS qtable, pg_catalog.quote_ident(am.amname) AS qmethod, "
	"ds.description AS comment "
	"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
	"JOIN pg_catalog.pg_index i ON i.indrelid = c.oid "
	"JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid JOIN pg_catalog.pg_am am ON am.oid = ic.relam "
	"LEFT JOIN pg_catalog.pg_description ds ON ds.classoid = 'pg_catalog.pg_class'::pg_catalog.regclass "
	"AND ds.objoid = ic.oid AND ds.objsubid = 0 "
	"WHERE c.relnamespace = " SG_CATALOG__SCHEMA_OID " AND c.relkind = 'm' "
	"AND " SG_CATALOG__OWN_OBJECT("pg_class", "c") " "
	"ORDER BY c.relname COLLATE \"C\", ic.relname COLLATE \"C\"";
/* clang-format on */

enum { V_NAME, V_MAT, V_QUERY, V_COLUMNS, V_TYPES, V_BARRIER, V_INVOKER, V_CHECK, V_COMMENT, V_READS, V_COUNT };

/* pg_get_viewdef()'s text without its leading blank and final `;`, in the arena. */
static const char *view_query(sg_catalog__loader *l, const char *text)
{
	if (!text)
		return NULL;
	while (*text == ' ' || *text == '\n')
		text++;
	size_t len = strlen(text);
	while (len && (text[len - 1] == ';' || text[len - 1] == '\n' || text[len - 1] == ' '))
		len--;
	const char *q = sg_arena_strndup(l->arena, text, len);
	if (!q)
		l->oom = true;
	return q;
}

int sg_catalog__read_views(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[V_COUNT] = {
	    "relname",		"materialized",	    "query",	    "columns", "types",
	    "security_barrier", "security_invoker", "check_option", "comment", "reads"};
	int f[V_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "views", names, f, V_COUNT);
	int n = PQntuples(res);
	if (rc != 0 || n == 0)
		return rc;
	sg_view *views = sg_arena_array(l->arena, (size_t)n, sizeof(*views));
	if (!views)
		return sg_catalog__out_of_memory(l);
	for (int i = 0; i < n && rc == 0; i++) {
		sg_view *v = &views[i];
		v->name = sg_catalog__dup(l, res, i, f[V_NAME]);
		v->materialized = sg_catalog__flag(res, i, f[V_MAT]);
		v->query = view_query(l, sg_catalog__val(res, i, f[V_QUERY]));
		v->security_barrier = sg_catalog__flag(res, i, f[V_BARRIER]);
		v->security_invoker = sg_catalog__flag(res, i, f[V_INVOKER]);
		v->check_option = sg_catalog__dup(l, res, i, f[V_CHECK]);
		v->comment = sg_catalog__dup(l, res, i, f[V_COMMENT]);
		rc = sg_catalog__parse_array(l, "views", sg_catalog__val(res, i, f[V_COLUMNS]), -1, &v->columns,
					     &v->ncolumns);
		size_t ntypes = 0;
		if (rc == 0)
			rc = sg_catalog__parse_array(l, "views", sg_catalog__val(res, i, f[V_TYPES]), (long)v->ncolumns,
						     &v->types, &ntypes);
		if (rc == 0)
			rc = sg_catalog__parse_array(l, "views", sg_catalog__val(res, i, f[V_READS]), -1, &v->reads,
						     &v->nreads);
		if (rc == 0 && !l->oom && !v->query)
			rc = sg_error_set(l->err, SG_ERR_DB, "catalog query 'views' returned no query for '%s'",
					  v->name ? v->name : "?");
	}
	if (rc == 0) {
		l->schema->views = views;
		l->schema->nviews = (size_t)n;
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}

enum {
	X_VIEW,
	X_NAME,
	X_UNIQUE,
	X_METHOD,
	X_DEF,
	X_ELEMENTS,
	X_PREDICATE,
	X_FULL,
	X_QNAME,
	X_QSCHEMA,
	X_QTABLE,
	X_QMETHOD,
	X_COMMENT,
	X_NULLS_NOT_DISTINCT,
	X_INCLUDE,
	X_COUNT
};

int sg_catalog__read_view_indexes(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[X_COUNT] = {"view",	  "relname",
						   "indisunique", "amname",
						   "definition",  "elements",
						   "predicate",	  "full_definition",
						   "qname",	  "qschema",
						   "qtable",	  "qmethod",
						   "comment",	  "nulls_not_distinct",
						   "include"};
	int f[X_COUNT] = {0};
	int rc = sg_catalog__fields(l, res, "view indexes", names, f, X_COUNT);
	int n = PQntuples(res);
	/* Rows come grouped by view, in the views' order: one run per view. */
	for (int i = 0; rc == 0 && i < n;) {
		int j = i + 1;
		while (j < n && strcmp(PQgetvalue(res, j, f[X_VIEW]), PQgetvalue(res, i, f[X_VIEW])) == 0)
			j++;
		sg_view *v = sg_schema_find_view(l->schema, PQgetvalue(res, i, f[X_VIEW]));
		if (v) {
			v->indexes = sg_arena_array(l->arena, (size_t)(j - i), sizeof(*v->indexes));
			if (!v->indexes)
				return sg_catalog__out_of_memory(l);
			v->nindexes = (size_t)(j - i);
			for (int r = i; rc == 0 && r < j; r++) {
				sg_index *x = &v->indexes[r - i];
				x->name = sg_catalog__dup(l, res, r, f[X_NAME]);
				x->unique = sg_catalog__flag(res, r, f[X_UNIQUE]);
				x->method = sg_catalog__dup(l, res, r, f[X_METHOD]);
				x->definition = sg_catalog__dup(l, res, r, f[X_DEF]);
				x->where = sg_catalog__dup(l, res, r, f[X_PREDICATE]);
				x->comment = sg_catalog__dup(l, res, r, f[X_COMMENT]);
				x->nulls_not_distinct = sg_catalog__flag(res, r, f[X_NULLS_NOT_DISTINCT]);
				rc = sg_catalog__parse_array(l, "view indexes", sg_catalog__val(res, r, f[X_INCLUDE]),
							     -1, &x->include, &x->ninclude);
				if (rc != 0)
					break;
				/* The keys' bare texts, then each with its COLLATE, opclass, DESC and NULLS. */
				const char **keys = NULL;
				size_t nkeys = 0;
				const char *full = sg_catalog__val(res, r, f[X_FULL]);
				rc = sg_catalog__parse_array(l, "view indexes", sg_catalog__val(res, r, f[X_ELEMENTS]),
							     -1, &keys, &nkeys);
				if (rc == 0 && full)
					rc = sg_catalog__index_elements(
					    l, x, v->name, full, PQgetvalue(res, r, f[X_QNAME]),
					    PQgetvalue(res, r, f[X_QSCHEMA]), PQgetvalue(res, r, f[X_QTABLE]),
					    PQgetvalue(res, r, f[X_QMETHOD]), keys, nkeys);
			}
		}
		i = j;
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
