/*
 * Integration tests of what `migrate up` does around applying: it connects
 * while it reads the files, orders the file set whatever the listing's order,
 * checksums as the server does, takes the no-op fast path only when nothing
 * differs, and maps server error positions to file:line:column (the rest of
 * `migrate`: test_migrate_run.c).  Each test gets a fresh database and a
 * fresh migrations directory.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checksum.h"
#include "files.h"
#include "harness.h"
#include "schemagen/migrate.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

/* Server error positions map to file:line:column from wherever the statement starts. */
static void test_migrate_start__error_positions_inside_statements(void **state)
{
	fixture *f = *state;
	mt_result r;
	/* The failing statement starts on line 1, column 27 (after 'é' counted as one); the error is on that line. */
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE é1 (id int); SELECT 1 FROM nope;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000001_a.up.sql:1:41: ERROR 42P01"));
	assert_true(mt_contains(r.err, "statement 2 of 2: SELECT 1 FROM nope)"));
	mt_result_release(&r);
	/* It starts mid-line and the error is two lines further down. */
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int); SELECT id,\n  'é',\n    nope FROM a;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000001_a.up.sql:3:5: ERROR 42703"));
	assert_true(mt_contains(r.err, "statement 2 of 2: SELECT id,)"));
	mt_result_release(&r);
	/* The same in a no-transaction file, statement by statement. */
	mt_write(f->dir, "000001_a.up.sql",
		 "-- migrate:no-transaction\nCREATE TABLE a (id int); SELECT id,\n  'é',\n    nope FROM a;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000001_a.up.sql:4:5: ERROR 42703"));
	mt_result_release(&r);
}

/* The number of sessions connected to this test's database other than the test's own. */
static long other_sessions(PGconn *conn)
{
	return mt_count(conn, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
			      "AND pid <> pg_backend_pid()");
}

/*
 * `migrate` starts connecting before it reads the files (connect_early): the
 * outcome is the same as connecting afterwards, a bad file set still wins,
 * and a runner freed before its first operation leaves no session behind.
 */
