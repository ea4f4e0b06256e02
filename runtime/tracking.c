/*
 * sg_tracking: the tracking table's SQL and the ledger reader.
 */
#include "tracking.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "pipeline.h"
#include "strbuf.h"

/* Milliseconds since the runner's per-migration mark, computed by the server at commit time. */
#define DURATION_SQL                                                                                                   \
	"(extract(epoch FROM clock_timestamp() - current_setting('schemagen.started_at')::timestamptz) * "             \
	"1000)::bigint"

/*
 * The latest event that changed whether each version of $1 (bigint[]) is
 * applied, when it left it applied: up, baseline, a force that marked it
 * clean, or a run that left it dirty; a down, or anything that unmarked it
 * (force, drop), ends that.
 */
#define HISTORY_APPLIED_SQL                                                                                            \
	"SELECT version, action, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), id, name, "         \
	"checksum "                                                                                                    \
	"FROM (SELECT DISTINCT ON (version) * FROM %s WHERE version = ANY(%s) AND (outcome = 'unapplied' OR "          \
	"(action, outcome) IN (('up', 'ok'), ('down', 'ok'), ('baseline', 'applied'), ('force', 'clean'), "            \
	"('up', 'dirty'), ('down', 'dirty'))) ORDER BY version, id DESC) s "                                           \
	"WHERE NOT (outcome = 'unapplied' OR (action = 'down' AND outcome = 'ok'))"

static char *fmt(const char *f, ...) SG_PRINTF(1, 2);
static char *fmt(const char *f, ...)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	va_list ap;
	va_start(ap, f);
	char small[1];
	va_list ap2;
	va_copy(ap2, ap);
	int n = vsnprintf(small, sizeof(small), f, ap2);
	va_end(ap2);
	if (n >= 0 && sg_strbuf_grow(&sb, (size_t)n)) {
		vsnprintf(sb.data, (size_t)n + 1, f, ap);
		sb.len = (size_t)n;
	}
	va_end(ap);
	if (sg_strbuf_failed(&sb)) {
		sg_strbuf_release(&sb);
		return NULL;
	}
	return sg_strbuf_detach(&sb, NULL);
}

static char *qualified(const char *schema, const char *name)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_quote_qualified(&sb, schema, name);
	return sg_strbuf_detach(&sb, NULL);
}

