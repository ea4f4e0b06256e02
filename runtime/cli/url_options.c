/*
 * sg_url_options: golang-migrate's database URL options, taken out of the URL
 * before libpq sees it.  The facts followed are golang-migrate's postgres and
 * pgx drivers': the query is decoded as Go's net/url decodes it ('+' is a
 * space), `x-` options are the driver's, and lib/pq and pgx send every other
 * parameter they do not know to the server as a run-time setting.
 */
#include "url_options.h"

#include <ctype.h>
#include <errno.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "strbuf.h"

void sg_url_options_release(sg_url_options *uo)
{
	free(uo->url);
	free(uo->table);
	free(uo->schema);
	free(uo->notes);
	memset(uo, 0, sizeof(*uo));
	uo->statement_timeout_ms = -1;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Go's url.QueryUnescape of s[0..len): '+' is a space, %XX a byte.  NULL on a bad escape. */
static char *query_unescape(const char *s, size_t len)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '+') {
			sg_strbuf_addch(&sb, ' ');
		} else if (s[i] == '%') {
			int hi = i + 1 < len ? hexval(s[i + 1]) : -1;
			int lo = i + 2 < len ? hexval(s[i + 2]) : -1;
			if (hi < 0 || lo < 0 || (hi == 0 && lo == 0)) {
				sg_strbuf_release(&sb);
				return NULL;
			}
			sg_strbuf_addch(&sb, (char)(hi * 16 + lo));
			i += 2;
		} else {
			sg_strbuf_addch(&sb, s[i]);
		}
	}
	return sg_strbuf_detach(&sb, NULL);
}

/* Percent-encode everything but RFC 3986's unreserved characters. */
static void add_escaped(sg_strbuf *sb, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (isalnum(*p) || *p == '-' || *p == '.' || *p == '_' || *p == '~')
			sg_strbuf_addch(sb, (char)*p);
		else
			sg_strbuf_addf(sb, "%%%02X", *p);
	}
}

/* A value in libpq's `options`: words split on spaces, a backslash escapes the next character. */
static void add_options_word(sg_strbuf *sb, const char *s)
{
	for (const char *p = s; *p; p++) {
		if (*p == ' ' || *p == '\\' || *p == '\t')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
}

static bool is_libpq_keyword(const char *key)
{
	/* `ssl=true` is a URI spelling libpq accepts besides its keywords. */
	if (strcmp(key, "ssl") == 0)
		return true;
	PQconninfoOption *defs = PQconndefaults();
	bool found = false;
	for (PQconninfoOption *o = defs; o && o->keyword && !found; o++)
		found = strcmp(o->keyword, key) == 0;
	PQconninfoFree(defs);
	return found;
}

/* Parameters of lib/pq and pgx that configure the Go client itself: nothing to send anywhere. */
static bool is_go_client_only(const char *key)
{
	static const char *const keys[] = {
	    "binary_parameters",	  "disable_prepared_binary_result", "statement_cache_capacity",
	    "description_cache_capacity", "default_query_exec_mode",	    "prefer_simple_protocol",
	};
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (strcmp(key, keys[i]) == 0)
			return true;
	return false;
}

static bool is_setting_name(const char *key)
{
	if (!key[0])
		return false;
	for (const char *p = key; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '.')
			return false;
	return true;
}

/* Go's strconv.ParseBool. */
static int parse_bool(const char *s, bool *out)
{
	static const char *const yes[] = {"1", "t", "T", "TRUE", "true", "True"};
	static const char *const no[] = {"0", "f", "F", "FALSE", "false", "False"};
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++) {
		if (strcmp(s, yes[i]) == 0 || strcmp(s, no[i]) == 0) {
			*out = strcmp(s, yes[i]) == 0;
			return 0;
		}
	}
	return -1;
}

/* Go's strconv.Atoi, within long. */
static int parse_int(const char *s, long *out)
{
	char *end = NULL;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!s[0] || isspace((unsigned char)s[0]) || *end || errno)
		return -1;
	*out = v;
	return 0;
}

