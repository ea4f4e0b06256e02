/*
 * Integration tests of `migrate` (issue 11, item 5): each migration of a run
 * starts from the session state the run started with.  One file leaves
 * something in the session (a search_path, session_replication_role =
 * replica, a role, a temporary table, a prepared statement, a cursor WITH
 * HOLD, a sequence's currval, a custom setting, an advisory lock); the next
 * file checks, inside the run, that it is gone, and that what the run itself
 * set is still there (its search_path from the URL, the timeouts, its own
 * migration lock).  Before the fix these files passed one at a time and
 * failed in one `up`.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "lock.h"
#include "strbuf.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

/* A statement that fails the migration, naming `what`, unless `cond` holds. */
static void check(sg_strbuf *sb, const char *cond, const char *what)
{
	sg_strbuf_addf(sb, "DO $chk$ BEGIN IF NOT (%s) THEN RAISE EXCEPTION 'leaked: %s'; END IF; END $chk$;\n", cond,
		       what);
}

/* The files that leave state behind, and the checks of the file after them. */
static void write_leaks_and_checks(fixture *f, const char *first, const char *second, bool with_notx)
{
	mt_write(f->dir, first,
		 "CREATE SCHEMA other;\n"
		 "CREATE TABLE parent (id int PRIMARY KEY);\n"
		 "CREATE SEQUENCE public.s;\n"
		 "SET search_path = other;\n"
		 "SET session_replication_role = replica;\n"
		 "SET myapp.tenant = 'acme';\n"
		 "SET statement_timeout = '7min';\n"
		 "SELECT nextval('public.s');\n"
		 "SET ROLE leaky;\n"
		 "CREATE TEMP TABLE tmp (x int);\n"
		 "PREPARE p AS SELECT 1;\n"
		 "DECLARE c CURSOR WITH HOLD FOR SELECT 1;\n"
		 "SELECT pg_advisory_lock(4242), pg_advisory_lock(4242), pg_advisory_lock_shared(1, 2);\n");
	sg_strbuf sb = SG_STRBUF_INIT;
	if (with_notx)
		sg_strbuf_adds(&sb, "-- migrate:no-transaction\n");
	/* The next file's table lands in the run's schema, and its foreign key is enforced. */
	sg_strbuf_adds(&sb, "CREATE TABLE child (p int REFERENCES parent (id));\n"
			    "DO $fk$ BEGIN INSERT INTO child VALUES (99); RAISE EXCEPTION 'leaked: a foreign key was "
			    "not enforced'; EXCEPTION WHEN foreign_key_violation THEN NULL; END $fk$;\n");
	check(&sb, "current_setting('search_path') = 'app,public'", "search_path");
	check(&sb, "current_setting('session_replication_role') = 'origin'", "session_replication_role");
	check(&sb, "coalesce(current_setting('myapp.tenant', true), '') = ''", "a custom setting");
	check(&sb, "current_user = session_user", "the role");
	check(&sb, "to_regclass('pg_temp.tmp') IS NULL", "a temporary table");
	check(&sb, "NOT EXISTS (SELECT FROM pg_prepared_statements)", "a prepared statement");
	check(&sb, "NOT EXISTS (SELECT FROM pg_cursors WHERE name = 'c')", "a cursor");
	sg_strbuf_adds(&sb, "DO $cv$ BEGIN PERFORM currval('public.s'); RAISE EXCEPTION 'leaked: currval'; EXCEPTION "
			    "WHEN object_not_in_prerequisite_state THEN NULL; END $cv$;\n");
	check(&sb,
	      "NOT EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND objid IN "
	      "(2, 4242))",
	      "an advisory lock");
	/* What the run set is still there: its own lock, its lock_timeout, the server-side kill check. */
	char key[256];
	int64_t k = sg_lock_key("public", "schema_migrations");
	snprintf(key, sizeof(key),
		 "EXISTS (SELECT FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND "
		 "((classid::bigint << 32) | objid::bigint) = %" PRId64 ")",
		 k);
	check(&sb, key, "the run lost its own lock");
	check(&sb, "current_setting('lock_timeout') = '5s'", "the run lost its lock_timeout");
	check(&sb, "current_setting('statement_timeout') = '0'", "statement_timeout");
	check(&sb, "current_setting('client_connection_check_interval') = '1s'", "the run lost its connection check");
	mt_write(f->dir, second, sb.data);
	sg_strbuf_release(&sb);
}

