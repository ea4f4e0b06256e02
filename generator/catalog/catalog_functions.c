/*
 * The functions and procedures of the catalog reader (catalog_int.h): one
 * query for the schema's routines of kind 'f' and 'p' that are its own (not
 * an extension's member, not an internal part of another object), and the
 * reader of its rows into sg_schema.functions.  Aggregates and window
 * functions stay unmanaged (catalog_unmanaged.c).
 *
 * The text compared is pg_get_functiondef()'s with the schema taken off the
 * routine's name, `CREATE OR REPLACE FUNCTION name(args) ...`: the same
 * function read from the live schema and from a scratch copy reads the same
 * (docs/design.md §5.1).  The body is kept byte for byte by the server, so a
 * change inside it is a change; the rest (types, options, SET clauses) is in
 * the server's spelling.  What a body parsed at creation (BEGIN ATOMIC,
 * RETURN) reads comes from pg_depend, as a view's does: the tables of the
 * schema ("name") and their columns ("name.column"; not the sequences it
 * calls nextval on, which exist before any function); PostgreSQL refuses to
 * drop or retype a column such a body reads (docs/diff.md, "Functions and
 * procedures").  `domains` lists the domains the routine depends on in
 * pg_depend (its arguments, result and a BEGIN ATOMIC body; arrays of them
 * too), for the diff's re-creates.  `callers` lists, from pg_depend, the
 * column defaults and generated columns, checks (of tables and domains) and
 * indexes that call this very routine (sg_function.callers): the diff tells
 * an overload's callers from another's by them.
 */
#include "catalog_int.h"

#include <string.h>

/* The SQL reads best laid out by hand. */
/* clang-format off */
#define FUNCTIONS_SQL(SQL_BODY)                                                                            \
	"SELECT p.oid, p.proname AS name, pg_catalog.pg_get_function_identity_arguments(p.oid) AS identity, "  \
	"pg_catalog.oidvectortypes(p.proargtypes) AS types, p.prokind = 'p' AS procedure, pg_catalog.pg_get_function_arguments(p.oid) AS arguments, "          \
	"CASE WHEN p.prokind = 'p' THEN NULL ELSE pg_catalog.pg_get_function_result(p.oid) END AS result, "  \
	"(l.lanname = 'plpgsql' OR (l.lanname = 'sql' AND " SQL_BODY ")) AS sql_body, "                                                \
	"EXISTS (SELECT 1 FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_type t ON t.oid = d.refobjid "      \
	"WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid "                  \
	"AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass AND (t.typrelid <> 0 OR EXISTS (SELECT 1 FROM pg_catalog.pg_type e "  \
	"WHERE e.oid = t.typelem AND e.typrelid <> 0))) AS row_type, "                                       \
	"(SELECT pg_catalog.string_agg(DISTINCT pg_catalog.format_type(CASE WHEN t.typtype = 'd' THEN t.oid "  \
	"ELSE t.typelem END, NULL), ', ') FROM pg_catalog.pg_depend d JOIN pg_catalog.pg_type t ON t.oid = d.refobjid " \
	"LEFT JOIN pg_catalog.pg_type e ON e.oid = t.typelem "                                                \
	"WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid "                  \
	"AND d.refclassid = 'pg_catalog.pg_type'::pg_catalog.regclass AND (t.typtype = 'd' OR e.typtype = 'd')) " \
	"AS domains, "                                                                                       \
	"'CREATE OR REPLACE ' || k.word || ' ' || pg_catalog.substr(pg_catalog.pg_get_functiondef(p.oid), "  \
	"pg_catalog.length('CREATE OR REPLACE ' || k.word || ' ' || pg_catalog.quote_ident(n.nspname) || '.') + 1) " \
	"AS definition, "                                                                                    \
	"ARRAY(SELECT DISTINCT CASE WHEN d.refobjsubid > 0 THEN rc.relname || '.' || a.attname "          \
	"ELSE rc.relname::text END COLLATE \"C\" FROM pg_catalog.pg_depend d "                             \
	"JOIN pg_catalog.pg_class rc ON rc.oid = d.refobjid "                                              \
	"LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = rc.oid AND a.attnum = d.refobjsubid "         \
	"WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.objid = p.oid "                 \
	"AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.deptype = 'n' "               \
	"AND rc.relkind IN ('r', 'p', 'v', 'm') AND rc.relnamespace = " SG_CATALOG__SCHEMA_OID " ORDER BY 1) AS reads, "                           \
	"ARRAY(SELECT DISTINCT w.key COLLATE \"C\" FROM pg_catalog.pg_depend d CROSS JOIN LATERAL ("            \
	"SELECT 'd' || r.relname || pg_catalog.chr(31) || a.attname AS key FROM pg_catalog.pg_attrdef ad "     \
	"JOIN pg_catalog.pg_class r ON r.oid = ad.adrelid JOIN pg_catalog.pg_attribute a "                     \
	"ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum "                                                  \
	"WHERE d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass AND ad.oid = d.objid "                 \
	"UNION ALL SELECT CASE WHEN co.conrelid <> 0 THEN 'c' || r.relname ELSE 'k' || t.typname END "         \
	"|| pg_catalog.chr(31) || co.conname FROM pg_catalog.pg_constraint co "                               \
	"LEFT JOIN pg_catalog.pg_class r ON r.oid = co.conrelid LEFT JOIN pg_catalog.pg_type t ON t.oid = co.contypid " \
	"WHERE d.classid = 'pg_catalog.pg_constraint'::pg_catalog.regclass AND co.oid = d.objid "              \
	"UNION ALL SELECT 'i' || r.relname || pg_catalog.chr(31) || ic.relname FROM pg_catalog.pg_index x "    \
	"JOIN pg_catalog.pg_class ic ON ic.oid = x.indexrelid JOIN pg_catalog.pg_class r ON r.oid = x.indrelid " \
	"WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND x.indexrelid = d.objid) w "         \
	"WHERE d.refclassid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.refobjid = p.oid "              \
	"AND d.deptype = 'n' ORDER BY 1) AS callers, "                                                        \
	"pg_catalog.obj_description(p.oid, 'pg_proc') AS comment "                                          \
	"FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "                \
	"JOIN pg_catalog.pg_language l ON l.oid = p.prolang "                                               \
	"CROSS JOIN LATERAL (SELECT CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END AS word) k " \
	"WHERE p.pronamespace = " SG_CATALOG__SCHEMA_OID " AND p.prokind IN ('f', 'p') AND "                  \
	SG_CATALOG__OWN_OBJECT("pg_proc", "p") " "                                                          \
	"ORDER BY p.oid"