/*
 * The schema search_path names first, as the server would read the list:
 * `"$user"` skipped, a quoted name as written, an unquoted one folded to
 * lower case.  NULL when it names none.
 */
static char *first_schema(const char *path)
{
	const char *p = path;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == ',')
			p++;
		if (!*p)
			break;
		sg_strbuf sb = SG_STRBUF_INIT;
		if (*p == '"') {
			for (p++; *p; p++) {
				if (*p == '"' && p[1] == '"')
					sg_strbuf_addch(&sb, *p++);
				else if (*p == '"')
					break;
				else
					sg_strbuf_addch(&sb, *p);
			}
			if (*p == '"')
				p++;
		} else {
			for (; *p && *p != ',' && *p != ' ' && *p != '\t'; p++)
				sg_strbuf_addch(&sb, (char)tolower((unsigned char)*p));
		}
		while (*p && *p != ',')
			p++;
		if (sb.len && strcmp(sb.data, "$user") != 0)
			return sg_strbuf_detach(&sb, NULL);
		sg_strbuf_release(&sb);
	}
	return NULL;
}

/* golang-migrate's reading of x-migrations-table-quoted: every "..." in turn; the last is the table. */
static int split_quoted_table(sg_url_options *out, const char *value, sg_error *err)
{
	size_t len = strlen(value);
	if (len < 2 || value[0] != '"' || value[len - 1] != '"')
		return sg_error_set(
		    err, SG_ERR_INPUT,
		    "x-migrations-table must be quoted (for instance '\"migrate\".\"schema_migrations\"') "
		    "when x-migrations-table-quoted is enabled, not '%s'",
		    value);
	char *parts[3] = {NULL, NULL, NULL};
	int n = 0;
	for (const char *p = value; (p = strchr(p, '"')) != NULL;) {
		const char *close = strchr(p + 1, '"');
		if (!close)
			break;
		if (n < 3)
			parts[n] = strndup(p + 1, (size_t)(close - p - 1));
		n++;
		p = close + 1;
	}
	int rc = 0;
	if (n > 2) {
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "x-migrations-table '%s' has too many dots: give \"schema\".\"table\"", value);
	} else {
		free(out->table);
		out->table = parts[n - 1];
		parts[n - 1] = NULL;
		if (n == 2) {
			free(out->schema);
			out->schema = parts[0];
			parts[0] = NULL;
			out->schema_from_table = true;
		}
	}
	for (int i = 0; i < 3; i++)
		free(parts[i]);
	return rc;
}

static void note(sg_strbuf *notes, const char *text)
{
	sg_strbuf_adds(notes, text);
	sg_strbuf_addch(notes, '\n');
}

typedef struct query_state {
	sg_strbuf kept;	   /* the parameters libpq keeps, encoded again */
	sg_strbuf options; /* libpq's options: the URL's own, then -c settings */
	sg_strbuf unknown; /* unknown x- options, for the message */
	sg_strbuf notes;
	char *table_raw; /* x-migrations-table as given */
	bool quoted;
	char *search_path;
} query_state;