int sg_tracking_init(sg_tracking *t, const char *schema, const char *table, sg_error *err)
{
	memset(t, 0, sizeof(*t));
	if (!schema[0] || !table[0])
		return sg_error_set(err, SG_ERR_INPUT, "the tracking table needs a schema and a name");
	/* PostgreSQL truncates names at 63 bytes; TABLE_golang_migrate must fit too. */
	if (strlen(schema) > 63 || strlen(table) > 63 - strlen("_golang_migrate"))
		return sg_error_set(err, SG_ERR_INPUT, "tracking table name '%s.%s' is too long (at most 48 bytes)",
				    schema, table);
	char *history = fmt("%s_history", table);
	t->schema = strdup(schema);
	t->table = strdup(table);
	t->golang_backup = fmt("%s_golang_migrate", table);
	t->qschema = sg_quote_ident_dup(schema);
	t->qtable = qualified(schema, table);
	t->qhistory = history ? qualified(schema, history) : NULL;
	free(history);
	if (!t->schema || !t->table || !t->golang_backup || !t->qschema || !t->qtable || !t->qhistory) {
		sg_tracking_release(t);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	const char *T = t->qtable, *H = t->qhistory;
	t->sql_load = fmt("SELECT version, name, checksum, "
			  "to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
			  "duration_ms, applied_by, dirty, statements_done, statements_total, last_error, method "
			  "FROM %s ORDER BY version",
			  T);
	/*
	 * Every column of the table is named, those it does not read in a
	 * subquery that reads no row: a table that lost one (dropped by hand) is
	 * refused here, before a file runs, not when the file's tracking row
	 * is written (load_golang names the missing column).
	 */
	t->sql_load_brief = fmt("SELECT version, name, checksum, NULL, 0, NULL, dirty, statements_done, "
				"statements_total, last_error, method, (SELECT count(*) FROM (SELECT applied_at, "
				"duration_ms, applied_by FROM %s LIMIT 0) c) FROM %s ORDER BY version",
				T, T);
	t->sql_versions = fmt("SELECT count(*), coalesce(bool_or(dirty), false), coalesce(array_agg(version), '{}'), "
			      "(SELECT count(*) FROM (SELECT name, checksum, applied_at, duration_ms, applied_by, "
			      "statements_done, statements_total, last_error, method FROM %s LIMIT 0) c), "
			      "coalesce(array_agg(checksum), '{}') FROM %s",
			      T, T);
	t->sql_create = fmt("CREATE SCHEMA IF NOT EXISTS %s;\n"
			    "CREATE TABLE IF NOT EXISTS %s (\n"
			    "  version bigint PRIMARY KEY CHECK (version > 0),\n"
			    "  name text NOT NULL,\n"
			    "  checksum text NOT NULL,\n"
			    "  applied_at timestamptz NOT NULL DEFAULT now(),\n"
			    "  duration_ms bigint NOT NULL DEFAULT 0,\n"
			    "  applied_by text NOT NULL DEFAULT current_user,\n"
			    "  dirty boolean NOT NULL DEFAULT false,\n"
			    "  statements_done integer,\n"
			    "  statements_total integer,\n"
			    "  last_error text,\n"
			    "  method text NOT NULL DEFAULT 'up'\n"
			    ");\n"
			    "CREATE TABLE IF NOT EXISTS %s (\n"
			    "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
			    "  at timestamptz NOT NULL DEFAULT clock_timestamp(),\n"
			    "  action text NOT NULL,\n"
			    "  version bigint,\n"
			    "  name text,\n"
			    "  outcome text NOT NULL,\n"
			    "  duration_ms bigint,\n"
			    "  applied_by text NOT NULL DEFAULT current_user,\n"
			    "  client text,\n"
			    "  checksum text,\n"
			    "  detail text\n"
			    ")",
			    t->qschema, T, H);
	t->sql_applied = fmt("WITH r AS (INSERT INTO %s (version, name, checksum, duration_ms, method) "
			     "VALUES ($1, $2, $3, " DURATION_SQL ", 'up')) "
			     "INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client) "
			     "VALUES ('up', $1, $2, 'ok', " DURATION_SQL ", $3, $4)",
			     T, H);
	t->sql_reverted = fmt("WITH d AS (DELETE FROM %s WHERE version = $1) "
			      "INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client) "
			      "VALUES ('down', $1, $2, 'ok', " DURATION_SQL ", $3, $4)",
			      T, H);
	t->sql_notx_start_up = fmt("INSERT INTO %s (version, name, checksum, dirty, statements_done, "
				   "statements_total, method) VALUES ($1, $2, $3, true, 0, $4, 'up')",
				   T);
	t->sql_notx_start_down = fmt("UPDATE %s SET dirty = true, statements_done = 0, statements_total = $2, "
				     "method = 'down', last_error = NULL WHERE version = $1",
				     T);
	t->sql_progress = fmt("UPDATE %s SET statements_done = $2 WHERE version = $1", T);
	t->sql_notx_done_up = fmt("WITH u AS (UPDATE %s SET dirty = false, duration_ms = $5, last_error = NULL, "
				  "applied_at = now(), method = 'up' WHERE version = $1) "
				  "INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client) "
				  "VALUES ('up', $1, $2, 'ok', $5, $3, $4)",
				  T, H);
	t->sql_notx_done_down = fmt("WITH d AS (DELETE FROM %s WHERE version = $1) "
				    "INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client) "
				    "VALUES ('down', $1, $2, 'ok', $5, $3, $4)",
				    T, H);
	t->sql_failed_dirty =
	    fmt("WITH u AS (UPDATE %s SET last_error = $5 WHERE version = $1) "
		"INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client, detail) "
		"VALUES ($6, $1, $2, 'dirty', $7, $3, $4, $5)",
		T, H);
	t->sql_failed = fmt("INSERT INTO %s (action, version, name, outcome, duration_ms, checksum, client, detail) "
			    "VALUES ($6, $1, $2, 'failed', $7, $3, $4, $5)",
			    H);
	/*
	 * Also versions above $1 without a row whose history says they are
	 * applied (a row deleted by hand): `force` declares them not applied,
	 * and the history now says so too.
	 */
	char *above = fmt("ARRAY(SELECT version FROM %s WHERE version > $1)", H);
	char *gone_sql = above ? fmt(HISTORY_APPLIED_SQL, H, above) : NULL;
	free(above);
	t->sql_force_above = gone_sql ? fmt("WITH d AS (DELETE FROM %s WHERE version > $1 RETURNING *), "
					    "g AS (SELECT * FROM (%s) h WHERE version NOT IN (SELECT version FROM d)) "
					    "INSERT INTO %s (action, version, name, outcome, checksum, client, detail) "
					    "SELECT 'force', d.version, d.name, 'unapplied', d.checksum, $2, "
					    "row_to_json(d)::text FROM d UNION ALL "
					    "SELECT 'force', g.version, g.name, 'unapplied', g.checksum, $2, "
					    "json_build_object('row', NULL, 'history_id', g.id)::text FROM g "
					    "RETURNING version, name",
					    T, gone_sql, H)
				      : NULL;
	free(gone_sql);
	t->sql_history_applied = fmt(HISTORY_APPLIED_SQL, H, "$1::bigint[]");
	t->sql_accept_edit =
	    fmt("WITH u AS (UPDATE %s SET checksum = $2 WHERE version = $1 AND coalesce(checksum, '') = $3 "
		"RETURNING version) "
		"INSERT INTO %s (action, version, name, outcome, checksum, client, detail) "
		"SELECT 'accept-edit', $1, $4, 'ok', $2, $5, 'checksum ' || coalesce(nullif($3, ''), '(none)') || "
		"' replaced by ' || $2 "
		"FROM u RETURNING version",
		T, H);
	t->sql_force_version =
	    fmt("WITH old AS (SELECT row_to_json(o)::text AS j FROM %s o WHERE version = $1), "
		"u AS (INSERT INTO %s (version, name, checksum, duration_ms, method) "
		"VALUES ($1, $2, $3, 0, 'force') ON CONFLICT (version) DO UPDATE SET dirty = false, "
		"last_error = NULL, statements_done = NULL, statements_total = NULL, method = 'force', "
		"checksum = EXCLUDED.checksum) "
		"INSERT INTO %s (action, version, name, outcome, checksum, client, detail) "
		"VALUES ('force', $1, $2, 'clean', $3, $4, (SELECT j FROM old))",
		T, T, H);
	t->sql_baseline = fmt("WITH i AS (INSERT INTO %s (version, name, checksum, duration_ms, method) "
			      "VALUES ($1, $2, $3, 0, 'baseline') ON CONFLICT (version) DO NOTHING RETURNING version) "
			      "INSERT INTO %s (action, version, name, outcome, checksum, client) "
			      "SELECT 'baseline', $1, $2, 'applied', $3, $4 FROM i RETURNING version",
			      T, H);
	t->sql_history = fmt("SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), action, "
			     "version, name, outcome, duration_ms, applied_by, client, detail FROM %s ORDER BY id",
			     H);
	t->sql_last_event = fmt("SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), action, "
				"version, name, outcome, detail FROM %s ORDER BY id DESC LIMIT 1",
				H);
	char **all[] = {&t->sql_load,	  &t->sql_load_brief,	&t->sql_versions,	 &t->sql_create,
			&t->sql_applied,  &t->sql_reverted,	&t->sql_notx_start_up,	 &t->sql_notx_start_down,
			&t->sql_progress, &t->sql_notx_done_up, &t->sql_notx_done_down,	 &t->sql_failed_dirty,
			&t->sql_failed,	  &t->sql_force_above,	&t->sql_force_version,	 &t->sql_baseline,
			&t->sql_history,  &t->sql_last_event,	&t->sql_history_applied, &t->sql_accept_edit};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		if (!*all[i]) {
			sg_tracking_release(t);
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	}
	return 0;
}

void sg_tracking_release(sg_tracking *t)
{
	char *all[] = {t->schema,
		       t->table,
		       t->qschema,
		       t->qtable,
		       t->qhistory,
		       t->golang_backup,
		       t->sql_load,
		       t->sql_load_brief,
		       t->sql_versions,
		       t->sql_create,
		       t->sql_applied,
		       t->sql_reverted,
		       t->sql_notx_start_up,
		       t->sql_notx_start_down,
		       t->sql_progress,
		       t->sql_notx_done_up,
		       t->sql_notx_done_down,
		       t->sql_failed_dirty,
		       t->sql_failed,
		       t->sql_force_above,
		       t->sql_force_version,
		       t->sql_baseline,
		       t->sql_history,
		       t->sql_last_event,
		       t->sql_history_applied,
		       t->sql_accept_edit};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++)
		free(all[i]);
	memset(t, 0, sizeof(*t));
}

