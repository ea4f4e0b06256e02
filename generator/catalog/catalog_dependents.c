/*
 * The dependents of the catalog reader (catalog_int.h): one query for the
 * objects schemagen does not manage that pg_depend ties, with a normal
 * dependency, to an object it does (a composite type's attribute of a
 * domain, a view of another schema reading a column, a cast through a
 * function, a foreign key of another schema to a key's index...), and the
 * reader of its rows into sg_schema.dependents.  PostgreSQL refuses to drop
 * such an object, or to change the type of such a column, while they exist;
 * the diff refuses a plan that would (plan/diff_dependents.c).
 *
 * Only the managed objects named in $3 are looked at: those a plan drops,
 * retypes, rewrites or renames (sg_diff_dependent_names), read once the plan
 * is known (sg_catalog_load_dependents).  Read for every managed object, the
 * query cost 0.4 s on 10,000 tables, most of it building the set of 57,000
 * managed objects; for a few names every step is an index lookup, so each
 * test below is written for one row at a time (correlated EXISTS, not sets).
 *
 * The managed object is resolved through the internal parts PostgreSQL keeps
 * for it: an array type is its element's, a table's or view's row type is
 * the relation's.  The dependent is managed (and left out) when the reader
 * reads it with its own kind: a relation, column, index or sequence of the
 * schema's managed tables and views, a domain or enum, a function or
 * procedure of the schema, a default, constraint or trigger of a managed
 * table (a domain's constraint), a view's own rule.  Everything else is
 * listed, described by pg_describe_object().
 */
#include "catalog_int.h"

/* The SQL reads best laid out by hand. */
/* clang-format off */
#define CLASS(CATALOG) "'pg_catalog." CATALOG "'::pg_catalog.regclass"
/* The schema's oid ($1 is its name; no schema, no rows). */
#define NSP "(SELECT n.oid FROM pg_catalog.pg_namespace n WHERE n.nspname = $1)"
/* Relation oid EXPR is a managed table: SG_CATALOG__TABLES_CTE's test, for one row. */
#define MANAGED_TABLE(EXPR) \
	"EXISTS (SELECT 1 FROM pg_catalog.pg_class mt WHERE mt.oid = (" EXPR ") AND mt.relnamespace = " NSP " " \
	"AND mt.relkind = 'r' AND NOT mt.relispartition AND mt.reloftype = 0 " \
	"AND mt.relname <> ALL ($2::pg_catalog.name[]) " \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits h WHERE h.inhrelid = mt.oid) " \
	"AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend xd WHERE xd.classid = " CLASS("pg_class") " " \
	"AND xd.objid = mt.oid AND xd.deptype = 'e'))"
/* Relation oid EXPR is a view or materialized view of the schema (catalog_views.c's test, for one row). */
#define MANAGED_VIEW(EXPR) \
	"EXISTS (SELECT 1 FROM pg_catalog.pg_class mv WHERE mv.oid = (" EXPR ") AND mv.relnamespace = " NSP " " \
	"AND mv.relkind IN ('v', 'm') AND " SG_CATALOG__OWN_OBJECT("pg_class", "mv") ")"
#define MANAGED_RELATION(EXPR) "(" MANAGED_TABLE(EXPR) " OR " MANAGED_VIEW(EXPR) ")"

