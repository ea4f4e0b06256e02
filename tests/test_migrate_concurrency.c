/*
 * Integration tests of `migrate` as processes: six instances at once over a
 * CREATE INDEX CONCURRENTLY migration, the lock timeout naming the holder,
 * waiters holding no snapshot, kill -9 in the middle of a migration, SIGTERM
 * cancelling the running statement, --wait for a server that is not up yet,
 * and a live run told from a dead one.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "harness.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

static void sleep_ms(long ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

/* Wait until a migrate session runs a statement matching `like`; fails after 15 s. */
static void wait_for_query(PGconn *conn, const char *like)
{
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = "
		 "'schemagen migrate' "
		 "AND state = 'active' AND query LIKE '%s'",
		 like);
	for (int i = 0; i < 300; i++) {
		if (mt_count(conn, sql) > 0)
			return;
		sleep_ms(50);
	}
	fail_msg("no migrate session ever ran %s", like);
}

static void test_migrate_concurrency__six_instances_apply_once(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_t.up.sql",
		 "CREATE TABLE t (id int, v text);\n"
		 "INSERT INTO t SELECT g, md5(g::text) FROM generate_series(1, 100000) g;\n");
	mt_write(f->dir, "000002_t_v_idx.up.sql",
		 "-- migrate:no-transaction\n"
		 "CREATE INDEX CONCURRENTLY t_v_idx ON t (v);\n"
		 "CREATE UNIQUE INDEX CONCURRENTLY t_id_idx ON t (id);\n");
	mt_write(f->dir, "000003_u.up.sql", "CREATE TABLE u (id int REFERENCES t (id));\n");
	char prefixes[6][512];
	pid_t pids[6];
	for (int i = 0; i < 6; i++) {
		snprintf(prefixes[i], sizeof(prefixes[i]), "%s/run%d", f->dir, i);
		pids[i] = mt_spawn(prefixes[i], URL, f->dir, "up", "--lock-timeout", "60s", NULL);
	}
	int total_ok_lines = 0;
	for (int i = 0; i < 6; i++) {
		int code = mt_wait(pids[i]);
		char path[600];
		snprintf(path, sizeof(path), "%s.out", prefixes[i]);
		char *out = mt_slurp(path);
		snprintf(path, sizeof(path), "%s.err", prefixes[i]);
		char *err = mt_slurp(path);
		if (code != 0)
			print_error("instance %d exited %d:\n%s\n%s\n", i, code, out, err);
		assert_int_equal(code, 0);
		/* progress and summaries are on stderr; nothing is printed on stdout */
		assert_string_equal(out, "");
		for (const char *p = err; (p = strstr(p, "OK  ")); p++)
			total_ok_lines++;
		assert_true(strstr(err, "now at 000003") || strstr(err, "no change, at 000003"));
		free(out);
		free(err);
	}
	/* Each migration ran exactly once, in one of the six. */
	assert_int_equal(total_ok_lines, 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'up'"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(DISTINCT version) FROM schema_migrations_history"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE NOT dirty"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
					"WHERE c.relname IN ('t_v_idx', 't_id_idx') AND i.indisvalid"),
			 2);
}

