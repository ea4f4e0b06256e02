/*
 * Class outside of the randomized diff suite (random_classes_typerefs.c):
 * once A exists, objects the models do not manage are created by hand in
 * schema sg_ext, each depending on one of A's (docs/diff.md, Objects outside
 * the models that depend on managed ones): a view reading a column, a
 * composite type with an attribute of a domain or enum, a function taking a
 * table's row type, a table storing that row type, a BEGIN ATOMIC function
 * reading a column.  The plan A -> B must be refused naming the dependent
 * (exit 2) or apply; what sg_ext holds is the same after the up and after
 * the down (outside_state).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff_util.h"
#include "random_pair.h"

enum { O_VIEW = 1, O_COMPOSITE = 2, O_ROW_FUNC = 4, O_ROW_TABLE = 8, O_ATOMIC = 16 };

void outside_sql(const rpair *p, sg_strbuf *sql)
{
	static rschema copy; /* the lookups take no const schema */
	copy = p->a;
	rschema *a = &copy;
	rtable *t = find_table_id(a, p->out_tid);
	rcol *c = t ? find_col_id(t, p->out_cid) : NULL;
	char tn[NAMELEN + 4], cn[NAMELEN + 4], ty[NAMELEN + 4];
	sg_strbuf_adds(sql, "DROP SCHEMA IF EXISTS sg_ext CASCADE;\nCREATE SCHEMA sg_ext;\n");
	if (t)
		sql_ident(tn, sizeof(tn), t->name);
	if (c)
		sql_ident(cn, sizeof(cn), c->name);
	if ((p->outside & O_VIEW) && c)
		sg_strbuf_addf(sql, "CREATE VIEW sg_ext.v_out AS SELECT %s AS x FROM public.%s;\n", cn, tn);
	if ((p->outside & O_COMPOSITE) && p->out_type[0] &&
	    (find_domain(a, p->out_type) || find_enum(a, p->out_type))) {
		sql_ident(ty, sizeof(ty), p->out_type);
		sg_strbuf_addf(sql, "CREATE TYPE sg_ext.c_out AS (x public.%s, y integer);\n", ty);
	}
	if ((p->outside & O_ROW_FUNC) && t)
		sg_strbuf_addf(sql,
			       "CREATE FUNCTION sg_ext.f_out(r public.%s) RETURNS integer LANGUAGE sql IMMUTABLE "
			       "RETURN 1;\n",
			       tn);
	if ((p->outside & O_ROW_TABLE) && t)
		sg_strbuf_addf(sql, "CREATE TABLE sg_ext.t_out (id integer, r public.%s);\n", tn);
	if ((p->outside & O_ATOMIC) && c)
		sg_strbuf_addf(sql,
			       "CREATE FUNCTION sg_ext.g_out() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT "
			       "count(%s) FROM public.%s; END;\n",
			       cn, tn);
}

char *outside_state(PGconn *conn, sg_strbuf *err)
{
	static const char *const q =
	    "SELECT coalesce(string_agg(x, E'\\n' ORDER BY x), '') FROM ("
	    " SELECT c.relkind::text || ' ' || c.relname || ' (' || coalesce((SELECT string_agg(a.attname, ', ' ORDER "
	    "BY "
	    "a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '') || "
	    "')' FROM pg_class c WHERE c.relnamespace = 'sg_ext'::regnamespace"
	    /* a function's name and arity: its argument's type is a table's row type, renamed with it */
	    " UNION ALL SELECT 'function ' || p.proname || '/' || p.pronargs FROM pg_proc p"
	    " WHERE p.pronamespace = 'sg_ext'::regnamespace) s(x)";
	PGresult *r = PQexec(conn, q);
	char *out = NULL;
	if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1)
		out = strdup(PQgetvalue(r, 0, 0));
	else
		sg_strbuf_addf(err, "reading schema sg_ext: %s", PQerrorMessage(conn));
	PQclear(r);
	/* What they give: the view's rows can be read, the function called. */
	static const char *const reads[] = {
	    "SELECT count(*) FROM sg_ext.v_out",
	    "SELECT sg_ext.g_out()",
	};
	static const char *const exists[] = {
	    "SELECT to_regclass('sg_ext.v_out') IS NOT NULL",
	    "SELECT to_regprocedure('sg_ext.g_out()') IS NOT NULL",
	};
	for (size_t i = 0; out && i < sizeof(reads) / sizeof(reads[0]); i++) {
		r = PQexec(conn, exists[i]);
		bool there = PQresultStatus(r) == PGRES_TUPLES_OK && strcmp(PQgetvalue(r, 0, 0), "t") == 0;
		PQclear(r);
		if (!there)
			continue;
		r = PQexec(conn, reads[i]);
		if (PQresultStatus(r) != PGRES_TUPLES_OK) {
			sg_strbuf_addf(err, "%s: %s", reads[i], PQerrorMessage(conn));
			free(out);
			out = NULL;
		}
		PQclear(r);
	}
	return out;
}