static const char *const dependents_sql[] = {
	/* the managed objects named in $3: what a dependency on them is about */
	"WITH ref AS ("
	"SELECT " CLASS("pg_type") " AS cls, t.oid, CASE b.typtype WHEN 'd' THEN 'domain' WHEN 'e' THEN 'enum' "
	"ELSE CASE r.relkind WHEN 'r' THEN 'table' ELSE 'view' END END AS kind, "
	"COALESCE(r.relname, b.typname)::text AS name, r.oid IS NOT NULL AS row_type "
	/* the type and its array (a row type is named as its relation) */
	"FROM pg_catalog.pg_type b CROSS JOIN LATERAL (VALUES (b.oid), (b.typarray)) t(oid) "
	"LEFT JOIN pg_catalog.pg_class r ON r.oid = b.typrelid "
	"WHERE b.typname = ANY ($3::pg_catalog.name[]) AND b.typnamespace = " NSP " AND t.oid <> 0 "
	"AND (b.typtype IN ('d', 'e') AND " SG_CATALOG__OWN_OBJECT("pg_type", "b") " "
	"OR b.typrelid <> 0 AND " MANAGED_RELATION("b.typrelid") ") "
	,
	"UNION ALL SELECT " CLASS("pg_class") ", c.oid, CASE c.relkind WHEN 'r' THEN 'table' WHEN 'S' THEN 'sequence' "
	"WHEN 'i' THEN 'index' ELSE 'view' END, c.relname::text, false "
	"FROM pg_catalog.pg_class c WHERE c.relname = ANY ($3::pg_catalog.name[]) AND c.relnamespace = " NSP " "
	"AND (" MANAGED_RELATION("c.oid") " "
	"OR c.relkind = 'S' AND " SG_CATALOG__OWN_OBJECT("pg_class", "c") " "
	"OR c.relkind = 'i' AND EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indexrelid = c.oid AND "
	MANAGED_RELATION("i.indrelid") ")) "
	,
	"UNION ALL SELECT " CLASS("pg_proc") ", p.oid, 'function', "
	"p.proname || '(' || pg_catalog.pg_get_function_identity_arguments(p.oid) || ')', false "
	"FROM pg_catalog.pg_proc p WHERE p.proname = ANY ($3::pg_catalog.name[]) AND p.pronamespace = " NSP " "
	"AND p.prokind IN ('f', 'p') AND " SG_CATALOG__OWN_OBJECT("pg_proc", "p") ") "
	,
	/* the normal dependencies on them of objects the reader does not read as managed */
	", dep AS (SELECT ref.kind, ref.name, ref.cls, ref.oid, ref.row_type, d.classid, d.objid, d.objsubid, "
	"d.refobjsubid FROM ref JOIN pg_catalog.pg_depend d ON d.refclassid = ref.cls AND d.refobjid = ref.oid "
	"AND d.deptype = 'n' WHERE NOT CASE "
	/* relations, their columns and indexes, sequences */
	"WHEN d.classid = " CLASS("pg_class") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_class c WHERE c.oid = d.objid "
	"AND c.relnamespace = " NSP " AND (c.relkind = 'S' OR " MANAGED_RELATION("c.oid") " "
	"OR c.relkind = 'i' AND EXISTS (SELECT 1 FROM pg_catalog.pg_index i WHERE i.indexrelid = c.oid AND "
	MANAGED_RELATION("i.indrelid") "))) "
	/* domains (based on domains), enums, functions and procedures of the schema */
	"WHEN d.classid = " CLASS("pg_type") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_type t WHERE t.oid = d.objid "
	"AND t.typnamespace = " NSP " AND t.typtype IN ('d', 'e')) "
	"WHEN d.classid = " CLASS("pg_proc") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_proc p WHERE p.oid = d.objid "
	"AND p.pronamespace = " NSP " AND p.prokind IN ('f', 'p')) "
	,
	/* defaults, constraints and triggers of managed tables, domains' constraints, views' own rules */
	"WHEN d.classid = " CLASS("pg_attrdef") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_attrdef ad "
	"WHERE ad.oid = d.objid AND " MANAGED_TABLE("ad.adrelid") ") "
	"WHEN d.classid = " CLASS("pg_constraint") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con "
	"WHERE con.oid = d.objid AND (" MANAGED_TABLE("con.conrelid") " OR EXISTS (SELECT 1 FROM pg_catalog.pg_type t "
	"WHERE t.oid = con.contypid AND t.typnamespace = " NSP "))) "
	"WHEN d.classid = " CLASS("pg_trigger") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_trigger tg "
	"WHERE tg.oid = d.objid AND " MANAGED_RELATION("tg.tgrelid") ") "
	"WHEN d.classid = " CLASS("pg_rewrite") " THEN EXISTS (SELECT 1 FROM pg_catalog.pg_rewrite rw "
	"WHERE rw.oid = d.objid AND rw.rulename = '_RETURN' AND " MANAGED_VIEW("rw.ev_class") ") "
	"ELSE false END) "
	,
	"SELECT * FROM (SELECT DISTINCT d.kind, d.name, a.attname::text AS column_name, "
	/* a view's own rule is the view */
	"CASE WHEN drw.rulename = '_RETURN' THEN pg_catalog.pg_describe_object(" CLASS("pg_class") ", drw.ev_class, 0) "
	"ELSE pg_catalog.pg_describe_object(d.classid, d.objid, d.objsubid) END AS what, "
	/* a column that stores the row type: PostgreSQL refuses to rewrite the table (ALTER ... TYPE, ADD ... DEFAULT) */
	"d.row_type AND d.classid = " CLASS("pg_class") " AND d.objsubid > 0 AND dc.relkind IN ('r', 'm', 'p') AS stores_row, "
	/* a foreign key, which ALTER COLUMN ... TYPE of the column it references rebuilds */
	"d.classid = " CLASS("pg_constraint") " AND dcon.contype = 'f' AS foreign_key, "
	/* the extension it (a view's rule: its view) is a member of, which alone can drop it */
	"(SELECT e.extname::text FROM pg_catalog.pg_depend xe JOIN pg_catalog.pg_extension e ON e.oid = xe.refobjid "
	"WHERE xe.deptype = 'e' AND xe.refclassid = " CLASS("pg_extension") " AND xe.objsubid = 0 "
	"AND (xe.classid, xe.objid) = (CASE WHEN drw.rulename = '_RETURN' THEN " CLASS("pg_class") " ELSE d.classid END, "
	"CASE WHEN drw.rulename = '_RETURN' THEN drw.ev_class ELSE d.objid END) LIMIT 1) AS extension "
	"FROM dep d LEFT JOIN pg_catalog.pg_attribute a ON d.cls = " CLASS("pg_class") " AND d.refobjsubid > 0 "
	"AND a.attrelid = d.oid AND a.attnum = d.refobjsubid "
	"LEFT JOIN pg_catalog.pg_class dc ON d.classid = " CLASS("pg_class") " AND dc.oid = d.objid "
	"LEFT JOIN pg_catalog.pg_constraint dcon ON d.classid = " CLASS("pg_constraint") " AND dcon.oid = d.objid "
	"LEFT JOIN pg_catalog.pg_rewrite drw ON d.classid = " CLASS("pg_rewrite") " AND drw.oid = d.objid "
	") x ORDER BY kind COLLATE \"C\", name COLLATE \"C\", column_name COLLATE \"C\" NULLS FIRST, what COLLATE \"C\"",
};
/* clang-format on */