/* One decoded query parameter. */
static int take_param(sg_url_options *out, query_state *q, const char *key, const char *value, sg_error *err)
{
	if (strncmp(key, "x-", 2) == 0) {
		bool b;
		long n;
		if (strcmp(key, "x-migrations-table") == 0) {
			free(q->table_raw);
			q->table_raw = strdup(value);
		} else if (strcmp(key, "x-migrations-table-quoted") == 0) {
			if (value[0] && parse_bool(value, &q->quoted) != 0)
				return sg_error_set(err, SG_ERR_INPUT,
						    "x-migrations-table-quoted takes true or false, not '%s'", value);
		} else if (strcmp(key, "x-statement-timeout") == 0) {
			if (value[0] && (parse_int(value, &n) != 0 || n < 0))
				return sg_error_set(err, SG_ERR_INPUT,
						    "x-statement-timeout takes milliseconds (a whole number), not '%s'",
						    value);
			out->statement_timeout_ms = value[0] && n > 0 ? n : -1;
		} else if (strcmp(key, "x-multi-statement") == 0) {
			if (value[0] && parse_bool(value, &b) != 0)
				return sg_error_set(err, SG_ERR_INPUT,
						    "x-multi-statement takes true or false, not '%s'", value);
			note(&q->notes, "x-multi-statement has no effect: every file is split into statements by "
					"PostgreSQL's own parser, semicolons in bodies and strings included");
		} else if (strcmp(key, "x-multi-statement-max-size") == 0) {
			if (value[0] && parse_int(value, &n) != 0)
				return sg_error_set(err, SG_ERR_INPUT,
						    "x-multi-statement-max-size takes a number of bytes, not '%s'",
						    value);
			note(&q->notes, "x-multi-statement-max-size has no effect: files are read whole");
		} else if (strcmp(key, "x-lock-strategy") == 0 && strcmp(value, "advisory") == 0) {
			note(&q->notes, "x-lock-strategy=advisory is what migrate always does");
		} else if (strcmp(key, "x-lock-strategy") == 0 || strcmp(key, "x-lock-table") == 0) {
			return sg_error_set(err, SG_ERR_INPUT,
					    "%s is not supported: migrate's lock is always a session advisory lock "
					    "(behind a transaction pooler, connect to the server directly)",
					    key);
		} else {
			sg_strbuf_addf(&q->unknown, "%s'%s'", q->unknown.len ? ", " : "", key);
		}
		return 0;
	}
	if (strcmp(key, "options") == 0) {
		if (q->options.len)
			sg_strbuf_addch(&q->options, ' ');
		sg_strbuf_adds(&q->options, value);
		return 0;
	}
	if (is_libpq_keyword(key)) {
		sg_strbuf_adds(&q->kept, q->kept.len ? "&" : "");
		add_escaped(&q->kept, key);
		sg_strbuf_addch(&q->kept, '=');
		add_escaped(&q->kept, value);
		return 0;
	}
	if (is_go_client_only(key)) {
		sg_strbuf_addf(&q->notes, "%s has no effect: it configures golang-migrate's Go driver\n", key);
		return 0;
	}
	if (!is_setting_name(key))
		return sg_error_set(err, SG_ERR_INPUT,
				    "query parameter '%s' in the database URL is neither a libpq option nor a server "
				    "setting",
				    key);
	/* lib/pq and pgx send it at connection start-up: libpq does the same through options. */
	if (strcmp(key, "search_path") == 0) {
		free(q->search_path);
		q->search_path = strdup(value);
	}
	if (q->options.len)
		sg_strbuf_addch(&q->options, ' ');
	sg_strbuf_adds(&q->options, "-c ");
	add_options_word(&q->options, key);
	sg_strbuf_addch(&q->options, '=');
	add_options_word(&q->options, value);
	return 0;
}

static int parse_query(sg_url_options *out, query_state *q, const char *query, sg_error *err)
{
	for (const char *p = query; *p;) {
		size_t n = strcspn(p, "&");
		if (memchr(p, ';', n))
			return sg_error_set(err, SG_ERR_INPUT,
					    "the database URL's query holds ';': separate parameters with '&'");
		const char *eq = memchr(p, '=', n);
		size_t klen = eq ? (size_t)(eq - p) : n;
		char *key = query_unescape(p, klen);
		char *value = eq ? query_unescape(eq + 1, n - klen - 1) : strdup("");
		int rc = 0;
		if (key && !value && strcmp(key, "password") == 0) /* never shown (docs/migrate.md) */
			rc = sg_error_set(
			    err, SG_ERR_INPUT,
			    "the database URL's query has a bad %%-escape in its password (a '%%' starts a "
			    "two-digit hex escape: write '%%' itself as '%%25')");
		else if (!key || !value)
			rc = sg_error_set(err, SG_ERR_INPUT, "the database URL's query has a bad %%-escape in '%.*s'",
					  (int)n, p);
		else if (key[0])
			rc = take_param(out, q, key, value, err);
		free(key);
		free(value);
		if (rc != 0)
			return -1;
		p += n;
		if (*p == '&')
			p++;
	}
	return 0;
}

