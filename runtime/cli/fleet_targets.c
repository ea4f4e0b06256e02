/*
 * A fleet's targets (fleet_targets.h): a --targets file, or the rows of a
 * --targets-query, each a complete connection string laid over --database.
 * A schema target connects with `options=-c search_path=SCHEMA`, so that
 * every migration file (and the session reset between files, which goes back
 * to the connection's settings) runs in it.
 */
#include "fleet_targets.h"

#include <ctype.h>
#include <errno.h>
#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"
#include "redact.h"
#include "schemagen/conn.h"
#include "strbuf.h"
#include "url_options.h"

void sg_fleet_targets_release(sg_fleet_targets *t)
{
	for (size_t i = 0; i < t->count; i++) {
		free(t->items[i].label);
		free(t->items[i].conninfo);
		free(t->items[i].schema);
		free(t->items[i].table);
	}
	free(t->items);
	memset(t, 0, sizeof(*t));
}

/* A conninfo value in single quotes, ' and \ escaped, as libpq reads them. */
static void add_value(sg_strbuf *sb, const char *value)
{
	sg_strbuf_addch(sb, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '\'');
}

/* A word of libpq's `options`: spaces and backslashes escaped with a backslash. */
static void add_options_word(sg_strbuf *sb, const char *word)
{
	for (const char *p = word; *p; p++) {
		if (*p == ' ' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
}

static const char *option_value(const PQconninfoOption *opts, const char *key)
{
	for (const PQconninfoOption *o = opts; o && o->keyword; o++)
		if (strcmp(o->keyword, key) == 0)
			return o->val && o->val[0] ? o->val : NULL;
	return NULL;
}

/*
 * `spec` (libpq-ready, may be "") over `base`: every keyword the spec sets
 * wins; the schema joins `options`; connect_timeout from timeout_s unless
 * set.  *label_out gets the database's name (or the host) for a default label.
 */
static int layer(char **out, char **dbname_out, const char *base, const char *spec, const char *schema, long timeout_s,
		 sg_error *err)
{
	*out = NULL;
	*dbname_out = NULL;
	if (sg_redact_check(base, err) != 0 || sg_redact_check(spec, err) != 0)
		return -1;
	PQconninfoOption *b = PQconninfoParse(base, NULL), *s = PQconninfoParse(spec, NULL);
	if (!b || !s) {
		PQconninfoFree(b);
		PQconninfoFree(s);
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	sg_strbuf sb = SG_STRBUF_INIT;
	for (PQconninfoOption *o = b; o->keyword; o++) {
		const char *v = option_value(s, o->keyword);
		if (!v)
			v = o->val && o->val[0] ? o->val : NULL;
		sg_strbuf sv = SG_STRBUF_INIT;
		if (strcmp(o->keyword, "options") == 0 && schema) {
			char *q = sg_quote_ident_dup(schema);
			sg_strbuf_addf(&sv, "%s%s-c search_path=", v ? v : "", v ? " " : "");
			add_options_word(&sv, q ? q : "");
			free(q);
			v = sv.data;
		}
		char num[32];
		if (strcmp(o->keyword, "connect_timeout") == 0 && !v && timeout_s > 0) {
			snprintf(num, sizeof(num), "%ld", timeout_s);
			v = num;
		}
		if (v) {
			sg_strbuf_addf(&sb, "%s%s=", sb.len ? " " : "", o->keyword);
			add_value(&sb, v);
		}
		sg_strbuf_release(&sv);
	}
	const char *db = option_value(s, "dbname");
	if (!db)
		db = option_value(b, "dbname");
	if (!db)
		db = option_value(s, "host");
	if (!db)
		db = option_value(b, "host");
	*dbname_out = strdup(db ? db : "");
	PQconninfoFree(b);
	PQconninfoFree(s);
	*out = sg_strbuf_detach(&sb, NULL);
	if (!*out || !*dbname_out) {
		free(*out);
		free(*dbname_out);
		*out = *dbname_out = NULL;
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	return 0;
}

static bool has_scheme(const char *s)
{
	const char *sep = strstr(s, "://");
	if (!sep || sep == s)
		return false;
	for (const char *p = s; p < sep; p++)
		if (!isalnum((unsigned char)*p) && *p != '+' && *p != '-' && *p != '.')
			return false;
	return true;
}

/* Add one target: `spec` a URL or conninfo ("" for the base alone). */
static int add_target(sg_fleet_targets *out, const char *label, const char *schema, const char *spec, const char *base,
		      long timeout_s, int line, sg_error *err)
{
	sg_url_options uo = {0};
	uo.statement_timeout_ms = -1;
	const char *libpq_spec = spec;
	if (has_scheme(spec)) {
		if (sg_url_options_parse(&uo, spec, err) != 0) {
			sg_redact_error(err, spec);
			sg_url_options_release(&uo);
			return -1;
		}
		libpq_spec = uo.url;
	}
	if (schema && uo.schema && uo.schema_from_table && strcmp(schema, uo.schema) != 0) {
		sg_error_set(err, SG_ERR_INPUT, "schema '%s' and the URL's x-migrations-table schema '%s' disagree",
			     schema, uo.schema);
		sg_url_options_release(&uo);
		return -1;
	}
	const char *ledger_schema = schema ? schema : uo.schema;
	char *conninfo = NULL, *db = NULL;
	if (layer(&conninfo, &db, base ? base : "", libpq_spec, schema, timeout_s, err) != 0) {
		sg_url_options_release(&uo);
		return -1;
	}
	if (out->count == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 16;
		sg_fleet_target *items = realloc(out->items, cap * sizeof(*items));
		if (!items) {
			free(conninfo);
			free(db);
			sg_url_options_release(&uo);
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
		out->items = items;
		out->cap = cap;
	}
	sg_fleet_target *t = &out->items[out->count++];
	memset(t, 0, sizeof(*t));
	t->conninfo = conninfo;
	t->line = line;
	t->label = strdup(label ? label : schema ? schema : db[0] ? db : "default");
	t->schema = ledger_schema ? strdup(ledger_schema) : NULL;
	t->table = uo.table ? strdup(uo.table) : NULL;
	free(db);
	sg_url_options_release(&uo);
	if (!t->label || (ledger_schema && !t->schema))
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	return 0;
}

/* Labels name targets in every line of output: two targets with one label are an error. */
static int check_labels(const sg_fleet_targets *t, const char *origin, const char *where, sg_error *err)
{
	for (size_t i = 0; i < t->count; i++)
		for (size_t j = 0; j < i; j++)
			if (strcmp(t->items[i].label, t->items[j].label) == 0)
				return sg_error_set(
				    err, SG_ERR_INPUT,
				    "%s: %s %d and %d are both target '%s': give each its own name=LABEL", origin,
				    where, t->items[j].line, t->items[i].line, t->items[i].label);
	if (t->count == 0)
		return sg_error_set(err, SG_ERR_INPUT, "%s: no targets", origin);
	return 0;
}

/* A label or schema word: printable, no quote, no space. */
static bool word_ok(const char *s, size_t len)
{
	if (len == 0)
		return false;
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f || s[i] == '\'' || s[i] == '"')
			return false;
	return true;
}

int sg_fleet_targets_parse(sg_fleet_targets *out, const char *text, const char *origin, const char *base,
			   long timeout_s, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	int lineno = 0;
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, "\n");
		lineno++;
		char *line = strndup(p, n);
		if (!line)
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		p += n + (p[n] == '\n');
		/* A comment: `#` at the start or after a space (a password may hold one otherwise). */
		for (char *c = line; *c; c++)
			if (*c == '#' && (c == line || isspace((unsigned char)c[-1]))) {
				*c = '\0';
				break;
			}
		char *s = line, *label = NULL, *schema = NULL;
		int rc = 0;
		for (;;) {
			while (isspace((unsigned char)*s))
				s++;
			size_t wl = strcspn(s, " \t\r");
			char **slot = strncmp(s, "name=", 5) == 0     ? &label
				      : strncmp(s, "schema=", 7) == 0 ? &schema
								      : NULL;
			if (!slot)
				break;
			size_t kl = slot == &label ? 5 : 7;
			if (*slot || !word_ok(s + kl, wl - kl)) {
				rc = sg_error_set(
				    err, SG_ERR_INPUT,
				    "%s:%d: '%.*s' must be given once, with a value without spaces or quotes", origin,
				    lineno, (int)kl - 1, s);
				break;
			}
			*slot = strndup(s + kl, wl - kl);
			s += wl;
		}
		size_t len = strlen(s);
		while (len && isspace((unsigned char)s[len - 1]))
			s[--len] = '\0';
		if (rc == 0 && (label || schema || len)) {
			rc = add_target(out, label, schema, s, base, timeout_s, lineno, err);
			if (rc != 0)
				sg_error_prefix(err, "%s:%d", origin, lineno);
		}
		free(label);
		free(schema);
		free(line);
		if (rc != 0)
			return -1;
	}
	return check_labels(out, origin, "lines", err);
}

int sg_fleet_targets_read(sg_fleet_targets *out, const char *path, const char *base, long timeout_s, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
	if (!f)
		return sg_error_set(err, errno == ENOENT ? SG_ERR_INPUT : SG_ERR_SYSTEM,
				    "cannot read targets file '%s': %s", path, strerror(errno));
	sg_strbuf sb = SG_STRBUF_INIT;
	char buf[8192];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sg_strbuf_addf(&sb, "%.*s", (int)n, buf);
	bool bad = ferror(f) != 0;
	if (f != stdin)
		fclose(f);
	if (bad || memchr(sb.data, '\0', sb.len)) {
		sg_strbuf_release(&sb);
		return sg_error_set(err, bad ? SG_ERR_SYSTEM : SG_ERR_INPUT, "cannot read targets file '%s': %s", path,
				    bad ? "read error" : "it holds a NUL byte");
	}
	int rc = sg_fleet_targets_parse(out, sb.data, path, base, timeout_s, err);
	sg_strbuf_release(&sb);
	return rc;
}

static int column(const PGresult *res, const char *const *names)
{
	for (const char *const *n = names; *n; n++) {
		int c = PQfnumber(res, *n);
		if (c >= 0)
			return c;
	}
	return -1;
}

int sg_fleet_targets_query(sg_fleet_targets *out, const char *sql, const char *base, const char *app, long timeout_s,
			   sg_error *err)
{
	memset(out, 0, sizeof(*out));
	PGconn *conn = NULL;
	if (sg_conn_open(&conn, base, app, err) != 0)
		return -1;
	PGresult *r = PQexec(conn, "BEGIN READ ONLY");
	PQclear(r);
	PGresult *res = PQexecParams(conn, sql, 0, NULL, NULL, NULL, NULL, 0);
	int rc = 0;
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		const char *msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
		rc = sg_error_set(
		    err, PQresultStatus(res) == PGRES_COMMAND_OK ? SG_ERR_INPUT : SG_ERR_DB, "--targets-query: %s",
		    PQresultStatus(res) == PGRES_COMMAND_OK ? "the statement returned no rows: give a SELECT"
		    : msg				    ? msg
							    : PQerrorMessage(conn));
	}
	static const char *const db_cols[] = {"datname", "dbname", "database", NULL};
	static const char *const schema_cols[] = {"nspname", "schema", NULL};
	static const char *const url_cols[] = {"url", "conninfo", NULL};
	static const char *const name_cols[] = {"name", NULL};
	int dc = rc == 0 ? column(res, db_cols) : -1, sc = rc == 0 ? column(res, schema_cols) : -1,
	    uc = rc == 0 ? column(res, url_cols) : -1, nc = rc == 0 ? column(res, name_cols) : -1;
	if (rc == 0 && dc < 0 && sc < 0 && uc < 0)
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "--targets-query: its result has no column named datname, dbname or database (a "
				  "database), nspname or schema (a schema), or url or conninfo (a target)");
	for (int row = 0; rc == 0 && row < PQntuples(res); row++) {
		const char *label = nc >= 0 && !PQgetisnull(res, row, nc) ? PQgetvalue(res, row, nc) : NULL;
		const char *schema = sc >= 0 && !PQgetisnull(res, row, sc) ? PQgetvalue(res, row, sc) : NULL;
		sg_strbuf spec = SG_STRBUF_INIT;
		if (uc >= 0 && !PQgetisnull(res, row, uc))
			sg_strbuf_adds(&spec, PQgetvalue(res, row, uc));
		if (dc >= 0 && !PQgetisnull(res, row, dc)) {
			sg_strbuf_adds(&spec, spec.len ? " dbname=" : "dbname=");
			add_value(&spec, PQgetvalue(res, row, dc));
		}
		if (!spec.len && !schema)
			rc = sg_error_set(err, SG_ERR_INPUT, "--targets-query: row %d names no target (NULL)", row + 1);
		else
			rc = add_target(out, label, schema, spec.data, base, timeout_s, row + 1, err);
		sg_strbuf_release(&spec);
	}
	PQclear(res);
	PQclear(PQexec(conn, "ROLLBACK"));
	PQfinish(conn);
	if (rc != 0)
		return -1;
	return check_labels(out, "--targets-query", "rows", err);
}
