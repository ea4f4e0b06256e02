/*
 * The integration-test harness (see harness.h).  Test programs are
 * single-threaded, so the per-process server lives in a static.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "schemagen/conn.h"
#include "schemagen/tmpserver.h"

static sg_tmpserver *own_server;
static int db_counter;

const char *sg_test_server_url(void)
{
	const char *env = getenv("DATABASE_URL");
	if (env && env[0])
		return env;
	if (own_server)
		return sg_tmpserver_url(own_server);
	sg_error err = {0};
	if (sg_tmpserver_start(&own_server, &err) != 0) {
		print_error("no PostgreSQL server for the integration tests: %s\n"
			    "Set DATABASE_URL to a server where the tests may create databases, or install "
			    "PostgreSQL (apt-get install postgresql) so the harness can start one.\n",
			    sg_error_message(&err));
		sg_error_clear(&err);
		return NULL;
	}
	return sg_tmpserver_url(own_server);
}

int sg_test_server_setup(void **state)
{
	(void)state;
	return sg_test_server_url() ? 0 : -1;
}

int sg_test_server_teardown(void **state)
{
	(void)state;
	sg_tmpserver_stop(own_server);
	own_server = NULL;
	return 0;
}

static PGconn *connect_or_report(const char *url)
{
	PGconn *conn = NULL;
	sg_error err = {0};
	if (sg_conn_open(&conn, url, "schemagen-tests", &err) != 0) {
		print_error("%s\n", sg_error_message(&err));
		sg_error_clear(&err);
		return NULL;
	}
	return conn;
}

static int run_admin(const char *sql)
{
	const char *url = sg_test_server_url();
	if (!url)
		return -1;
	PGconn *admin = connect_or_report(url);
	if (!admin)
		return -1;
	PGresult *res = PQexec(admin, sql);
	int ok = PQresultStatus(res) == PGRES_COMMAND_OK;
	if (!ok)
		print_error("%s: %s\n", sql, PQerrorMessage(admin));
	PQclear(res);
	PQfinish(admin);
	return ok ? 0 : -1;
}

int sg_test_db_setup(void **state)
{
	sg_test_db *db = calloc(1, sizeof(*db));
	if (!db)
		return -1;
	char name[64];
	snprintf(name, sizeof(name), "sgtest_%ld_%d", (long)getpid(), ++db_counter);
	db->name = strdup(name);
	char sql[128];
	/* template0 so a test never sees what another left in template1. */
	snprintf(sql, sizeof(sql), "CREATE DATABASE %s TEMPLATE template0", name);
	sg_error err = {0};
	if (run_admin(sql) != 0 || sg_conn_url_with_dbname(&db->url, sg_test_server_url(), name, &err) != 0 ||
	    !(db->conn = connect_or_report(db->url))) {
		if (err.kind)
			print_error("%s\n", sg_error_message(&err));
		sg_error_clear(&err);
		free(db->url);
		free(db->name);
		free(db);
		return -1;
	}
	*state = db;
	return 0;
}

int sg_test_db_teardown(void **state)
{
	sg_test_db *db = *state;
	if (!db)
		return 0;
	PQfinish(db->conn);
	char sql[128];
	snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s WITH (FORCE)", db->name);
	int rc = run_admin(sql);
	free(db->url);
	free(db->name);
	free(db);
	*state = NULL;
	return rc;
}

void sg_test_exec(PGconn *conn, const char *sql)
{
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		print_error("SQL failed: %s\n%s", sql, PQerrorMessage(conn));
		PQclear(res);
		fail();
	}
	PQclear(res);
}

char *sg_test_scalar(PGconn *conn, const char *sql)
{
	PGresult *res = PQexec(conn, sql);
	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1) {
		print_error("query failed or did not return one row: %s\n%s", sql, PQerrorMessage(conn));
		PQclear(res);
		fail();
	}
	char *v = PQgetisnull(res, 0, 0) ? NULL : strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return v;
}