static void test_migrate_concurrency__lock_timeout_names_holder(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	char conninfo[1024];
	snprintf(conninfo, sizeof(conninfo), "%s application_name=blocker", URL);
	PGconn *blocker = PQconnectdb(conninfo);
	assert_int_equal(PQstatus(blocker), CONNECTION_OK);
	/* The key as the README documents it. */
	sg_test_exec(blocker, "SELECT pg_advisory_lock(('x' || left(encode(sha256(convert_to("
			      "'public.schema_migrations', 'UTF8')), 'hex'), 16))::bit(64)::bigint)");
	char pid[32];
	snprintf(pid, sizeof(pid), "pid %d ", PQbackendPID(blocker));

	/* A waiter polls: between polls it holds no transaction and no snapshot. */
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/waiter", f->dir);
	long t0 = mt_now_ms();
	pid_t waiter = mt_spawn(prefix, URL, f->dir, "up", "--lock-timeout", "1500ms", NULL);
	int seen = 0;
	for (int i = 0; i < 20; i++) {
		sleep_ms(50);
		assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_stat_activity WHERE datname = "
						"current_database() AND application_name = "
						"'schemagen migrate' AND (state LIKE 'idle in transaction%' OR "
						"(state = 'idle' AND backend_xmin IS NOT NULL))"),
				 0);
		seen += (int)mt_count(
		    CONN,
		    "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = "
		    "'schemagen migrate'");
	}
	assert_true(seen > 0);
	int code = mt_wait(waiter);
	long took = mt_now_ms() - t0;
	char path[700];
	snprintf(path, sizeof(path), "%s.err", prefix);
	char *err = mt_slurp(path);
	assert_int_equal(code, 1);
	assert_true(took >= 1500);
	assert_true(mt_contains(err, "lock timeout: the migration lock is still held after"));
	assert_true(mt_contains(err, pid));
	assert_true(mt_contains(err, "application_name 'blocker'"));
	assert_true(mt_contains(err, "connected since 20"));
	free(err);
	PQfinish(blocker);
	/* Released: the next run goes through. */
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
}

static void test_migrate_concurrency__kill_9_leaves_nothing_half_applied(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_k.up.sql",
		 "CREATE TABLE k (id int);\nINSERT INTO k VALUES (1);\nSELECT pg_sleep(60);\n");
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/killed", f->dir);
	pid_t pid = mt_spawn(prefix, URL, f->dir, "up", NULL);
	wait_for_query(CONN, "SELECT pg_sleep(60)");
	kill(pid, SIGKILL);
	assert_int_equal(mt_wait(pid), 128 + SIGKILL);
	mt_write(f->dir, "000001_k.up.sql", "CREATE TABLE k (id int);\nINSERT INTO k VALUES (1);\n");
	/* The orphaned session ends within about a second (client_connection_check_interval), lock and all. */
	long t0 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--lock-timeout", "20s", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000001"));
	mt_result_release(&r);
	assert_true(mt_now_ms() - t0 < 15000);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM k"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE NOT dirty"), 1);
}

static void test_migrate_concurrency__sigterm_cancels_and_rolls_back(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_s.up.sql", "CREATE TABLE s (id int);\nSELECT pg_sleep(60);\n");
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/term", f->dir);
	pid_t pid = mt_spawn(prefix, URL, f->dir, "up", NULL);
	wait_for_query(CONN, "SELECT pg_sleep(60)");
	long t0 = mt_now_ms();
	kill(pid, SIGTERM);
	int code = mt_wait(pid);
	assert_true(mt_now_ms() - t0 < 5000);
	assert_int_equal(code, 1);
	char path[700];
	snprintf(path, sizeof(path), "%s.err", prefix);
	char *err = mt_slurp(path);
	assert_true(mt_contains(err, "000001_s.up.sql: interrupted, the running statement was cancelled; rolled back"));
	free(err);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 's'"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
					"(SELECT oid FROM pg_database WHERE datname = current_database())"),
			 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE outcome = 'failed'"), 1);
}

/* The connection string of `url` with host and port replaced. */
static char *with_host(const char *url, const char *host, const char *port)
{
	PQconninfoOption *opts = PQconninfoParse(url, NULL);
	assert_non_null(opts);
	char *out = calloc(1, 4096);
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		const char *v = o->val;
		if (strcmp(o->keyword, "host") == 0 || strcmp(o->keyword, "hostaddr") == 0)
			v = strcmp(o->keyword, "host") == 0 ? host : NULL;
		if (strcmp(o->keyword, "port") == 0)
			v = port;
		if (!v)
			continue;
		size_t n = strlen(out);
		snprintf(out + n, 4096 - n, "%s='%s' ", o->keyword, v);
	}
	PQconninfoFree(opts);
	return out;
}

