/* Scratch databases (see scratch.h). */
#include "scratch.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "quote.h"
#include "schemagen/conn.h"

static int admin_exec(const sg_scratch *s, const char *sql, sg_error *err)
{
	PGconn *conn = NULL;
	if (sg_conn_open(&conn, s->admin_url, "schemagen check", err) != 0)
		return -1;
	PGresult *res = PQexec(conn, sql);
	int rc = 0;
	const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && state && strcmp(state, "42501") == 0 &&
	    strncmp(sql, "CREATE DATABASE", 15) == 0) {
		/* The usual first failure on a shared server: say what to do. */
		char *role = sg_quote_ident_dup(PQuser(conn));
		rc =
		    sg_error_set(err, SG_ERR_DB,
				 "scratch server: role '%s' may not create databases, and check replays the migrations "
				 "into a database of its own: grant it CREATEDB (ALTER ROLE %s CREATEDB), give "
				 "--scratch-url a role that may, or leave --scratch-url out to use a throwaway server",
				 PQuser(conn), role ? role : PQuser(conn));
		free(role);
	} else if (PQresultStatus(res) != PGRES_COMMAND_OK)
		rc = sg_error_set(err, SG_ERR_DB, "scratch server: %s: %s", sql, PQerrorMessage(conn));
	PQclear(res);
	PQfinish(conn);
	return rc;
}

int sg_scratch_open(sg_scratch *s, const char *url, sg_error *err)
{
	memset(s, 0, sizeof(*s));
	if (!url) {
		if (sg_tmpserver_start(&s->server, err) != 0)
			return -1;
		url = sg_tmpserver_url(s->server);
	}
	s->admin_url = strdup(url);
	if (!s->admin_url)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	PGconn *conn = NULL;
	if (sg_conn_open(&conn, s->admin_url, "schemagen check", err) != 0)
		return sg_error_prefix(err, "scratch server");
	PQfinish(conn);
	return 0;
}

int sg_scratch_create_db(sg_scratch *s, char **url_out, sg_error *err)
{
	*url_out = NULL;
	char name[64];
	snprintf(name, sizeof(name), "schemagen_check_%ld_%u", (long)getpid(), s->next_id++);
	char **grown = realloc(s->databases, (s->ndatabases + 1) * sizeof(*grown));
	if (!grown)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	s->databases = grown;
	char sql[128];
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	if (admin_exec(s, sql, err) != 0)
		return -1;
	s->databases[s->ndatabases] = strdup(name);
	if (!s->databases[s->ndatabases])
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	s->ndatabases++;
	return sg_conn_url_with_dbname(url_out, s->admin_url, name, err);
}

void sg_scratch_close(sg_scratch *s)
{
	for (size_t i = 0; i < s->ndatabases; i++) {
		char sql[128];
		snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", s->databases[i]);
		sg_error err = {0};
		/* Nothing to report to: the check's result is already out.  A server that is gone took them along. */
		(void)admin_exec(s, sql, &err);
		sg_error_clear(&err);
		free(s->databases[i]);
	}
	free(s->databases);
	free(s->admin_url);
	sg_tmpserver_stop(s->server);
	memset(s, 0, sizeof(*s));
}
