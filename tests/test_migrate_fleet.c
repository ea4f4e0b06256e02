/*
 * `migrate` over a fleet (issue 17; docs/design.md §6, "Many databases"): 200
 * databases of the test server and 200 schemas of one database reach the
 * newest version; a target made to fail (a conflicting table) fails alone
 * with --keep-going, is reported with its error, and a rerun after fixing it
 * finishes the fleet; without --keep-going no new target starts after it; a
 * per-target timeout cancels a slow target; SIGINT in the middle leaves every
 * target at its old or its new version, never dirty, and the rerun completes;
 * through PgBouncer a fleet behaves as one of direct URLs.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bouncer_util.h"
#include "harness.h"
#include "schemagen/conn.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

/* Three small migrations; `sleep` seconds in each when not 0. */
static void write_migrations(const char *dir, const char *sleep)
{
	char text[512];
	snprintf(text, sizeof(text), "CREATE TABLE t1 (id int PRIMARY KEY, v text);\nSELECT pg_sleep(%s);\n", sleep);
	mt_write(dir, "000001_t1.up.sql", text);
	mt_write(dir, "000001_t1.down.sql", "DROP TABLE t1;\n");
	snprintf(text, sizeof(text), "CREATE TABLE t2 (id int);\nINSERT INTO t2 VALUES (1);\nSELECT pg_sleep(%s);\n",
		 sleep);
	mt_write(dir, "000002_t2.up.sql", text);
	mt_write(dir, "000002_t2.down.sql", "DROP TABLE t2;\n");
	snprintf(text, sizeof(text), "CREATE INDEX t1_v_idx ON t1 (v);\nSELECT pg_sleep(%s);\n", sleep);
	mt_write(dir, "000003_t1_v_idx.up.sql", text);
	mt_write(dir, "000003_t1_v_idx.down.sql", "DROP INDEX t1_v_idx;\n");
}

static void exec_in(const char *url, const char *dbname, const char *sql)
{
	char *target = NULL;
	sg_error err = {0};
	assert_int_equal(sg_conn_url_with_dbname(&target, url, dbname, &err), 0);
	PGconn *c = PQconnectdb(target);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	sg_test_exec(c, sql);
	PQfinish(c);
	free(target);
}

/*
 * Create (or drop) databases NAME_t000...: twenty-five at a time on as many connections.
 * Each DROP DATABASE waits for a checkpoint; concurrent ones share it (one at
 * a time took 0.7 s each on the shared test machine).
 */
static void databases(fixture *f, int n, bool create)
{
	enum { WIDTH = 25 };
	PGconn *c[WIDTH];
	for (int k = 0; k < WIDTH; k++) {
		c[k] = PQconnectdb(URL);
		assert_int_equal(PQstatus(c[k]), CONNECTION_OK);
	}
	char sql[256];
	for (int i = 0; i < n; i += WIDTH) {
		for (int k = 0; k < WIDTH && i + k < n; k++) {
			if (create)
				snprintf(sql, sizeof(sql), "CREATE DATABASE %s_t%03d TEMPLATE template0", f->db->name,
					 i + k);
			else
				snprintf(sql, sizeof(sql), "DROP DATABASE IF EXISTS %s_t%03d WITH (FORCE)", f->db->name,
					 i + k);
			assert_int_equal(PQsendQuery(c[k], sql), 1);
		}
		for (int k = 0; k < WIDTH && i + k < n; k++) {
			PGresult *res;
			while ((res = PQgetResult(c[k]))) {
				if (PQresultStatus(res) != PGRES_COMMAND_OK)
					fail_msg("%s", PQresultErrorMessage(res));
				PQclear(res);
			}
		}
	}
	for (int k = 0; k < WIDTH; k++)
		PQfinish(c[k]);
}

