/*
 * sg_migrate_drop: golang-migrate's `drop` (empty the schema a development
 * database's migrations built, to run them again), made safe.
 *
 * The schema is the session's current_schema(), the one golang-migrate's drop
 * empties and unqualified migrations create objects in.  Everything in it
 * goes (tables, views, sequences, routines, types, domains, collations,
 * operators, text search objects), except what an extension owns and the
 * runner's history table, which records the drop.  golang-migrate drops only
 * the tables, and CASCADE reaches wherever dependents are; here every object
 * of another schema that depends on one inside (a view, a foreign key, a
 * column of one of its types) is found first, from pg_depend, and the drop is
 * refused while there is one, so CASCADE never leaves the schema.  The check
 * is repeated in the dropping transaction, under the migration lock.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"
#include "pipeline.h"
#include "strbuf.h"

/* The objects of the current schema to drop: kind (as DROP spells it) and identity, in drop order. */
static const char sql_objects[] =
    "WITH s AS (SELECT oid, nspname FROM pg_namespace WHERE nspname = current_schema()), "
    "o(ord, kind, classid, objid, ident) AS ("
    " SELECT CASE c.relkind WHEN 'v' THEN 1 WHEN 'm' THEN 1 WHEN 'S' THEN 3 ELSE 2 END,"
    "  CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'"
    "   WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END,"
    "  'pg_class'::regclass, c.oid, format('%I.%I', s.nspname, c.relname)"
    " FROM pg_class c JOIN s ON c.relnamespace = s.oid"
    " WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.oid <> coalesce(to_regclass($1), 0)"
    /* a sequence owned by a column (serial, identity) goes with its table */
    "  AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
    "   AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')))"
    " UNION ALL"
    " SELECT 4, CASE p.prokind WHEN 'a' THEN 'AGGREGATE' WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END,"
    "  'pg_proc'::regclass, p.oid,"
    "  format('%I.%I(%s)', s.nspname, p.proname, pg_get_function_identity_arguments(p.oid))"
    " FROM pg_proc p JOIN s ON p.pronamespace = s.oid"
    " UNION ALL"
    " SELECT 5, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, 'pg_type'::regclass, t.oid,"
    "  format('%I.%I', s.nspname, t.typname)"
    " FROM pg_type t JOIN s ON t.typnamespace = s.oid"
    " WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')"
    "  AND (t.typrelid = 0 OR (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')"
    "  AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)"
    " UNION ALL"
    " SELECT 6, 'COLLATION', 'pg_collation'::regclass, c.oid, format('%I.%I', s.nspname, c.collname)"
    " FROM pg_collation c JOIN s ON c.collnamespace = s.oid"
    " UNION ALL"
    " SELECT 6, 'CONVERSION', 'pg_conversion'::regclass, c.oid, format('%I.%I', s.nspname, c.conname)"
    " FROM pg_conversion c JOIN s ON c.connamespace = s.oid"
    " UNION ALL"
    " SELECT 6, 'OPERATOR', 'pg_operator'::regclass, p.oid, format('%I.%s(%s, %s)', s.nspname, p.oprname,"
    "  CASE WHEN p.oprleft = 0 THEN 'NONE' ELSE format_type(p.oprleft, NULL) END,"
    "  CASE WHEN p.oprright = 0 THEN 'NONE' ELSE format_type(p.oprright, NULL) END)"
    " FROM pg_operator p JOIN s ON p.oprnamespace = s.oid"
    " UNION ALL"
    " SELECT 6, 'OPERATOR FAMILY', 'pg_opfamily'::regclass, f.oid,"
    "  format('%I.%I USING %I', s.nspname, f.opfname, a.amname)"
    " FROM pg_opfamily f JOIN s ON f.opfnamespace = s.oid JOIN pg_am a ON a.oid = f.opfmethod"
    " UNION ALL"
    " SELECT 6, 'TEXT SEARCH CONFIGURATION', 'pg_ts_config'::regclass, c.oid,"
    "  format('%I.%I', s.nspname, c.cfgname)"
    " FROM pg_ts_config c JOIN s ON c.cfgnamespace = s.oid"
    " UNION ALL"
    " SELECT 7, 'TEXT SEARCH DICTIONARY', 'pg_ts_dict'::regclass, d.oid, format('%I.%I', s.nspname, d.dictname)"
    " FROM pg_ts_dict d JOIN s ON d.dictnamespace = s.oid"
    " UNION ALL"
    " SELECT 7, 'STATISTICS', 'pg_statistic_ext'::regclass, x.oid, format('%I.%I', s.nspname, x.stxname)"
    " FROM pg_statistic_ext x JOIN s ON x.stxnamespace = s.oid"
    ") "
    "SELECT kind, ident FROM o WHERE NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.deptype = 'e'"
    " AND e.classid = o.classid AND e.objid = o.objid) "
    "ORDER BY ord, ident";

