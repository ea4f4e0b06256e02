/*
 * `migrate` behind a real PgBouncer (Debian's pgbouncer), started by this
 * suite in front of the test server, one per pooling mode: session mode runs
 * keep working with the lock (six instances at once over transactional and
 * no-transaction files, and a killed run leaves no lock), transaction and
 * statement mode runs are refused with exit 4 before anything changes, and
 * no path leaves a lock that a later direct run would wait for.
 *
 * PgBouncer listens only on a unix socket in a private directory and runs as
 * the server's account when the suite runs as root, as the server does
 * (runtime/tmpserver.c).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "bouncer_util.h"
#include "harness.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

typedef mt_bouncer bouncer;

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

/* PgBouncer in `mode` in front of the test server, reaching f's database (bouncer_util.h). */
static void bouncer_start(bouncer *b, fixture *f, const char *mode)
{
	mt_bouncer_start(b, URL, f->db->name, mode);
}

static void bouncer_stop(bouncer *b)
{
	mt_bouncer_stop(b);
}

/* Advisory locks held in the test's database, by any session. */
static long advisory_locks(PGconn *conn)
{
	return mt_count(conn, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
			      "(SELECT oid FROM pg_database WHERE datname = current_database())");
}

/*
 * Migrations whose bodies leave a trace (a row in `ran`, one per execution of
 * a body, outside the transaction of a no-transaction file too), slow enough
 * for six runners to overlap.
 */
static void write_migrations(fixture *f)
{
	sg_test_exec(CONN, "CREATE TABLE ran (version int NOT NULL, at timestamptz DEFAULT clock_timestamp())");
	mt_write(f->dir, "000001_t.up.sql",
		 "CREATE TABLE t (id int, v text);\n"
		 "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 20000) g;\n"
		 "INSERT INTO ran (version) VALUES (1);\nSELECT pg_sleep(0.3);\n");
	mt_write(f->dir, "000002_t_v_idx.up.sql",
		 "-- migrate:no-transaction\n"
		 "INSERT INTO ran (version) VALUES (2);\n"
		 "CREATE INDEX CONCURRENTLY t_v_idx ON t (v);\n"
		 "SELECT pg_sleep(0.3);\n");
	mt_write(f->dir, "000003_u.up.sql",
		 "CREATE TABLE u (id int);\nINSERT INTO ran (version) VALUES (3);\nSELECT pg_sleep(0.2);\n");
}

/* Every version applied exactly once: one body execution, one clean row, one 'up' event. */
static void assert_applied_once(fixture *f)
{
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM ran"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(DISTINCT version) FROM ran"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE NOT dirty"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 3);
	assert_int_equal(
	    mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'up' AND outcome = 'ok'"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE outcome <> 'ok'"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
					"WHERE c.relname = 't_v_idx' AND i.indisvalid"),
			 1);
}

/* After the pooled runs: no lock anywhere, and a direct run does not wait for one. */
static void assert_direct_run_does_not_wait(fixture *f)
{
	assert_int_equal(advisory_locks(CONN), 0);
	long t0 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--lock-timeout", "5s", NULL);
	if (r.code != 0)
		print_error("direct run: %s\n%s\n", r.out, r.err);
	assert_int_equal(r.code, 0);
	assert_false(strstr(r.err, "waiting for the migration lock"));
	mt_result_release(&r);
	assert_true(mt_now_ms() - t0 < 5000);
}

/* Six `migrate up` at once through `url`; their exit codes, and the number of OK lines in all. */
static int six_runners(fixture *f, const char *url, int codes[6], char *errs[6])
{
	char prefixes[6][600];
	pid_t pids[6];
	for (int i = 0; i < 6; i++) {
		snprintf(prefixes[i], sizeof(prefixes[i]), "%s/run%d", f->dir, i);
		pids[i] = mt_spawn(prefixes[i], url, f->dir, "up", "--lock-timeout", "60s", NULL);
	}
	int ok_lines = 0;
	for (int i = 0; i < 6; i++) {
		codes[i] = mt_wait(pids[i]);
		char path[700];
		snprintf(path, sizeof(path), "%s.out", prefixes[i]);
		char *out = mt_slurp(path);
		snprintf(path, sizeof(path), "%s.err", prefixes[i]);
		errs[i] = mt_slurp(path);
		/* progress lines are on stderr; stdout stays empty */
		if (out[0])
			print_error("runner %d printed on stdout: %s\n", i, out);
		assert_string_equal(out, "");
		for (const char *p = errs[i]; (p = strstr(p, "OK  ")); p++)
			ok_lines++;
		free(out);
	}
	return ok_lines;
}