void sg_ledger_release(sg_ledger *l)
{
	free(l->rows);
	PQclear(l->result);
	memset(l, 0, sizeof(*l));
}

const sg_track_row *sg_ledger_find(const sg_ledger *l, int64_t version)
{
	size_t lo = 0, hi = l->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (l->rows[mid].version == version)
			return &l->rows[mid];
		if (l->rows[mid].version < version)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

const sg_track_row *sg_ledger_last(const sg_ledger *l)
{
	return l->count ? &l->rows[l->count - 1] : NULL;
}

static const char *value_or_null(const PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NULL : PQgetvalue(res, row, col);
}

/* The tracking table's columns as sql_create makes them (what to add back when one was dropped). */
static const struct {
	const char *name, *definition;
} tracking_columns[] = {
    {"version", "bigint PRIMARY KEY CHECK (version > 0)"},
    {"name", "text NOT NULL DEFAULT ''"},
    {"checksum", "text NOT NULL DEFAULT ''"},
    {"applied_at", "timestamptz NOT NULL DEFAULT now()"},
    {"duration_ms", "bigint NOT NULL DEFAULT 0"},
    {"applied_by", "text NOT NULL DEFAULT current_user"},
    {"dirty", "boolean NOT NULL DEFAULT false"},
    {"statements_done", "integer"},
    {"statements_total", "integer"},
    {"last_error", "text"},
    {"method", "text NOT NULL DEFAULT 'up'"},
};

/* Whether the comma-separated list holds name. */
static bool has_name(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; p; p = strchr(p, ',') ? strchr(p, ',') + 1 : NULL)
		if (strncmp(p, name, n) == 0 && (p[n] == ',' || p[n] == '\0'))
			return true;
	return false;
}