/*
 * Objects of other schemas (or of none: casts, event triggers) that depend on
 * an object of the current schema that would be dropped: CASCADE would take
 * them too.  Each object's schema comes from its catalog; what has none
 * counts as outside.
 */
static const char sql_outside[] =
    "WITH s AS (SELECT oid FROM pg_namespace WHERE nspname = current_schema()), "
    "ns(classid, objid, nsp) AS ("
    " SELECT 'pg_class'::regclass, oid, relnamespace FROM pg_class"
    " UNION ALL SELECT 'pg_type'::regclass, oid, typnamespace FROM pg_type"
    " UNION ALL SELECT 'pg_proc'::regclass, oid, pronamespace FROM pg_proc"
    " UNION ALL SELECT 'pg_constraint'::regclass, oid, connamespace FROM pg_constraint"
    " UNION ALL SELECT 'pg_collation'::regclass, oid, collnamespace FROM pg_collation"
    " UNION ALL SELECT 'pg_conversion'::regclass, oid, connamespace FROM pg_conversion"
    " UNION ALL SELECT 'pg_operator'::regclass, oid, oprnamespace FROM pg_operator"
    " UNION ALL SELECT 'pg_opclass'::regclass, oid, opcnamespace FROM pg_opclass"
    " UNION ALL SELECT 'pg_opfamily'::regclass, oid, opfnamespace FROM pg_opfamily"
    " UNION ALL SELECT 'pg_ts_config'::regclass, oid, cfgnamespace FROM pg_ts_config"
    " UNION ALL SELECT 'pg_ts_dict'::regclass, oid, dictnamespace FROM pg_ts_dict"
    " UNION ALL SELECT 'pg_statistic_ext'::regclass, oid, stxnamespace FROM pg_statistic_ext"
    " UNION ALL SELECT 'pg_rewrite'::regclass, r.oid, c.relnamespace FROM pg_rewrite r"
    "  JOIN pg_class c ON c.oid = r.ev_class"
    " UNION ALL SELECT 'pg_attrdef'::regclass, a.oid, c.relnamespace FROM pg_attrdef a"
    "  JOIN pg_class c ON c.oid = a.adrelid"
    " UNION ALL SELECT 'pg_trigger'::regclass, t.oid, c.relnamespace FROM pg_trigger t"
    "  JOIN pg_class c ON c.oid = t.tgrelid"
    " UNION ALL SELECT 'pg_policy'::regclass, p.oid, c.relnamespace FROM pg_policy p"
    "  JOIN pg_class c ON c.oid = p.polrelid"
    " UNION ALL SELECT 'pg_publication_rel'::regclass, p.oid, c.relnamespace FROM pg_publication_rel p"
    "  JOIN pg_class c ON c.oid = p.prrelid"
    " UNION ALL SELECT 'pg_amop'::regclass, a.oid, f.opfnamespace FROM pg_amop a"
    "  JOIN pg_opfamily f ON f.oid = a.amopfamily"
    " UNION ALL SELECT 'pg_amproc'::regclass, a.oid, f.opfnamespace FROM pg_amproc a"
    "  JOIN pg_opfamily f ON f.oid = a.amprocfamily"
    ") "
    "SELECT DISTINCT pg_describe_object(d.classid, d.objid, 0), pg_describe_object(d.refclassid, d.refobjid, 0) "
    "FROM pg_depend d JOIN ns r ON r.classid = d.refclassid AND r.objid = d.refobjid"
    " LEFT JOIN ns o ON o.classid = d.classid AND o.objid = d.objid "
    "WHERE d.deptype IN ('n', 'a') AND r.nsp = (SELECT oid FROM s) AND o.nsp IS DISTINCT FROM (SELECT oid FROM s)"
    " AND NOT (d.refclassid = 'pg_class'::regclass AND d.refobjid = coalesce(to_regclass($1), 0))"
    " AND NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.deptype = 'e' AND e.classid = d.refclassid"
    "  AND e.objid = d.refobjid) "
    "ORDER BY 1, 2 LIMIT 6";

typedef struct drop_list {
	PGresult *objects; /* kind, ident */
	char *schema, *database;
	char *summary;
} drop_list;

static void drop_list_release(drop_list *d)
{
	PQclear(d->objects);
	free(d->schema);
	free(d->database);
	free(d->summary);
	memset(d, 0, sizeof(*d));
}