static void test_migrate_pooler__session_mode_six_runners(void **state)
{
	fixture *f = *state;
	write_migrations(f);
	bouncer b = {0};
	bouncer_start(&b, f, "session");
	int codes[6];
	char *errs[6];
	int ok_lines = six_runners(f, b.url, codes, errs);
	for (int i = 0; i < 6; i++) {
		if (codes[i] != 0)
			print_error("runner %d exited %d: %s\n", i, codes[i], errs[i]);
		assert_int_equal(codes[i], 0);
		assert_false(strstr(errs[i], "not held at the end"));
		free(errs[i]);
	}
	assert_int_equal(ok_lines, 3);
	assert_applied_once(f);
	/* The pooler's server sessions outlive the runs: none of them may keep the lock. */
	assert_int_equal(advisory_locks(CONN), 0);
	bouncer_stop(&b);
	assert_direct_run_does_not_wait(f);
}

static void test_migrate_pooler__transaction_mode_refused(void **state)
{
	fixture *f = *state;
	write_migrations(f);
	bouncer b = {0};
	bouncer_start(&b, f, "transaction");
	mt_result r;
	mt_migrate(&r, b.url, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "is reached through a pooler in transaction pooling mode"));
	assert_true(mt_contains(r.err, "connect migrate directly, or through a session-mode pool"));
	mt_result_release(&r);
	/* Refused before anything changed: not even the tracking table. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations'"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM ran"), 0);
	assert_int_equal(advisory_locks(CONN), 0);

	/* Six at once, through the same pool: each is refused, or (should the probe be fooled) applies under the lock.
	 */
	int codes[6];
	char *errs[6];
	six_runners(f, b.url, codes, errs);
	for (int i = 0; i < 6; i++) {
		if (codes[i] != 4 && codes[i] != 0)
			print_error("runner %d exited %d: %s\n", i, codes[i], errs[i]);
		assert_true(codes[i] == 4 || codes[i] == 0);
		if (codes[i] == 4)
			assert_true(mt_contains(errs[i], "transaction pooling mode"));
		free(errs[i]);
	}
	/* No body ran twice, and the ledger agrees with what ran. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM (SELECT version FROM ran GROUP BY version HAVING "
					"count(*) > 1) d"),
			 0);
	assert_int_equal(advisory_locks(CONN), 0);
	/* The pool's server sessions stay open: a direct run finds no leftover lock in them. */
	assert_direct_run_does_not_wait(f);
	assert_applied_once(f);
	bouncer_stop(&b);
}

static void test_migrate_pooler__statement_mode_refused(void **state)
{
	fixture *f = *state;
	write_migrations(f);
	bouncer b = {0};
	bouncer_start(&b, f, "statement");
	mt_result r;
	mt_migrate(&r, b.url, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "through a pooler that does not keep a transaction on one server session"));
	assert_true(mt_contains(r.err, "transaction blocks not allowed in statement pooling mode"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations'"), 0);
	/* Read-only commands take no lock and work through any pool. */
	mt_migrate(&r, b.url, f->dir, "status", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.out, "0 applied, 3 pending"));
	mt_result_release(&r);
	assert_int_equal(advisory_locks(CONN), 0);
	assert_direct_run_does_not_wait(f);
	assert_applied_once(f);
	bouncer_stop(&b);
}

/* A run killed in the middle of a no-transaction file behind a session pool leaves no lock. */
static void test_migrate_pooler__session_mode_kill_9_leaves_no_lock(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_k.up.sql",
		 "-- migrate:no-transaction\nCREATE TABLE k (id int);\nSELECT pg_sleep(60);\n");
	bouncer b = {0};
	bouncer_start(&b, f, "session");
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/killed", f->dir);
	pid_t pid = mt_spawn(prefix, b.url, f->dir, "up", NULL);
	for (int i = 0; i < 300 && mt_count(CONN, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
						  "current_database() AND query = 'SELECT pg_sleep(60)' AND state = "
						  "'active'") == 0;
	     i++)
		sleep_ms(50);
	assert_int_equal(advisory_locks(CONN), 1);
	kill(pid, SIGKILL);
	assert_int_equal(mt_wait(pid), 128 + SIGKILL);
	long t0 = mt_now_ms();
	while (advisory_locks(CONN) != 0 && mt_now_ms() - t0 < 10000)
		sleep_ms(50);
	assert_int_equal(advisory_locks(CONN), 0);
	/* The version is left dirty, and nothing is running it: a direct run says so at once. */
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--lock-timeout", "5s", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "the run that started it is gone"));
	mt_result_release(&r);
	bouncer_stop(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_pooler__session_mode_six_runners, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_pooler__transaction_mode_refused, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_pooler__statement_mode_refused, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_pooler__session_mode_kill_9_leaves_no_lock, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