/* golang-migrate's table: exactly `version bigint, dirty boolean`, one row at most. */
static int load_golang(sg_ledger *out, PGconn *conn, const sg_tracking *t, sg_error *err)
{
	const char *params[] = {t->schema, t->table};
	PGresult *res =
	    PQexecParams(conn,
			 "SELECT string_agg(a.attname, ',' ORDER BY a.attname) FROM pg_attribute a "
			 "JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
			 "WHERE n.nspname = $1 AND c.relname = $2 AND a.attnum > 0 AND NOT a.attisdropped",
			 2, NULL, params, NULL, NULL, 0);
	bool read = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
	bool golang = read && strcmp(PQgetvalue(res, 0, 0), "dirty,version") == 0;
	const char *missing = NULL, *add = NULL;
	size_t present = 0;
	for (size_t i = 0; read && !golang && i < sizeof(tracking_columns) / sizeof(tracking_columns[0]); i++) {
		if (has_name(PQgetvalue(res, 0, 0), tracking_columns[i].name))
			present++;
		else if (!missing)
			missing = tracking_columns[i].name, add = tracking_columns[i].definition;
	}
	/* Ours with a column dropped by hand: said so, with the column to put back. */
	if (!golang && missing && present >= 4) {
		sg_error_set(err, SG_ERR_REFUSED,
			     "the tracking table %s has no column '%s' (dropped by hand?): put it back with "
			     "'ALTER TABLE %s ADD COLUMN %s %s'",
			     t->qtable, missing, t->qtable, missing, add);
		PQclear(res);
		return -1;
	}
	PQclear(res);
	if (!golang)
		return sg_error_set(err, SG_ERR_REFUSED,
				    "table %s exists but is not a schemagen tracking table (nor golang-migrate's); "
				    "choose another with --table",
				    t->qtable);
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_addf(&sql, "SELECT version, dirty FROM %s ORDER BY version DESC LIMIT 1", t->qtable);
	res = PQexec(conn, sql.data);
	sg_strbuf_release(&sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		char why[512];
		sg_error_set(err, SG_ERR_DB, "cannot read golang-migrate's table %s: %s", t->qtable,
			     sg_pipeline_error_text(res, conn, why, sizeof(why)));
		PQclear(res);
		return -1;
	}
	out->kind = SG_LEDGER_GOLANG;
	if (PQntuples(res) == 1) {
		out->golang_version = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
		out->golang_dirty = strcmp(PQgetvalue(res, 0, 1), "t") == 0;
	}
	PQclear(res);
	return 0;
}