static bool is_scheme(const char *s, size_t len)
{
	if (len == 0 || !isalpha((unsigned char)s[0]))
		return false;
	for (size_t i = 1; i < len; i++)
		if (!isalnum((unsigned char)s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.')
			return false;
	return true;
}

static bool scheme_is(const char *s, size_t len, const char *name)
{
	return strlen(name) == len && strncasecmp(s, name, len) == 0;
}

int sg_url_options_parse(sg_url_options *out, const char *url, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	out->statement_timeout_ms = -1;
	const char *sep = strstr(url, "://");
	size_t slen = sep ? (size_t)(sep - url) : 0;
	if (!sep || !is_scheme(url, slen)) {
		/* A conninfo string: libpq's own syntax, nothing of golang-migrate's. */
		out->url = strdup(url);
		return out->url ? 0 : sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	bool native = scheme_is(url, slen, "postgres") || scheme_is(url, slen, "postgresql");
	bool pgx = scheme_is(url, slen, "pgx") || scheme_is(url, slen, "pgx4") || scheme_is(url, slen, "pgx5");
	if (!native && !pgx)
		return sg_error_set(err, SG_ERR_INPUT,
				    "database URL scheme '%.*s' is not PostgreSQL's: migrate takes postgres://, "
				    "postgresql://, pgx://, pgx4:// and pgx5:// URLs, or a libpq conninfo string",
				    (int)slen, url);
	const char *rest = sep + 3;
	const char *qm = strchr(rest, '?');
	query_state q = {SG_STRBUF_INIT, SG_STRBUF_INIT, SG_STRBUF_INIT, SG_STRBUF_INIT, NULL, false, NULL};
	int rc = qm ? parse_query(out, &q, qm + 1, err) : 0;
	if (rc == 0 && q.unknown.len)
		rc = sg_error_set(err, SG_ERR_INPUT,
				  "unknown option %s in the database URL (golang-migrate's known to migrate: "
				  "x-migrations-table, x-migrations-table-quoted, x-statement-timeout, "
				  "x-multi-statement, x-multi-statement-max-size)",
				  q.unknown.data);
	if (rc == 0 && q.table_raw && q.table_raw[0]) {
		if (q.quoted) {
			rc = split_quoted_table(out, q.table_raw, err);
		} else if (!(out->table = strdup(q.table_raw))) {
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
		}
	}
	if (rc == 0 && !out->schema && q.search_path)
		out->schema = first_schema(q.search_path);
	if (rc == 0) {
		sg_strbuf sb = SG_STRBUF_INIT;
		sg_strbuf_adds(&sb, native ? "" : "postgresql");
		if (native)
			sg_strbuf_addf(&sb, "%.*s", (int)slen, url);
		sg_strbuf_addf(&sb, "://%.*s", (int)(qm ? (size_t)(qm - rest) : strlen(rest)), rest);
		if (q.kept.len || q.options.len)
			sg_strbuf_addch(&sb, '?');
		sg_strbuf_adds(&sb, q.kept.data);
		if (q.options.len) {
			sg_strbuf_adds(&sb, q.kept.len ? "&options=" : "options=");
			add_escaped(&sb, q.options.data);
		}
		out->url = sg_strbuf_detach(&sb, NULL);
		if (q.notes.len)
			out->notes = sg_strbuf_detach(&q.notes, NULL);
		if (!out->url)
			rc = sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	sg_strbuf_release(&q.kept);
	sg_strbuf_release(&q.options);
	sg_strbuf_release(&q.unknown);
	sg_strbuf_release(&q.notes);
	free(q.table_raw);
	free(q.search_path);
	return rc;
}