static void test_migrate_concurrency__wait_for_the_server(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_w.up.sql", "CREATE TABLE w (id int);\n");
	/* Nobody listens: --wait retries for the whole duration, then gives up with exit 1. */
	char *nowhere = with_host(URL, "127.0.0.1", "1");
	long t0 = mt_now_ms();
	mt_result r;
	mt_migrate(&r, nowhere, f->dir, "up", "--wait", "1500ms", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_now_ms() - t0 >= 1500);
	assert_true(mt_contains(r.err, "gave up after waiting"));
	mt_result_release(&r);
	free(nowhere);

	/* A server that appears later: its unix socket shows up in the directory after a second. */
	PQconninfoOption *opts = PQconninfoParse(URL, NULL);
	const char *host = NULL, *port = "5432";
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		if (strcmp(o->keyword, "host") == 0 && o->val)
			host = o->val;
		if (strcmp(o->keyword, "port") == 0 && o->val && o->val[0])
			port = o->val;
	}
	if (!host || host[0] != '/') {
		/* A TCP server: the give-up path above is what can be shown without a second server. */
		PQconninfoFree(opts);
		return;
	}
	char *later = mt_mkdir();
	char *url = with_host(URL, later, port);
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/waiting", f->dir);
	t0 = mt_now_ms();
	pid_t pid = mt_spawn(prefix, url, f->dir, "up", "--wait", "20s", NULL);
	sleep_ms(1200);
	char target[1024], link[1024];
	snprintf(target, sizeof(target), "%s/.s.PGSQL.%s", host, port);
	snprintf(link, sizeof(link), "%s/.s.PGSQL.%s", later, port);
	assert_int_equal(symlink(target, link), 0);
	int code = mt_wait(pid);
	char path[700];
	snprintf(path, sizeof(path), "%s.err", prefix);
	char *err = mt_slurp(path);
	assert_int_equal(code, 0);
	assert_true(mt_now_ms() - t0 >= 1200);
	assert_true(mt_contains(err, "waiting up to 20000 ms for the server"));
	free(err);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 'w'"), 1);
	unlink(link);
	mt_rmdir(later);
	free(url);
	PQconninfoFree(opts);
}

/*
 * A no-op `up` reads the applied versions in the round trip that tries the
 * lock.  When the lock is busy that read is thrown away: what the holder
 * changes meanwhile (here, a version left dirty) is what the waiter sees.
 */
static void test_migrate_concurrency__noop_reads_after_the_lock(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	PGconn *holder = PQconnectdb(URL);
	assert_int_equal(PQstatus(holder), CONNECTION_OK);
	sg_test_exec(holder, "SELECT pg_advisory_lock(('x' || left(encode(sha256(convert_to("
			     "'public.schema_migrations', 'UTF8')), 'hex'), 16))::bit(64)::bigint)");
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/waiter", f->dir);
	pid_t waiter = mt_spawn(prefix, URL, f->dir, "up", NULL);
	/* Once it waits (its first attempt, with the read, is done), the holder leaves version 2 dirty. */
	long waiting = 0;
	for (int i = 0; i < 200 && !waiting; i++) {
		sleep_ms(20);
		waiting = mt_count(CONN, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
					 "AND application_name = 'schemagen migrate' AND query LIKE "
					 "'%pg_try_advisory_lock%'");
	}
	assert_true(waiting > 0);
	sleep_ms(50);
	sg_test_exec(holder, "UPDATE schema_migrations SET dirty = true, statements_done = 0, statements_total = 1 "
			     "WHERE version = 2");
	PQfinish(holder);
	int code = mt_wait(waiter);
	snprintf(prefix + strlen(prefix), sizeof(prefix) - strlen(prefix), ".err");
	char *err = mt_slurp(prefix);
	assert_int_equal(code, 4);
	assert_true(mt_contains(err, "version 000002 ('b') is dirty"));
	free(err);
}

/* The pid of the session holding the migration lock, or 0. */
static long lock_holder_pid(PGconn *conn)
{
	return mt_count(conn, "SELECT coalesce(max(pid), 0) FROM pg_locks WHERE locktype = 'advisory' AND granted AND "
			      "database = (SELECT oid FROM pg_database WHERE datname = current_database())");
}