static void schemas(fixture *f, int n, char *targets_file, size_t size)
{
	sg_test_exec(CONN, "SET client_min_messages = warning");
	char sql[128];
	for (int i = 0; i < n; i++) {
		snprintf(sql, sizeof(sql), "CREATE SCHEMA s_%03d", i);
		sg_test_exec(CONN, sql);
	}
	/* The schema form of a targets file: no URL, so each line is --database with that schema. */
	char *text = malloc((size_t)n * 32 + 64);
	assert_non_null(text);
	size_t len = (size_t)sprintf(text, "# one tenant per schema\n");
	for (int i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "schema=s_%03d\n", i);
	mt_write(f->dir, "targets.txt", text);
	free(text);
	snprintf(targets_file, size, "%s/targets.txt", f->dir);
}

/* The status summary's groups: `"groups":[...]` of the JSON summary, checked as text. */
static void assert_all_at(fixture *f, const char *url, const char *flag, const char *value, const char *groups)
{
	mt_result r;
	mt_migrate(&r, url, f->dir, flag, value, "--format", "json", "status", NULL);
	if (r.code != 0 || !strstr(r.out, groups))
		print_error("status: %d\n%s\n%s\n", r.code, r.out, r.err);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.out, groups));
	mt_result_release(&r);
}

static void test_migrate_fleet__200_databases(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0");
	long t0 = mt_now_ms();
	databases(f, 200, true);
	char name[128], query[256], expect[256];
	snprintf(name, sizeof(name), "%s_t077", f->db->name);
	exec_in(URL, name, "CREATE TABLE t2 (conflict int)");
	snprintf(query, sizeof(query), "SELECT datname FROM pg_database WHERE datname LIKE '%s\\_t%%' ORDER BY 1",
		 f->db->name);
	long t1 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, URL, f->dir, "--targets-query", query, "--jobs", "4", "--keep-going", "--format", "json", "up",
		   NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.out, "\"targets\":200,\"ok\":199,\"failed\":1,\"timed_out\":0,\"skipped\":0"));
	snprintf(expect, sizeof(expect),
		 "{\"event\":\"target\",\"target\":\"%s\",\"result\":\"failed\",\"exit_code\":1,", name);
	assert_true(mt_contains(r.out, expect));
	assert_true(mt_contains(r.out, "relation \\\"t2\\\" already exists"));
	mt_result_release(&r);
	long t2 = mt_now_ms();

	/* Fixed: the rerun finishes the fleet, and applies only what the failed target lacks. */
	exec_in(URL, name, "DROP TABLE t2");
	mt_migrate(&r, URL, f->dir, "--targets-query", query, "--jobs", "4", "up", NULL);
	if (r.code != 0)
		print_error("rerun: %s\n", r.err);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "200 targets: 200 ok, 0 failed, 0 skipped; 2 applied"));
	mt_result_release(&r);
	assert_all_at(f, URL, "--targets-query", query,
		      "\"groups\":[{\"version\":\"000003\",\"targets\":200,\"pending\":0}]");
	long t3 = mt_now_ms();
	databases(f, 200, false);
	print_message("200 databases: created in %ld ms, first up (--jobs 4) %ld ms, rerun and status %ld ms, "
		      "dropped in %ld ms\n",
		      t1 - t0, t2 - t1, t3 - t2, mt_now_ms() - t3);
}