static void prepare_db(fixture *f)
{
	/* A role a file switches to (a superuser: the tracking row is written in the file's transaction). */
	sg_test_exec(CONN, "CREATE SCHEMA app; DO $r$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
			   "'leaky') THEN CREATE ROLE leaky SUPERUSER; END IF; END $r$;");
}

/* The URL's search_path is the run's: it must be what each file starts with, not the server's default. */
static char *url_with_search_path(fixture *f)
{
	sg_strbuf u = SG_STRBUF_INIT;
	sg_strbuf_addf(&u, "%s options='-csearch_path=app,public'", URL);
	return sg_strbuf_detach(&u, NULL);
}

static void run_and_expect_clean(fixture *f, const char *extra)
{
	char *url = url_with_search_path(f);
	mt_result r;
	mt_migrate(&r, url, f->dir, "up", "--lock-timeout", "5s", extra, NULL);
	if (r.code != 0)
		fail_msg("exit %d: %s", r.code, r.err);
	mt_result_release(&r);
	free(url);
	/* The child table is in the URL's schema, beside the parent it references. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = "
					"'child'"),
			 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = "
					"'parent'"),
			 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE schemaname = 'other'"), 0);
}

static void test_migrate_session__each_file_starts_clean(void **state)
{
	fixture *f = *state;
	prepare_db(f);
	write_leaks_and_checks(f, "000001_leaks.up.sql", "000002_checks.up.sql", false);
	run_and_expect_clean(f, NULL);
	/* The run's own lock is released at the end, and the advisory locks the file took went with the reset. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
					"(SELECT oid FROM pg_database WHERE datname = current_database())"),
			 0);
}

static void test_migrate_session__in_one_transaction(void **state)
{
	fixture *f = *state;
	prepare_db(f);
	/* --atomic: every file in one transaction, the reset between them too (and the timeouts after it). */
	write_leaks_and_checks(f, "000001_leaks.up.sql", "000002_checks.up.sql", false);
	run_and_expect_clean(f, "--atomic");
}

static void test_migrate_session__no_transaction_files(void **state)
{
	fixture *f = *state;
	prepare_db(f);
	/* A no-transaction file after the one that leaks: reset in a round trip of its own. */
	write_leaks_and_checks(f, "000001_leaks.up.sql", "000002_checks.up.sql", true);
	run_and_expect_clean(f, NULL);
}

static void test_migrate_session__own_begin_with_options(void **state)
{
	fixture *f = *state;
	prepare_db(f);
	/* The reset goes after the file's BEGIN: a BEGIN ISOLATION LEVEL must still come before any query. */
	mt_write(f->dir, "000001_a.up.sql", "SET search_path = pg_catalog;\n");
	mt_write(f->dir, "000002_b.up.sql",
		 "BEGIN ISOLATION LEVEL SERIALIZABLE;\nCREATE TABLE b (id int);\n"
		 "DO $i$ BEGIN IF current_setting('transaction_isolation') <> 'serializable' THEN RAISE EXCEPTION "
		 "'isolation'; END IF; END $i$;\nCOMMIT;\n");
	char *url = url_with_search_path(f);
	mt_result r;
	mt_migrate(&r, url, f->dir, "up", NULL);
	if (r.code != 0)
		fail_msg("exit %d: %s", r.code, r.err);
	mt_result_release(&r);
	free(url);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE schemaname = 'app' AND tablename = 'b'"),
			 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_session__each_file_starts_clean, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_session__in_one_transaction, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_session__no_transaction_files, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_session__own_begin_with_options, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