/*
 * A no-transaction file blocked half-way (on a table lock the test holds):
 * status, validate and a dry run tell a live run from a dead one, naming the
 * session that holds the migration lock.  Once the runner is killed and its
 * session gone, the same version is reported as left behind.
 */
static void test_migrate_concurrency__live_run_is_not_reported_dead(void **state)
{
	fixture *f = *state;
	sg_test_exec(CONN, "CREATE TABLE blocker (id int)");
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_b.up.sql",
		 "-- migrate:no-transaction\nCREATE TABLE b (id int);\nSELECT count(*) FROM blocker;\nCREATE TABLE c "
		 "(id int);\n");
	PGconn *holder = PQconnectdb(URL);
	assert_int_equal(PQstatus(holder), CONNECTION_OK);
	sg_test_exec(holder, "BEGIN");
	sg_test_exec(holder, "LOCK TABLE blocker IN ACCESS EXCLUSIVE MODE");
	char prefix[600];
	snprintf(prefix, sizeof(prefix), "%s/runner", f->dir);
	pid_t runner = mt_spawn(prefix, URL, f->dir, "up", NULL);
	/* The file's second statement waits for the test's lock on the table. */
	wait_for_query(CONN, "SELECT count(*) FROM blocker");
	long pid = lock_holder_pid(CONN);
	assert_true(pid > 0);
	char pidtext[64];
	snprintf(pidtext, sizeof(pidtext), "pid %ld (application_name 'schemagen migrate'", pid);

	mt_result r;
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.out, "up file running: 1 of 3 statements done; the migrate run holding the "
				       "migration lock is alive: "));
	assert_true(mt_contains(r.out, pidtext));
	assert_true(mt_contains(r.out, "connected since 20"));
	assert_false(strstr(r.out, "died"));
	mt_result_release(&r);

	mt_migrate(&r, URL, f->dir, "status", "--format", "json", NULL);
	assert_int_equal(r.code, 0);
	assert_true(
	    mt_contains(r.out, "\"statements_done\":1,\"statements_total\":3,\"last_error\":null,\"running\":true}"));
	char jpid[64];
	snprintf(jpid, sizeof(jpid), "\"lock_holder\":{\"pid\":%ld,\"application_name\":\"schemagen migrate\"", pid);
	assert_true(mt_contains(r.out, jpid));
	mt_result_release(&r);

	/* validate: a run at work is not a problem between the files and the database. */
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "version 000002 ('b') is being run right now"));
	assert_true(mt_contains(r.err, pidtext));
	assert_false(strstr(r.err, "fix the database by hand"));
	mt_result_release(&r);

	/* A dry run takes no lock: it says the run is alive, exit 1 (try again), not 4 (repair). */
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "is being run right now: its up file has done 1 of 3 statements"));
	assert_true(mt_contains(r.err, "run again once it ends"));
	mt_result_release(&r);

	/* The runner dies; its session follows within about a second (client_connection_check_interval). */
	kill(runner, SIGKILL);
	assert_int_equal(mt_wait(runner), 128 + SIGKILL);
	for (int i = 0; i < 200 && lock_holder_pid(CONN) != 0; i++)
		sleep_ms(50);
	assert_int_equal(lock_holder_pid(CONN), 0);
	sg_test_exec(holder, "ROLLBACK");
	PQfinish(holder);

	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.out, "up file stopped after 1 of 3 statements: interrupted (no migrate run holds the "
				       "migration lock: the run that started it is gone)"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", "--format", "json", NULL);
	assert_true(mt_contains(r.out, "\"running\":false"));
	assert_false(strstr(r.out, "lock_holder"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 4);
	/* validate's problems are messages: stderr */
	assert_true(mt_contains(r.err, "version 000002 ('b') is dirty: its up file stopped after 1 of 3 statements"));
	assert_true(mt_contains(r.err, "fix the database by hand"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "the run that started it is gone"));
	mt_result_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__six_instances_apply_once, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__lock_timeout_names_holder, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__kill_9_leaves_nothing_half_applied, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__sigterm_cancels_and_rolls_back, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__wait_for_the_server, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__noop_reads_after_the_lock, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_concurrency__live_run_is_not_reported_dead, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