static void test_migrate_fleet__200_schemas(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0");
	char file[600];
	schemas(f, 200, file, sizeof(file));
	sg_test_exec(CONN, "CREATE TABLE s_042.t2 (conflict int)");
	long t0 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, URL, f->dir, "--targets", file, "--keep-going", "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "200 targets: 199 ok, 1 failed, 0 skipped; 598 applied"));
	assert_true(mt_contains(r.err, "s_042: failed: "));
	assert_true(mt_contains(r.err, "relation \"t2\" already exists"));
	mt_result_release(&r);
	/* Each schema holds its own ledger and its own tables; nothing went to public. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE tablename = 'schema_migrations' AND "
					"schemaname LIKE 's\\_%'"),
			 200);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM s_042.schema_migrations"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM s_199.schema_migrations"), 3);
	assert_int_equal(
	    mt_count(CONN,
		     "SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^(t1|t2|schema_)'"),
	    0);

	sg_test_exec(CONN, "DROP TABLE s_042.t2");
	mt_migrate(&r, URL, f->dir, "--targets", file, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "200 targets: 200 ok, 0 failed, 0 skipped; 2 applied"));
	mt_result_release(&r);
	assert_all_at(f, URL, "--targets", file, "\"groups\":[{\"version\":\"000003\",\"targets\":200,\"pending\":0}]");
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_indexes WHERE indexname = 't1_v_idx'"), 200);

	/* status --targets in one screen: the versions, how many targets at each, which. */
	mt_write(f->dir, "one.txt", "schema=s_007\nname=other schema=s_008\n");
	char one[700];
	snprintf(one, sizeof(one), "%s/one.txt", f->dir);
	mt_migrate(&r, URL, f->dir, "--targets", one, "down", "2", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets", file, "status", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(
	    r.out, "000003                198        0  s_000, s_001, s_002, s_003, s_004, s_005 and 192 more\n"));
	assert_true(mt_contains(r.out, "000001                  2        2  s_007, s_008\n"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets", file, "status", "--exit-code", NULL);
	assert_int_equal(r.code, 3);
	mt_result_release(&r);
	print_message("200 schemas: first up %ld ms\n", mt_now_ms() - t0);
}

/* Without --keep-going: after the first failure no new target starts; the run says which were skipped. */
static void test_migrate_fleet__stop_after_first_failure(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0");
	char file[600];
	schemas(f, 10, file, sizeof(file));
	sg_test_exec(CONN, "CREATE TABLE s_000.t1 (conflict int)");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "--targets", file, "--jobs", "1", "--format", "json", "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.out, "\"targets\":10,\"ok\":0,\"failed\":1,\"timed_out\":0,\"skipped\":9"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE tablename = 't1'"), 1);
}

/* --target-timeout cancels the slow target alone; it is rolled back, not dirty. */
static void test_migrate_fleet__target_timeout(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(
	    f->dir, "000002_slow.up.sql",
	    "CREATE TABLE b (id int);\nSELECT pg_sleep(CASE WHEN current_schema() = 's_001' THEN 60 ELSE 0 END);\n");
	char file[600];
	schemas(f, 3, file, sizeof(file));
	long t0 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, URL, f->dir, "--targets", file, "--target-timeout", "1s", "--keep-going", "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_now_ms() - t0 < 20000);
	assert_true(mt_contains(r.err, "s_001: timeout: timed out after 1000 ms (--target-timeout)"));
	assert_true(mt_contains(r.err, "3 targets: 2 ok, 1 failed, 0 skipped"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM s_001.schema_migrations"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM s_001.schema_migrations WHERE dirty"), 0);
	assert_int_equal(
	    mt_count(CONN, "SELECT count(*) FROM pg_tables WHERE schemaname = 's_001' AND tablename = 'b'"), 0);
}

/* Every schema's tables agree with its ledger: t1 and t2 exist iff 1 and 2 are applied, the index iff 3 is. */
static int consistent_versions(fixture *f, int n)
{
	int total = 0;
	char sql[512];
	for (int i = 0; i < n; i++) {
		snprintf(sql, sizeof(sql),
			 "SELECT count(*) FROM pg_tables WHERE schemaname = 's_%03d' AND tablename = "
			 "'schema_migrations'",
			 i);
		if (mt_count(CONN, sql) == 0)
			continue;
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM s_%03d.schema_migrations WHERE dirty", i);
		assert_int_equal(mt_count(CONN, sql), 0);
		snprintf(sql, sizeof(sql), "SELECT count(*) FROM s_%03d.schema_migrations", i);
		long applied = mt_count(CONN, sql);
		snprintf(sql, sizeof(sql),
			 "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 's_%03d' AND tablename IN ('t1', "
			 "'t2')) + (SELECT count(*) FROM pg_indexes WHERE schemaname = 's_%03d' AND indexname = "
			 "'t1_v_idx')",
			 i, i);
		assert_int_equal(mt_count(CONN, sql), applied);
		total += (int)applied;
	}
	return total;
}

static void test_migrate_fleet__sigint_leaves_no_target_dirty(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0.1");
	char file[600], prefix[700];
	schemas(f, 40, file, sizeof(file));
	snprintf(prefix, sizeof(prefix), "%s/run", f->dir);
	pid_t pid = mt_spawn(prefix, URL, f->dir, "--targets", file, "--jobs", "2", "up", NULL);
	/* In the middle: some targets done, some running, most not started. */
	for (int i = 0; i < 200; i++) {
		struct timespec ts = {0, 50 * 1000000L};
		nanosleep(&ts, NULL);
		if (mt_count(CONN,
			     "SELECT count(*) FROM pg_tables WHERE tablename = 't2' AND schemaname LIKE 's\\_%'") >= 4)
			break;
	}
	kill(pid, SIGINT);
	int code = mt_wait(pid);
	char path[800];
	snprintf(path, sizeof(path), "%s.err", prefix);
	char *err = mt_slurp(path);
	if (code != 1)
		print_error("interrupted run: %d\n%s\n", code, err);
	assert_int_equal(code, 1);
	assert_true(mt_contains(err, "interrupted: targets not started were skipped"));
	free(err);
	int applied = consistent_versions(f, 40);
	assert_true(applied > 0 && applied < 120);

	mt_result r;
	mt_migrate(&r, URL, f->dir, "--targets", file, "--jobs", "4", "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	assert_int_equal(consistent_versions(f, 40), 120);
}

/* Through PgBouncer (session mode) a fleet of databases ends as the same fleet of direct URLs does. */
static void test_migrate_fleet__through_pgbouncer(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0");
	databases(f, 20, true);
	char lines[20 * 160] = "";
	for (int i = 0; i < 20; i++)
		snprintf(lines + strlen(lines), sizeof(lines) - strlen(lines), "dbname=%s_t%03d\n", f->db->name, i);
	mt_write(f->dir, "targets.txt", lines);
	char file[600];
	snprintf(file, sizeof(file), "%s/targets.txt", f->dir);
	mt_bouncer b = {0};
	mt_bouncer_start(&b, URL, f->db->name, "session");
	mt_result r;
	mt_migrate(&r, b.url, f->dir, "--targets", file, "--jobs", "4", "--format", "json", "up", NULL);
	if (r.code != 0)
		print_error("through pgbouncer: %s\n%s\n", r.out, r.err);
	assert_int_equal(r.code, 0);
	assert_true(
	    mt_contains(r.out, "\"targets\":20,\"ok\":20,\"failed\":0,\"timed_out\":0,\"skipped\":0,\"applied\":60"));
	assert_false(strstr(r.out, "lock_was_lost") || strstr(r.out, "\"event\":\"warning\""));
	mt_result_release(&r);
	const char *groups = "\"groups\":[{\"version\":\"000003\",\"targets\":20,\"pending\":0}]";
	assert_all_at(f, b.url, "--targets", file, groups);
	mt_bouncer_stop(&b);
	assert_all_at(f, URL, "--targets", file, groups);
	databases(f, 20, false);
}

/* Bad targets are exit 2 before anything connects, and no message shows a password. */
static void test_migrate_fleet__bad_targets(void **state)
{
	fixture *f = *state;
	write_migrations(f->dir, "0");
	char file[600];
	snprintf(file, sizeof(file), "%s/targets.txt", f->dir);
	mt_result r;
	mt_write(f->dir, "targets.txt", "dbname=a\n\n# comment\ndbname=a\n");
	mt_migrate(&r, URL, f->dir, "--targets", file, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "lines 1 and 4 are both target 'a': give each its own name=LABEL"));
	mt_result_release(&r);
	mt_write(f->dir, "targets.txt", "name=x postgresql://u:s3cr3tPW@[::1/db\n");
	mt_migrate(&r, URL, f->dir, "--targets", file, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "targets.txt:1: "));
	assert_false(strstr(r.err, "s3cr3tPW"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets-query", "SELECT 1 AS x", "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "its result has no column named datname"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets", file, "redo", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets", file, "--accept-edit", "1", "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "'--accept-edit' records an edit in one database"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--targets", file, "--jobs", "0", "up", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__bad_targets, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__stop_after_first_failure, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__target_timeout, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__sigint_leaves_no_target_dirty, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__through_pgbouncer, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__200_schemas, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_fleet__200_databases, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