int sg_tracking_load(sg_ledger *out, PGconn *conn, const sg_tracking *t, bool full, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	PGresult *res = PQexec(conn, full ? t->sql_load : t->sql_load_brief);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		bool missing = state && strcmp(state, "42P01") == 0;	  /* undefined_table */
		bool other_layout = state && strcmp(state, "42703") == 0; /* undefined_column */
		char why[512];
		if (!missing && !other_layout)
			sg_error_set(err, SG_ERR_DB, "cannot read the tracking table %s: %s", t->qtable,
				     sg_pipeline_error_text(res, conn, why, sizeof(why)));
		PQclear(res);
		if (missing) {
			out->kind = SG_LEDGER_MISSING;
			return 0;
		}
		return other_layout ? load_golang(out, conn, t, err) : -1;
	}
	int n = PQntuples(res);
	out->kind = SG_LEDGER_OURS;
	out->result = res;
	out->rows = calloc(n ? (size_t)n : 1, sizeof(*out->rows));
	if (!out->rows)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (int i = 0; i < n; i++) {
		sg_track_row *r = &out->rows[out->count++];
		r->version = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		/* NOT NULL in our table; "" when someone dropped that and set NULL by hand (verify.c says so). */
		r->name = PQgetvalue(res, i, 1);
		r->checksum = PQgetvalue(res, i, 2);
		r->applied_at = value_or_null(res, i, 3);
		r->duration_ms = strtoll(PQgetvalue(res, i, 4), NULL, 10);
		r->applied_by = value_or_null(res, i, 5);
		r->dirty = PQgetvalue(res, i, 6)[0] == 't';
		r->statements_done = PQgetisnull(res, i, 7) ? -1 : atoi(PQgetvalue(res, i, 7));
		r->statements_total = PQgetisnull(res, i, 8) ? -1 : atoi(PQgetvalue(res, i, 8));
		r->last_error = value_or_null(res, i, 9);
		r->method = value_or_null(res, i, 10);
	}
	return 0;
}

