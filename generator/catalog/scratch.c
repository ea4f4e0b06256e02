/* Scratch databases (see scratch.h). */
#include "scratch.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "catalog.h"
#include "quote.h"
#include "strbuf.h"
#include "schemagen/conn.h"

static int admin_exec(const sg_scratch *s, const char *sql, sg_error *err)
{
	PGconn *conn = NULL;
	if (sg_conn_open(&conn, s->admin_url, "schemagen check", err) != 0)
		return -1;
	sg_catalog_quiet_notices(conn);
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

/*
 * Who made a scratch database, kept as its comment: "schemagen check host
 * HOST pid PID start START", START the process's start time in clock ticks
 * since boot (/proc/PID/stat, field 22; 0 where there is none), so that a
 * pid used again by another process is not taken for the check.
 */
static unsigned long long process_start(long pid)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%ld/stat", pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	char buf[1024];
	size_t n = fread(buf, 1, sizeof(buf) - 1, f);
	fclose(f);
	buf[n] = '\0';
	const char *p = strrchr(buf, ')'); /* the command name may hold spaces */
	unsigned long long start = 0;
	for (int field = 2; p && *p; p++)
		if (*p == ' ' && ++field == 22) {
			start = strtoull(p + 1, NULL, 10);
			break;
		}
	return start;
}

static void owner_text(char *buf, size_t size, long pid)
{
	char host[256] = "";
	gethostname(host, sizeof(host) - 1);
	snprintf(buf, size, "schemagen check host %s pid %ld start %llu", host, pid, process_start(pid));
}

/*
 * Drop the scratch databases a check of this host left behind when it was
 * killed (SIGKILL, a crash: nothing ran sg_scratch_close): those whose comment
 * names this host and a process that is gone.  Another host's, or a running
 * check's, are left alone.  Best effort: a failure only leaves them.
 */
static void drop_stale(const sg_scratch *s)
{
	PGconn *conn = NULL;
	sg_error e = {0};
	if (sg_conn_open(&conn, s->admin_url, "schemagen check", &e) != 0) {
		sg_error_clear(&e);
		PQfinish(conn);
		return;
	}
	sg_catalog_quiet_notices(conn);
	PGresult *res = PQexec(conn, "SELECT datname, shobj_description(oid, 'pg_database') FROM pg_database "
				     "WHERE datname LIKE 'schemagen\\_check\\_%' ORDER BY datname");
	char host[256] = "";
	gethostname(host, sizeof(host) - 1);
	for (int i = 0; PQresultStatus(res) == PGRES_TUPLES_OK && i < PQntuples(res); i++) {
		char who[300];
		long pid = 0;
		unsigned long long start = 0;
		if (PQgetisnull(res, i, 1) ||
		    sscanf(PQgetvalue(res, i, 1), "schemagen check host %255s pid %ld start %llu", who, &pid, &start) !=
			3 ||
		    strcmp(who, host) != 0 || pid <= 0)
			continue;
		bool alive =
		    (kill((pid_t)pid, 0) == 0 || errno == EPERM) && (start == 0 || process_start(pid) == start);
		if (alive)
			continue;
		char *name = sg_quote_ident_dup(PQgetvalue(res, i, 0));
		char sql[160];
		snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", name ? name : "");
		if (name)
			PQclear(PQexec(conn, sql));
		free(name);
	}
	PQclear(res);
	PQfinish(conn);
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
	if (!s->server)
		drop_stale(s);
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
	char sql[128], owner[400];
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s", name);
	if (admin_exec(s, sql, err) != 0)
		return -1;
	/* Who made it, for the next check to drop it should this one be killed before it can (drop_stale). */
	owner_text(owner, sizeof(owner), (long)getpid());
	sg_strbuf comment = SG_STRBUF_INIT;
	sg_strbuf_addf(&comment, "COMMENT ON DATABASE %s IS ", name);
	sg_quote_literal(&comment, owner);
	sg_error ignored = {0};
	if (!sg_strbuf_failed(&comment))
		(void)admin_exec(s, comment.data, &ignored);
	sg_error_clear(&ignored);
	sg_strbuf_release(&comment);
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
