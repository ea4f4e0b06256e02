/*
 * The unmanaged objects of the catalog reader (catalog_int.h): one query for
 * everything of the schema that schemagen does not manage yet (catalog.h
 * lists the kinds), sorted by kind then name, and the reader of its rows into
 * sg_schema.unmanaged.  A kind that becomes managed gets its own
 * catalog_<kind>.c and leaves this query.
 */
#include "catalog_int.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */

/* Not a member of an extension (a composite type's relation is an internal part of its type: still listed). */
#define NOT_EXTENSION_MEMBER(CATALOG, ALIAS) SG_CATALOG__NOT_DEPENDENT(CATALOG, ALIAS, "'e'")

/* Relations of the schema that are not excluded and not an extension's. */
#define SCHEMA_RELATION(ALIAS)                                                                             \
	ALIAS ".relnamespace = " SG_CATALOG__SCHEMA_OID " AND "                                            \
	ALIAS ".relname <> ALL ($2::pg_catalog.name[]) AND " NOT_EXTENSION_MEMBER("pg_class", ALIAS)

/* Everything of the schema that schemagen does not manage (yet): listed, never touched. */
/*
 * (Pieces joined at run time: ISO C only promises string literals of 4095
 * bytes.)
 */
static const char *const unmanaged_sql[] = {
	"SELECT kind, name FROM ("
	/* relations other than managed tables */
	"SELECT CASE c.relkind "
	"WHEN 'p' THEN CASE WHEN c.relispartition THEN 'partition' ELSE 'partitioned table' END "
	"WHEN 'f' THEN CASE WHEN c.relispartition THEN 'partition' ELSE 'foreign table' END "
	"WHEN 'c' THEN 'composite type' "
	"ELSE CASE WHEN c.relispartition THEN 'partition' WHEN c.reloftype <> 0 THEN 'typed table' "
	"ELSE 'inherited table' END END AS kind, c.relname::text AS name "
	"FROM pg_catalog.pg_class c WHERE " SCHEMA_RELATION("c") " AND ("
	"c.relkind IN ('p', 'f', 'c') "
	"OR (c.relkind = 'r' AND (c.relispartition OR c.reloftype <> 0 "
	"OR EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid)))) "
	,
	/* routines other than functions and procedures (catalog_functions.c) */
	"UNION ALL SELECT CASE p.prokind WHEN 'a' THEN 'aggregate' ELSE 'window function' END, "
	"p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')' "
	"FROM pg_catalog.pg_proc p WHERE p.pronamespace = " SG_CATALOG__SCHEMA_OID " AND p.prokind IN ('a', 'w') AND "
	SG_CATALOG__OWN_OBJECT("pg_proc", "p") " "
	,
	/* types that are not relations' row types, enums or domains */
	"UNION ALL SELECT 'range type', t.typname::text "
	"FROM pg_catalog.pg_type t WHERE t.typnamespace = " SG_CATALOG__SCHEMA_OID " AND t.typtype = 'r' AND "
	SG_CATALOG__OWN_OBJECT("pg_type", "t") " "
	,
	/*
	 * objects that belong to a relation of the schema; a partition's cloned triggers are its parent's (the
	 * indexes of views are read with them, catalog_views.c)
	 */
	"UNION ALL SELECT 'trigger', c.relname || '.' || tg.tgname FROM pg_catalog.pg_trigger tg "
	"JOIN pg_catalog.pg_class c ON c.oid = tg.tgrelid "
	"WHERE NOT tg.tgisinternal AND tg.tgparentid = 0 AND " SCHEMA_RELATION("c") " "
	/* the triggers of managed tables and of views are read with them (catalog_triggers.c) */
	"AND NOT (c.relkind = 'r' AND NOT c.relispartition AND c.reloftype = 0 "
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = c.oid)) AND c.relkind <> 'v' "
	"UNION ALL SELECT 'policy', c.relname || '.' || pol.polname FROM pg_catalog.pg_policy pol "
	"JOIN pg_catalog.pg_class c ON c.oid = pol.polrelid WHERE " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'row level security', c.relname::text FROM pg_catalog.pg_class c "
	"WHERE c.relrowsecurity AND " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'rule', c.relname || '.' || r.rulename FROM pg_catalog.pg_rewrite r "
	"JOIN pg_catalog.pg_class c ON c.oid = r.ev_class WHERE r.rulename <> '_RETURN' AND " SCHEMA_RELATION("c") " "
	"UNION ALL SELECT 'exclusion constraint', c.relname || '.' || con.conname FROM pg_catalog.pg_constraint con "
	"JOIN pg_catalog.pg_class c ON c.oid = con.conrelid WHERE con.contype = 'x' AND con.conparentid = 0 AND "
	SCHEMA_RELATION("c") " "
	,
	/* schema-level objects of other kinds */
	"UNION ALL SELECT 'statistics', s.stxname::text FROM pg_catalog.pg_statistic_ext s "
	"WHERE s.stxnamespace = " SG_CATALOG__SCHEMA_OID " AND " SG_CATALOG__OWN_OBJECT("pg_statistic_ext", "s") " "
	"UNION ALL SELECT 'collation', co.collname::text FROM pg_catalog.pg_collation co "
	"WHERE co.collnamespace = " SG_CATALOG__SCHEMA_OID " AND " SG_CATALOG__OWN_OBJECT("pg_collation", "co") " "
	") u ORDER BY kind COLLATE \"C\", name COLLATE \"C\"",
};
/* clang-format on */

char *sg_catalog__unmanaged_sql(void)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	for (size_t i = 0; i < sizeof(unmanaged_sql) / sizeof(unmanaged_sql[0]); i++)
		sg_strbuf_adds(&sb, unmanaged_sql[i]);
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

int sg_catalog__read_unmanaged(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"kind", "name"};
	int f[2] = {0};
	int rc = sg_catalog__fields(l, res, "unmanaged", names, f, 2);
	int n = PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_unmanaged *u = sg_arena_array(l->arena, (size_t)n, sizeof(*u));
		if (!u) {
			rc = sg_catalog__out_of_memory(l);
		} else {
			for (int i = 0; i < n; i++) {
				u[i].kind = sg_catalog__dup(l, res, i, f[0]);
				u[i].name = sg_catalog__dup(l, res, i, f[1]);
			}
			l->schema->unmanaged = u;
			l->schema->nunmanaged = (size_t)n;
		}
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