static int cmp_version(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

void sg_ledger_versions_release(sg_ledger_versions *v)
{
	free(v->versions);
	free(v->sums);
	memset(v, 0, sizeof(*v));
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/*
 * The checksums of '{hex,hex,...}', in the versions' order (both arrays
 * come from one scan); false when one is not 64 hex digits (not one of ours).
 */
static bool parse_sums(sg_ledger_versions *out, const char *p)
{
	if (*p == '{')
		p++;
	for (size_t i = 0; i < out->count; i++) {
		for (int b = 0; b < SG_SHA256_LEN; b++) {
			int hi = hexval(p[2 * b]), lo = hi < 0 ? -1 : hexval(p[2 * b + 1]);
			if (lo < 0)
				return false;
			out->sums[i][b] = (unsigned char)(hi * 16 + lo);
		}
		p += 2 * SG_SHA256_LEN;
		if (*p != (i + 1 < out->count ? ',' : '}'))
			return false;
		p++;
	}
	return true;
}

/* Order versions (and their sums) ascending. */
static bool sort_versions(sg_ledger_versions *v)
{
	typedef struct {
		int64_t version;
		size_t at;
	} pair;
	pair *ps = malloc(v->count * sizeof(*ps));
	unsigned char(*sums)[SG_SHA256_LEN] = malloc(v->count * sizeof(*sums));
	if (!ps || !sums) {
		free(ps);
		free(sums);
		return false;
	}
	for (size_t i = 0; i < v->count; i++)
		ps[i] = (pair){v->versions[i], i};
	qsort(ps, v->count, sizeof(*ps), cmp_version);
	for (size_t i = 0; i < v->count; i++) {
		v->versions[i] = ps[i].version;
		memcpy(sums[i], v->sums[ps[i].at], SG_SHA256_LEN);
	}
	free(v->sums);
	v->sums = sums;
	free(ps);
	return true;
}

int sg_tracking_load_versions(sg_ledger_versions *out, PGconn *conn, const sg_tracking *t, sg_error *err)
{
	return sg_tracking_versions_from(out, PQexec(conn, t->sql_versions), conn, t, err);
}

int sg_tracking_versions_from(sg_ledger_versions *out, PGresult *res, PGconn *conn, const sg_tracking *t, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1 || PQnfields(res) != 5) {
		const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
		/* undefined_table, undefined_column: missing, or golang-migrate's */
		bool not_ours = state && (strcmp(state, "42P01") == 0 || strcmp(state, "42703") == 0);
		if (!not_ours)
			sg_error_set(err, SG_ERR_DB, "cannot read the tracking table %s: %s", t->qtable,
				     res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
		PQclear(res);
		return not_ours ? 0 : -1;
	}
	long long count = strtoll(PQgetvalue(res, 0, 0), NULL, 10);
	out->any_dirty = PQgetvalue(res, 0, 1)[0] == 't';
	out->versions = malloc((count > 0 ? (size_t)count : 1) * sizeof(*out->versions));
	out->sums = malloc((count > 0 ? (size_t)count : 1) * sizeof(*out->sums));
	if (!out->versions || !out->sums) {
		sg_ledger_versions_release(out);
		PQclear(res);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	/* '{1,2,3}': bigints, never NULL (the primary key). */
	const char *p = PQgetvalue(res, 0, 2);
	if (*p == '{')
		p++;
	bool sorted = true;
	while (*p && *p != '}' && out->count < (size_t)count) {
		char *end;
		int64_t v = strtoll(p, &end, 10);
		if (end == p)
			break;
		if (out->count && v <= out->versions[out->count - 1])
			sorted = false;
		out->versions[out->count++] = v;
		p = *end == ',' ? end + 1 : end;
	}
	bool whole = out->count == (size_t)count && (*p == '}' || !*p) && parse_sums(out, PQgetvalue(res, 0, 4));
	PQclear(res);
	if (!whole) { /* not what our table gives: let the ledger's reader say why */
		sg_ledger_versions_release(out);
		return 0;
	}
	if (!sorted && !sort_versions(out)) {
		sg_ledger_versions_release(out);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	return 1;
}

static int exec_ok(PGconn *conn, const char *sql, const char *what, sg_error *err)
{
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	int rc = 0;
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK)
		rc = sg_error_set(err, SG_ERR_DB, "%s: %s", what, PQerrorMessage(conn));
	PQclear(res);
	return rc;
}

int sg_tracking_create(PGconn *conn, const sg_tracking *t, sg_error *err)
{
	/*
	 * CREATE SCHEMA IF NOT EXISTS asks for CREATE on the database even when
	 * the schema exists: a role that may create in its schema only (the
	 * grant PostgreSQL 15's public schema asks for) could not make the table.
	 * The schema is created only when it is missing.
	 */
	const char *params[] = {t->schema};
	PGresult *res =
	    PQexecParams(conn, "SELECT 1 FROM pg_namespace WHERE nspname = $1", 1, NULL, params, NULL, NULL, 0);
	bool exists = PQresultStatus(res) == PGRES_TUPLES_OK && PQntuples(res) == 1;
	PQclear(res);
	const char *sql = t->sql_create, *after_schema = strchr(sql, '\n');
	if (exists && after_schema)
		sql = after_schema + 1;
	char what[600];
	snprintf(what, sizeof(what), "cannot create the tracking table %s", t->qtable);
	return exec_ok(conn, sql, what, err);
}

int sg_tracking_adopt_golang(PGconn *conn, const sg_tracking *t, int64_t seen_version, bool seen_dirty, int64_t version,
			     const char *client, sg_error *err)
{
	/*
	 * golang-migrate marks a version dirty in a transaction of its own before
	 * it runs the file: read under a lock that its next write must wait for,
	 * the table still says what the caller decided on, or golang-migrate is
	 * at work.
	 */
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_addf(&sql, "LOCK TABLE %s IN ACCESS EXCLUSIVE MODE", t->qtable);
	int rc = exec_ok(conn, sql.data, "cannot lock golang-migrate's table", err);
	sg_strbuf_reset(&sql);
	sg_strbuf_addf(&sql, "SELECT version, dirty FROM %s ORDER BY version DESC LIMIT 1", t->qtable);
	PGresult *res = rc == 0 ? PQexec(conn, sql.data) : NULL;
	sg_strbuf_reset(&sql);
	if (rc == 0 && PQresultStatus(res) != PGRES_TUPLES_OK)
		rc = sg_error_set(err, SG_ERR_DB, "cannot read golang-migrate's table %s: %s", t->qtable,
				  PQerrorMessage(conn));
	if (rc == 0) {
		int64_t now = PQntuples(res) ? strtoll(PQgetvalue(res, 0, 0), NULL, 10) : 0;
		bool dirty = PQntuples(res) && strcmp(PQgetvalue(res, 0, 1), "t") == 0;
		if (now != seen_version || dirty != seen_dirty)
			rc = sg_error_set(err, SG_ERR_DB,
					  "golang-migrate's table %s changed while migrate was adopting it (now at "
					  "version %lld%s): is golang-migrate running against this database? Nothing "
					  "was changed; run again once it has finished",
					  t->qtable, (long long)now, dirty ? ", dirty" : "");
	}
	PQclear(res);
	if (rc == 0) {
		sg_strbuf_addf(&sql, "ALTER TABLE %s RENAME TO ", t->qtable);
		sg_quote_ident(&sql, t->golang_backup);
		rc = exec_ok(conn, sql.data, "cannot rename golang-migrate's table", err);
		sg_strbuf_reset(&sql);
	}
	if (rc == 0)
		rc = sg_tracking_create(conn, t, err);
	if (rc != 0) {
		sg_strbuf_release(&sql);
		return rc;
	}
	char v[32], detail[320];
	snprintf(v, sizeof(v), "%lld", (long long)version);
	snprintf(detail, sizeof(detail),
		 "adopted golang-migrate's table (it said version %lld%s) at version %lld; kept "
		 "as %s.%s",
		 (long long)seen_version, seen_dirty ? ", dirty" : "", (long long)version, t->schema, t->golang_backup);
	const char *params[] = {v, client, detail};
	sg_strbuf_addf(&sql,
		       "INSERT INTO %s (action, version, outcome, client, detail) VALUES ('adopt', $1, 'ok', $2, $3)",
		       t->qhistory);
	res = PQexecParams(conn, sql.data, 3, NULL, params, NULL, NULL, 0);
	sg_strbuf_release(&sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		rc = sg_error_set(err, SG_ERR_DB, "cannot record the adoption: %s", PQerrorMessage(conn));
	PQclear(res);
	return rc;
}
