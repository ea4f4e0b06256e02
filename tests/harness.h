/*
 * Integration-test harness: a real PostgreSQL server for the run and a fresh
 * database per test.  The server is $DATABASE_URL when set (the test command
 * runs the suite under with-throwaway-postgres, so one server serves the whole
 * run); otherwise this process starts a throwaway server on first use.  There
 * is no skipping: without a server the tests fail and say how to get one.
 */
#ifndef SG_TEST_HARNESS_H
#define SG_TEST_HARNESS_H

#include <libpq-fe.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

typedef struct sg_test_db {
	char *name;   /* the database created for this test */
	char *url;    /* conninfo for it */
	PGconn *conn; /* an open connection to it */
} sg_test_db;

/* The server URL for this run; fails the current test when there is none. */
const char *sg_test_server_url(void);

/* cmocka group setup / teardown: start (if needed) and stop the server. */
int sg_test_server_setup(void **state);
int sg_test_server_teardown(void **state);

/* cmocka per-test setup / teardown: *state becomes an sg_test_db with a fresh database. */
int sg_test_db_setup(void **state);
int sg_test_db_teardown(void **state);

/* Run SQL on conn and fail the test, with the server's message, unless it succeeds. */
void sg_test_exec(PGconn *conn, const char *sql);
/* Run a query returning one value; the result is a malloc'd string the caller frees (NULL for SQL NULL). */
char *sg_test_scalar(PGconn *conn, const char *sql);

#endif