/* "3 tables, 1 view, 2 types": the kinds in drop order, lower case, counted. */
static char *summarize(const PGresult *res)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	int n = PQntuples(res);
	for (int i = 0; i < n;) {
		const char *kind = PQgetvalue(res, i, 0);
		int count = 0;
		while (i < n && strcmp(PQgetvalue(res, i, 0), kind) == 0) {
			count++;
			i++;
		}
		sg_strbuf_addf(&sb, "%s%d ", sb.len ? ", " : "", count);
		size_t start = sb.len;
		for (const char *p = kind; *p; p++)
			sg_strbuf_addch(&sb, (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p));
		if (count > 1 && strcmp(kind, "STATISTICS") != 0) {
			if (sb.len > start && sb.data[sb.len - 1] == 'y') {
				sg_strbuf_truncate(&sb, sb.len - 1);
				sg_strbuf_adds(&sb, "ies");
			} else {
				sg_strbuf_addch(&sb, 's');
			}
		}
	}
	return sg_strbuf_detach(&sb, NULL);
}

/* Refuse, naming them, when objects outside the schema depend on what would be dropped. */
static int check_outside(sg_migrate *m, const drop_list *d, sg_error *err)
{
	const char *params[] = {m->trk.qhistory};
	PGresult *res = PQexecParams(m->conn, sql_outside, 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		sg_error_set(err, SG_ERR_DB, "cannot read what depends on schema \"%s\": %s", d->schema,
			     PQerrorMessage(m->conn));
		PQclear(res);
		return -1;
	}
	int n = PQntuples(res);
	if (n == 0) {
		PQclear(res);
		return 0;
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	for (int i = 0; i < n && i < 5; i++)
		sg_strbuf_addf(&sb, "%s%s (depends on %s)", i ? "; " : "", PQgetvalue(res, i, 0),
			       PQgetvalue(res, i, 1));
	if (n > 5)
		sg_strbuf_adds(&sb, "; and more");
	sg_error_set(err, SG_ERR_REFUSED,
		     "drop would reach outside schema \"%s\": %s; drop or change those first (nothing was dropped)",
		     d->schema, sb.data);
	sg_strbuf_release(&sb);
	PQclear(res);
	return -1;
}

/* The schema, the database and the objects to drop. */
static int list_objects(sg_migrate *m, drop_list *d, sg_error *err)
{
	PGresult *res = PQexec(m->conn, "SELECT current_schema(), current_database()");
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		sg_error_set(err, SG_ERR_DB, "cannot read the current schema: %s", PQerrorMessage(m->conn));
		PQclear(res);
		return -1;
	}
	if (PQgetisnull(res, 0, 0)) {
		PQclear(res);
		return sg_error_set(err, SG_ERR_INPUT,
				    "the session has no current schema: its search_path names no schema that exists");
	}
	d->schema = strdup(PQgetvalue(res, 0, 0));
	d->database = strdup(PQgetvalue(res, 0, 1));
	PQclear(res);
	const char *params[] = {m->trk.qhistory};
	d->objects = PQexecParams(m->conn, sql_objects, 1, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(d->objects) != PGRES_TUPLES_OK)
		return sg_error_set(err, SG_ERR_DB, "cannot list the objects of schema \"%s\": %s",
				    d->schema ? d->schema : "", PQerrorMessage(m->conn));
	d->summary = summarize(d->objects);
	if (!d->schema || !d->database || !d->summary)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	return 0;
}

/*
 * The statements of the drop, after the check: every object (CASCADE reaches
 * only the schema, the check said so; IF EXISTS because it may have taken one
 * already), then the tracking table's rows when it lives in another schema,
 * then the history event.
 */
static int drop_statements(sg_migrate *m, const drop_list *d, const sg_ledger *l, bool history, sg_error *err)
{
	int rc = 0;
	for (int i = 0; rc == 0 && i < PQntuples(d->objects); i++) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "DROP %s IF EXISTS %s CASCADE", PQgetvalue(d->objects, i, 0),
			       PQgetvalue(d->objects, i, 1));
		rc = sg_pipeline_exec(m->conn, sql.data, 0, NULL, "cannot drop", err);
		sg_strbuf_release(&sql);
	}
	bool elsewhere = strcmp(m->trk.schema, d->schema) != 0;
	const char *client[] = {m->client};
	if (rc == 0 && elsewhere && l->kind == SG_LEDGER_OURS) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(
		    &sql,
		    "WITH d AS (DELETE FROM %s RETURNING *) "
		    "INSERT INTO %s (action, version, name, outcome, checksum, client, detail) "
		    "SELECT 'drop', d.version, d.name, 'unapplied', d.checksum, $1, row_to_json(d)::text FROM d",
		    m->trk.qtable, m->trk.qhistory);
		rc = sg_pipeline_exec(m->conn, sql.data, 1, client, "cannot empty the tracking table", err);
		sg_strbuf_release(&sql);
	} else if (rc == 0 && elsewhere && l->kind == SG_LEDGER_GOLANG) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "DELETE FROM %s", m->trk.qtable);
		rc = sg_pipeline_exec(m->conn, sql.data, 0, NULL, "cannot empty golang-migrate's table", err);
		sg_strbuf_release(&sql);
	}
	if (rc == 0 && history) {
		char detail[1024];
		snprintf(detail, sizeof(detail), "dropped %d object%s in schema %s%s%s", PQntuples(d->objects),
			 PQntuples(d->objects) == 1 ? "" : "s", d->schema, d->summary[0] ? ": " : "", d->summary);
		const char *params[] = {m->client, detail};
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "INSERT INTO %s (action, outcome, client, detail) VALUES ('drop', 'ok', $1, $2)",
			       m->trk.qhistory);
		rc = sg_pipeline_exec(m->conn, sql.data, 2, params, "cannot record the drop", err);
		sg_strbuf_release(&sql);
	}
	return rc;
}

