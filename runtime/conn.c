/*
 * sg_conn: opening libpq connections from URLs, and rewriting a URL's database.
 */
#include "schemagen/conn.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "redact.h"
#include "strbuf.h"

static const char *resolve_url(const char *url)
{
	if (url && url[0])
		return url;
	const char *env = getenv("DATABASE_URL");
	return env && env[0] ? env : NULL;
}

const char *sg_conn_describe(const PGconn *conn, char *buf, size_t bufsize)
{
	const char *db = PQdb(conn);
	const char *host = PQhost(conn);
	const char *port = PQport(conn);
	snprintf(buf, bufsize, "database '%s' on host '%s' port '%s'", db ? db : "",
		 host && host[0] ? host : "localhost", port && port[0] ? port : "5432");
	return buf;
}

int sg_conn_open(PGconn **out, const char *url, const char *application_name, sg_error *err)
{
	*out = NULL;
	const char *target = resolve_url(url);
	if (!target)
		return sg_error_set(err, SG_ERR_INPUT, "no database given: pass --database URL or set DATABASE_URL");

	/*
	 * Parse first so a malformed URL is reported as bad input, not as a
	 * server failure; libpq's messages quote the URL, so they are made from a
	 * copy without its password.
	 */
	if (sg_redact_check(target, err) != 0)
		return -1;

	/* Text goes both ways in UTF-8, whatever the database's encoding: the server converts. */
	const char *keys[] = {"dbname", "fallback_application_name", "client_encoding", NULL};
	const char *values[] = {target, application_name, "UTF8", NULL};
	PGconn *conn = PQconnectdbParams(keys, values, 1);
	if (!conn)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory while connecting");
	if (PQstatus(conn) != CONNECTION_OK) {
		char where[512];
		sg_conn_describe(conn, where, sizeof(where));
		sg_error_set(err, SG_ERR_DB, "could not connect to %s: %s", where, PQerrorMessage(conn));
		sg_redact_error(err, target);
		PQfinish(conn);
		return -1;
	}
	*out = conn;
	return 0;
}

/* Append a conninfo value in single quotes with ' and \ escaped, as libpq reads them. */
static void add_conninfo_value(sg_strbuf *sb, const char *value)
{
	sg_strbuf_addch(sb, '\'');
	for (const char *p = value; *p; p++) {
		if (*p == '\'' || *p == '\\')
			sg_strbuf_addch(sb, '\\');
		sg_strbuf_addch(sb, *p);
	}
	sg_strbuf_addch(sb, '\'');
}

int sg_conn_url_with_dbname(char **out, const char *url, const char *dbname, sg_error *err)
{
	*out = NULL;
	const char *target = resolve_url(url);
	if (sg_redact_check(target ? target : "", err) != 0)
		return -1;
	PQconninfoOption *opts = PQconninfoParse(target ? target : "", NULL);
	if (!opts)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	sg_strbuf sb = SG_STRBUF_INIT;
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		if (strcmp(o->keyword, "dbname") == 0 || !o->val)
			continue;
		sg_strbuf_addf(&sb, "%s=", o->keyword);
		add_conninfo_value(&sb, o->val);
		sg_strbuf_addch(&sb, ' ');
	}
	sg_strbuf_adds(&sb, "dbname=");
	add_conninfo_value(&sb, dbname);
	PQconninfoFree(opts);
	*out = sg_strbuf_detach(&sb, NULL);
	if (!*out)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	return 0;
}