/* PostgreSQL 14 added bodies parsed at creation (BEGIN ATOMIC, RETURN): prosqlbody is set for them. */
static const char functions_sql[] = FUNCTIONS_SQL("p.prosqlbody IS NULL");
static const char functions_sql_13[] = FUNCTIONS_SQL("true");
/* clang-format on */

const char *sg_catalog__functions_sql(int server_version)
{
	return server_version >= 140000 ? functions_sql : functions_sql_13;
}

int sg_catalog__read_functions(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"oid",    "name",	  "identity",	"procedure", "arguments",
					    "result", "sql_body", "definition", "row_type",  "types",
					    "reads",  "domains",  "callers",	"comment"};
	enum { NF = sizeof(names) / sizeof(names[0]) };
	int f[NF] = {0};
	int rc = sg_catalog__fields(l, res, "functions", names, f, NF);
	int n = PQntuples(res);
	if (rc != 0 || n == 0)
		return rc;
	sg_function *fns = sg_arena_array(l->arena, (size_t)n, sizeof(*fns));
	if (!fns)
		return sg_catalog__out_of_memory(l);
	for (int i = 0; i < n; i++) {
		sg_function *fn = &fns[i];
		fn->oid = sg_catalog__oid_of(res, i, f[0]);
		fn->name = sg_catalog__dup(l, res, i, f[1]);
		fn->identity = sg_catalog__dup(l, res, i, f[2]);
		fn->procedure = sg_catalog__flag(res, i, f[3]);
		fn->arguments = sg_catalog__dup(l, res, i, f[4]);
		fn->result = sg_catalog__dup(l, res, i, f[5]);
		fn->sql_body = sg_catalog__flag(res, i, f[6]);
		fn->definition = sg_catalog__dup(l, res, i, f[7]);
		fn->row_type = sg_catalog__flag(res, i, f[8]);
		fn->types = sg_catalog__dup(l, res, i, f[9]);
		fn->domains = PQgetisnull(res, i, f[11]) ? "" : sg_catalog__dup(l, res, i, f[11]);
		fn->comment = sg_catalog__dup(l, res, i, f[13]);
		rc = sg_catalog__parse_array(l, "functions", sg_catalog__val(res, i, f[10]), -1, &fn->reads,
					     &fn->nreads);
		if (rc != 0)
			return rc;
		rc = sg_catalog__parse_array(l, "functions", sg_catalog__val(res, i, f[12]), -1, &fn->callers,
					     &fn->ncallers);
		if (rc != 0)
			return rc;
		fn->callers_read = true;
		/* Created after the tables and dropped before them, as a function of a row type is. */
		fn->row_type = fn->row_type || fn->nreads > 0;
		if (!l->oom && (!fn->identity || !fn->types || !fn->definition))
			return sg_error_set(l->err, SG_ERR_DB,
					    "catalog query 'functions' returned no definition for '%s'",
					    fn->name ? fn->name : "?");
	}
	l->schema->functions = fns;
	l->schema->nfunctions = (size_t)n;
	return l->oom ? sg_catalog__out_of_memory(l) : 0;
}