/* Whether the history table exists (it outlives a dropped tracking table). */
static int history_exists(sg_migrate *m, bool *out, sg_error *err)
{
	const char *params[] = {m->trk.qhistory};
	PGresult *res = PQexecParams(m->conn, "SELECT to_regclass($1) IS NOT NULL", 1, NULL, params, NULL, NULL, 0);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		rc = sg_error_set(err, SG_ERR_DB, "cannot look for the history table: %s", PQerrorMessage(m->conn));
	else
		*out = strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	PQclear(res);
	return rc;
}

int sg_migrate_drop(sg_migrate *m, sg_migrate_confirm_fn confirm, void *userdata, sg_migrate_result *res, sg_error *err)
{
	if (res)
		memset(res, 0, sizeof(*res));
	sg_migrate_run r;
	drop_list d = {0};
	int rc = sg_migrate__run_begin(m, &r, !m->dry_run, SG_MIGRATE_READ_LEDGER, err);
	if (rc == 0)
		rc = list_objects(m, &d, err);
	if (rc == 0)
		rc = check_outside(m, &d, err);
	int n = rc == 0 ? PQntuples(d.objects) : 0;
	if (rc == 0 && m->dry_run) {
		for (int i = 0; i < n; i++) {
			char msg[512];
			const char *kind = PQgetvalue(d.objects, i, 0);
			snprintf(msg, sizeof(msg), "would drop %c", *kind + ('a' - 'A'));
			size_t len = strlen(msg);
			for (const char *p = kind + 1; *p && len + 1 < sizeof(msg); p++)
				msg[len++] = (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
			snprintf(msg + len, sizeof(msg) - len, " %s", PQgetvalue(d.objects, i, 1));
			sg_migrate__emit(m, SG_MIGRATE_EVENT_PLANNED, NULL, NULL, false, -1, msg);
		}
	} else if (rc == 0) {
		sg_migrate_drop_plan plan = {d.schema, d.database, n, d.summary};
		if (confirm && !confirm(&plan, userdata))
			rc = sg_error_set(err, SG_ERR_REFUSED, "not confirmed: nothing was dropped");
		bool history = false;
		if (rc == 0)
			rc = sg_pipeline_exec(m->conn, "BEGIN", 0, NULL, "cannot start the drop", err);
		/* Again in the transaction: DDL may have run while the question was asked. */
		if (rc == 0) {
			drop_list_release(&d);
			rc = list_objects(m, &d, err);
		}
		if (rc == 0)
			rc = check_outside(m, &d, err);
		if (rc == 0)
			rc = history_exists(m, &history, err);
		if (rc == 0)
			rc = drop_statements(m, &d, &r.ledger, history, err);
		if (rc == 0)
			rc = sg_pipeline_exec(m->conn, "COMMIT", 0, NULL, "cannot commit the drop", err);
		if (rc != 0)
			sg_pipeline_rollback(m->conn);
		n = rc == 0 ? PQntuples(d.objects) : 0;
		if (rc == 0)
			sg_migrate__emitf(m, SG_MIGRATE_EVENT_INFO, "dropped %d object%s in schema \"%s\"%s%s", n,
					  n == 1 ? "" : "s", d.schema, n ? ": " : "", d.summary);
	}
	if (res) {
		res->count = n;
		/* A dry run changed nothing: still at the newest applied version. */
		const sg_track_row *last =
		    m->dry_run && r.ledger.kind == SG_LEDGER_OURS ? sg_ledger_last(&r.ledger) : NULL;
		if (last) {
			res->version = last->version;
			res->dirty = last->dirty;
			sg_migrate__version_label(res->version_text, sizeof(res->version_text), m, last->version);
		}
	}
	drop_list_release(&d);
	return sg_migrate__run_end(m, &r, rc, res, err);
}