char *sg_catalog__dependents_sql(void)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	for (size_t i = 0; i < sizeof(dependents_sql) / sizeof(dependents_sql[0]); i++)
		sg_strbuf_adds(&sb, dependents_sql[i]);
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

int sg_catalog__read_dependents(sg_catalog__loader *l, const PGresult *res)
{
	static const char *const names[] = {"kind",	  "name",	 "column_name", "what",
					    "stores_row", "foreign_key", "extension"};
	int f[7] = {0};
	int rc = sg_catalog__fields(l, res, "dependents", names, f, 7);
	int n = PQntuples(res);
	if (rc == 0 && n > 0) {
		sg_dependent *d = sg_arena_array(l->arena, (size_t)n, sizeof(*d));
		if (!d) {
			rc = sg_catalog__out_of_memory(l);
		} else {
			for (int i = 0; i < n; i++) {
				d[i].kind = sg_catalog__dup(l, res, i, f[0]);
				d[i].name = sg_catalog__dup(l, res, i, f[1]);
				d[i].column = sg_catalog__dup(l, res, i, f[2]);
				d[i].what = sg_catalog__dup(l, res, i, f[3]);
				d[i].stores_row = sg_catalog__flag(res, i, f[4]);
				d[i].foreign_key = sg_catalog__flag(res, i, f[5]);
				d[i].extension = sg_catalog__dup(l, res, i, f[6]);
			}
			l->schema->dependents = d;
			l->schema->ndependents = (size_t)n;
		}
	}
	return rc == 0 && l->oom ? sg_catalog__out_of_memory(l) : rc;
}