static void test_migrate_start__early_connection(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_app.up.sql",
		 "CREATE TABLE app AS SELECT current_setting('application_name') AS name;\n");
	mt_result r;
	/* Nobody listens and the files are bad: the files are reported (exit 2). */
	mt_write(f->dir, "add_users.up.sql", "SELECT 1;\n");
	mt_migrate(&r, "host=127.0.0.1 port=1 dbname=nowhere", f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "'add_users.up.sql' is not named VERSION_description"));
	mt_result_release(&r);
	/* The files are bad and the server is there: the same, and nothing is left connected or created. */
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "schema_migrations"));
	mt_unlink(f->dir, "add_users.up.sql");
	/* Nobody listens, good files: the connection's failure, exit 1. */
	mt_migrate(&r, "host=127.0.0.1 port=1 dbname=nowhere", f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "could not connect to database 'nowhere' on host '127.0.0.1' port '1'"));
	mt_result_release(&r);
	/* The session started early is the one used, with the runner's application_name. */
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	char *app = sg_test_scalar(CONN, "SELECT name FROM app");
	assert_string_equal(app, "schemagen migrate");
	free(app);
	/* connect_timeout keeps libpq's blocking connect (it enforces the timeout only there). */
	char url[1024];
	snprintf(url, sizeof(url), "%s connect_timeout=10", URL);
	mt_migrate(&r, url, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "no change, at 000001"));
	mt_result_release(&r);

	/* A runner freed before any operation closes the connection it started. */
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = URL;
	opts.migrations_dir = f->dir;
	opts.connect_early = true;
	sg_migrate *m = NULL;
	sg_error err = {0};
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	sg_migrate_free(m);
	long others = 1;
	for (int i = 0; i < 100 && others != 0; i++) {
		others = other_sessions(CONN);
		if (others)
			usleep(20 * 1000);
	}
	assert_int_equal(others, 0);
	/* And one that runs uses it. */
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	int64_t v = 0;
	bool dirty = true;
	if (sg_migrate_version(m, &v, &dirty, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	assert_int_equal(v, 1);
	assert_false(dirty);
	sg_migrate_free(m);
}

/* The file set is ordered by version whatever the listing's order, and its errors do not depend on it. */
static void test_migrate_start__file_set_order(void **state)
{
	(void)state;
	const int64_t versions[] = {20240101120000, 1, 65536, 256, 255, 4611686018427387904, 2, 16777216, 257, 3};
	const size_t nv = sizeof(versions) / sizeof(versions[0]);
	char names[2 * 10][64];
	const char *list[2 * 10];
	size_t n = 0;
	for (size_t i = 0; i < nv; i++) { /* down files listed before their up files, for some */
		snprintf(names[n], sizeof(names[n]), "%06" PRId64 "_m%zu.%s.sql", versions[i], i,
			 i % 2 ? "down" : "up");
		list[n] = names[n];
		n++;
		snprintf(names[n], sizeof(names[n]), "%06" PRId64 "_m%zu.%s.sql", versions[i], i,
			 i % 2 ? "up" : "down");
		list[n] = names[n];
		n++;
	}
	sg_mfile_set set;
	sg_error err = {0};
	assert_int_equal(sg_files_collect(&set, list, n, &err), 0);
	assert_int_equal(set.count, nv);
	for (size_t i = 0; i < set.count; i++) {
		if (i > 0)
			assert_true(set.items[i - 1].version < set.items[i].version);
		assert_true(strstr(set.items[i].up_file, ".up.sql") != NULL);
		assert_non_null(set.items[i].down_file);
		assert_true(strstr(set.items[i].down_file, ".down.sql") != NULL);
		assert_int_equal(
		    strncmp(set.items[i].up_file, set.items[i].version_text, strlen(set.items[i].version_text)), 0);
	}
	assert_int_equal(set.items[0].version, 1);
	assert_string_equal(set.items[0].version_text, "000001");
	assert_string_equal(set.items[0].name, "m1");
	assert_int_equal(set.items[nv - 1].version, 4611686018427387904);
	sg_files_set_release(&set);

	/* Three files of version 5, in every order: the message names the first two by name. */
	const char *dup[][3] = {{"5_a.up.sql", "000005_b.up.sql", "05_c.up.sql"},
				{"05_c.up.sql", "5_a.up.sql", "000005_b.up.sql"},
				{"000005_b.up.sql", "05_c.up.sql", "5_a.up.sql"}};
	for (size_t k = 0; k < 3; k++) {
		const char *l[4] = {"000001_x.up.sql", dup[k][0], dup[k][1], dup[k][2]};
		assert_int_equal(sg_files_collect(&set, l, 4, &err), -1);
		assert_string_equal(sg_error_message(&err), "duplicate version 5: '000005_b.up.sql' and '05_c.up.sql'");
		sg_error_clear(&err);
		sg_files_set_release(&set);
	}
}

/* The runtime's own SHA-256 agrees with the server's at every padding boundary. */
static void test_migrate_start__checksum_matches_the_server(void **state)
{
	fixture *f = *state;
	const size_t lens[] = {0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4097};
	for (size_t k = 0; k < sizeof(lens) / sizeof(lens[0]); k++) {
		size_t n = lens[k];
		unsigned char *data = malloc(n + 1);
		char *sql = malloc(2 * n + 64);
		assert_non_null(data);
		assert_non_null(sql);
		int at = snprintf(sql, 64, "SELECT encode(sha256('\\x");
		for (size_t i = 0; i < n; i++) {
			data[i] = (unsigned char)(i * 7 + 3 + k);
			at += snprintf(sql + at, 3, "%02x", data[i]);
		}
		snprintf(sql + at, 64, "'::bytea), 'hex')");
		char mine[SG_CHECKSUM_HEX_LEN + 1];
		assert_int_equal(sg_checksum_sha256_hex(mine, data, n, NULL), 0);
		char *theirs = sg_test_scalar(CONN, sql);
		assert_string_equal(mine, theirs);
		free(theirs);
		free(sql);
		free(data);
	}
}

/*
 * A no-op `up` reads only the applied versions (and whether any is dirty) and
 * stops there when they are exactly the files' versions.  Every state that
 * differs must still get the full check, with the same outcome as before.
 */
static void test_migrate_start__noop_up_still_sees_every_difference(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000004_d.up.sql", "CREATE TABLE d (id int);\n");
	mt_write(f->dir, "000005_e.up.sql", "CREATE TABLE e (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_string_equal(r.err, "no change, at 000005\n");
	assert_string_equal(r.out, "");
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 0);
	assert_string_equal(r.err, "dry run: 0 planned, nothing changed, at 000005\n");
	mt_result_release(&r);

	/*
	 * Files {2, 3, 5} against applied {1, 4, 5}: the same count, sum and
	 * newest version.  2 and 3 are pending out of order.
	 */
	mt_unlink(f->dir, "000001_a.up.sql");
	mt_unlink(f->dir, "000004_d.up.sql");
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_write(f->dir, "000003_c.up.sql", "CREATE TABLE c (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000002_b.up.sql' is pending but older than the newest applied version 000005"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "b"));

	/* Files {1, 4, 6} against applied {1, 4, 5}: 6 is applied, 5 is reported without its file. */
	mt_unlink(f->dir, "000002_b.up.sql");
	mt_unlink(f->dir, "000003_c.up.sql");
	mt_unlink(f->dir, "000005_e.up.sql");
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000004_d.up.sql", "CREATE TABLE d (id int);\n");
	mt_write(f->dir, "000006_f.up.sql", "CREATE TABLE f (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "version 000005 ('e') is applied but has no file"));
	assert_true(mt_contains(r.err, "1 applied, now at 000006"));
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "f"));

	/* An applied version without its file, nothing pending: nothing to run, as before (validate reports it). */
	mt_unlink(f->dir, "000004_d.up.sql");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "no change, at 000006"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000004 ('d') is applied but has no file"));
	mt_result_release(&r);
	mt_write(f->dir, "000004_d.up.sql", "CREATE TABLE d (id int);\n");
	mt_write(f->dir, "000005_e.up.sql", "CREATE TABLE e (id int);\n");

	/* The newest version left dirty by its own no-transaction file: the sets agree, up refuses. */
	mt_write(f->dir, "000007_g.up.sql",
		 "-- migrate:no-transaction\nCREATE TABLE g (id int);\nCREATE TABLE a (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE version = 7 AND dirty"), 1);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000007 ('g') is dirty"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
}

/*
 * Tables that are not ours nor golang-migrate's, whatever versions they hold,
 * are refused as before (golang-migrate's own is adopted: tests/golang_migrate_cli.sh).
 */
static void test_migrate_start__noop_up_refuses_other_tables(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "1_a.up.sql", "CREATE TABLE a (id int);\n");
	sg_test_exec(CONN,
		     "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL,"
		     " checksum text);"
		     "INSERT INTO schema_migrations VALUES (1, false)");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "exists but is not a schemagen tracking table"));
	mt_result_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_start__error_positions_inside_statements, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_start__early_connection, setup, teardown),
	    cmocka_unit_test(test_migrate_start__file_set_order),
	    cmocka_unit_test_setup_teardown(test_migrate_start__checksum_matches_the_server, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_start__noop_up_still_sees_every_difference, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_start__noop_up_refuses_other_tables, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
