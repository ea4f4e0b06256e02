/* Integration tests for the connection helper. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "schemagen/conn.h"

static void test_conn__opens_from_database_url(void **state)
{
	(void)state;
	const char *url = sg_test_server_url();
	assert_non_null(url);
	char *saved = getenv("DATABASE_URL") ? strdup(getenv("DATABASE_URL")) : NULL;
	setenv("DATABASE_URL", url, 1);
	PGconn *conn = NULL;
	sg_error err = {0};
	if (sg_conn_open(&conn, NULL, "sg-conn-test", &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	char *app = sg_test_scalar(conn, "SELECT current_setting('application_name')");
	assert_string_equal(app, "sg-conn-test");
	free(app);
	PQfinish(conn);
	if (saved) {
		setenv("DATABASE_URL", saved, 1);
		free(saved);
	} else {
		unsetenv("DATABASE_URL");
	}
}

static void test_conn__failure_names_host_port_not_password(void **state)
{
	(void)state;
	PGconn *conn = NULL;
	sg_error err = {0};
	/* Nothing listens on port 1 of loopback, so this fails at once. */
	int rc = sg_conn_open(&conn, "postgresql://alice:s3cr3t-pw@127.0.0.1:1/appdb?connect_timeout=2", "t", &err);
	assert_int_equal(rc, -1);
	assert_null(conn);
	assert_int_equal(err.kind, SG_ERR_DB);
	const char *msg = sg_error_message(&err);
	assert_non_null(strstr(msg, "database 'appdb' on host '127.0.0.1' port '1'"));
	assert_null(strstr(msg, "s3cr3t-pw"));
	assert_null(strchr(msg, '\n'));
	sg_error_clear(&err);
}

static void test_conn__no_url_and_bad_url_are_input_errors(void **state)
{
	(void)state;
	char *saved = getenv("DATABASE_URL") ? strdup(getenv("DATABASE_URL")) : NULL;
	unsetenv("DATABASE_URL");
	PGconn *conn = NULL;
	sg_error err = {0};
	assert_int_equal(sg_conn_open(&conn, NULL, "t", &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_string_equal(sg_error_message(&err), "no database given: pass --database URL or set DATABASE_URL");
	assert_int_equal(sg_conn_open(&conn, "postgresql://h/db?nosuchoption=1", "t", &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "invalid database URL"));
	sg_error_clear(&err);
	if (saved) {
		setenv("DATABASE_URL", saved, 1);
		free(saved);
	}
}

static void test_conn__url_with_dbname_keeps_the_rest(void **state)
{
	(void)state;
	char *out = NULL;
	sg_error err = {0};
	assert_int_equal(
	    sg_conn_url_with_dbname(&out, "postgresql://bob:p'w@db.example:6543/app?sslmode=disable", "scratch", &err),
	    0);
	assert_non_null(strstr(out, "user='bob'"));
	assert_non_null(strstr(out, "password='p\\'w'"));
	assert_non_null(strstr(out, "host='db.example'"));
	assert_non_null(strstr(out, "port='6543'"));
	assert_non_null(strstr(out, "sslmode='disable'"));
	assert_non_null(strstr(out, "dbname='scratch'"));
	assert_null(strstr(out, "'app'"));
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_conn__opens_from_database_url),
	    cmocka_unit_test(test_conn__failure_names_host_port_not_password),
	    cmocka_unit_test(test_conn__no_url_and_bad_url_are_input_errors),
	    cmocka_unit_test(test_conn__url_with_dbname_keeps_the_rest),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
