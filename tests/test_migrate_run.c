/*
 * Integration tests of `migrate` against a real server: applying, failing,
 * no-transaction files, files with their own BEGIN/COMMIT, checksums, out of
 * order files, bad input, down/goto/redo, force/baseline, golang-migrate
 * adoption, timeouts and output formats (the library alone: test_migrate_lib.c;
 * connecting early, file order, checksums, the no-op path: test_migrate_start.c).
 * Each test gets a fresh database and a fresh migrations directory.
 */
#include <inttypes.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "harness.h"
#include "lock.h"
#include "schemagen/migrate.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

static bool matches(const char *text, const char *pattern)
{
	regex_t re;
	assert_int_equal(regcomp(&re, pattern, REG_EXTENDED | REG_NEWLINE), 0);
	bool ok = regexec(&re, text, 0, NULL, 0) == 0;
	regfree(&re);
	if (!ok)
		print_error("no match for /%s/ in:\n%s\n", pattern, text);
	return ok;
}

static void test_migrate_run__up_applies_and_records(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_users.up.sql",
		 "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
		 "CREATE INDEX users_email_idx ON users (email);\n");
	mt_write(f->dir, "000001_users.down.sql", "DROP TABLE users;\n");
	mt_write(f->dir, "000003_add_tags.up.sql", "CREATE TABLE tags (id int);\n");
	mt_write(f->dir, "README.md", "other files are ignored\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(matches(r.err, "^OK  000001_users\\.up\\.sql  \\([0-9]+ ms\\)$"));
	assert_true(matches(r.err, "^OK  000003_add_tags\\.up\\.sql  \\([0-9]+ ms\\)$"));
	assert_true(matches(r.err, "^2 applied, now at 000003$"));
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "users"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE NOT dirty AND duration_ms >= 0 "
					"AND applied_by = current_user AND method = 'up'"),
			 2);
	/* The checksum is the SHA-256 of the up file, as the server computes it. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE version = 3 AND checksum = "
					"encode(sha256(convert_to('CREATE TABLE tags (id int);' || chr(10), 'UTF8')), "
					"'hex') AND name = 'add_tags'"),
			 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'up' AND "
					"outcome = 'ok'"),
			 2);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_string_equal(r.err, "no change, at 000003\n");
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "version", NULL);
	assert_string_equal(r.out, "000003\n");
	mt_result_release(&r);
}

static void test_migrate_run__failure_rolls_back_and_fix_works(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_ok.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_bad.up.sql",
		 "CREATE TABLE b (id int);\n"
		 "-- the next one fails\n"
		 "INSERT INTO b SELECT   é FROM nope;\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(matches(r.err, "^OK  000001_ok\\.up\\.sql"));
	assert_true(matches(r.err, "^FAIL  000002_bad\\.up\\.sql"));
	/* line 3, column 31 in characters (the é before it is two bytes: 32 would be wrong) */
	assert_true(mt_contains(r.err, "000002_bad.up.sql:3:31: ERROR 42P01: relation \"nope\" does not exist"));
	assert_true(mt_contains(r.err, "statement 2 of 2: INSERT INTO b SELECT   é FROM nope)"));
	assert_true(mt_contains(r.err, "rolled back, nothing of it was applied"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "b"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE dirty"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE version = 2 AND "
					"outcome = 'failed' AND detail LIKE '%42P01%'"),
			 1);
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.out, "failed and was rolled back"));
	assert_true(matches(r.out, "^000002 +bad +pending"));
	mt_result_release(&r);
	mt_write(f->dir, "000002_bad.up.sql", "CREATE TABLE b (id int);\nINSERT INTO b VALUES (1);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000002"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM b"), 1);
}

static void test_migrate_run__no_transaction_dirty_then_force(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_t.up.sql", "CREATE TABLE t (id int, v text);\n");
	mt_write(f->dir, "000002_idx.up.sql",
		 "-- migrate:no-transaction\n"
		 "CREATE INDEX CONCURRENTLY t_id_idx ON t (id);\n"
		 "CREATE INDEX CONCURRENTLY t_v_idx ON t (nope);\n"
		 "CREATE INDEX CONCURRENTLY t_both_idx ON t (id, v);\n");
	mt_write(f->dir, "000003_later.up.sql", "CREATE TABLE later (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000002_idx.up.sql:3:1: ERROR 42703"));
	assert_true(mt_contains(r.err, "left dirty"));
	assert_true(mt_contains(r.err, "migrate force 000002"));
	mt_result_release(&r);
	/* The first statement committed on its own; the dirty row says exactly where it stopped. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 't_id_idx'"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE version = 2 AND dirty AND "
					"statements_done = 1 AND statements_total = 3 AND last_error LIKE "
					"'%column \"nope\" does not exist (statement 2 of 3%'"),
			 1);
	assert_false(mt_table_exists(CONN, "later"));
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_true(matches(r.out, "^000002 +idx +dirty"));
	assert_true(mt_contains(r.out, "stopped after 1 of 3 statements"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000002 ('idx') is dirty"));
	mt_result_release(&r);
	/* Fix by hand, then declare 2 done; up goes on with 3. */
	sg_test_exec(CONN, "CREATE INDEX t_both_idx ON t (id, v)");
	mt_migrate(&r, URL, f->dir, "force", "2", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "OK  000003_later.up.sql"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE dirty"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'force' AND "
					"version = 2 AND detail LIKE '%\"dirty\":true%'"),
			 1);
}

static void test_migrate_run__no_tx_statement_needs_directive(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_t.up.sql", "CREATE TABLE t (id int);\n");
	mt_write(f->dir, "000002_idx.up.sql", "-- an index\n\nCREATE INDEX CONCURRENTLY t_idx ON t (id);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000002_idx.up.sql:3:1: CREATE INDEX CONCURRENTLY cannot run inside a "
				       "transaction block"));
	assert_true(mt_contains(r.err, "-- migrate:no-transaction"));
	mt_result_release(&r);
	/* Found before anything ran: not even the first migration, not even the tracking table. */
	assert_false(mt_table_exists(CONN, "t"));
	assert_false(mt_table_exists(CONN, "schema_migrations"));
	/* A syntax error is bad input too, with its position. */
	mt_write(f->dir, "000002_idx.up.sql", "SELECT 1;\nSELEC 2;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000002_idx.up.sql:2:1: syntax error at or near \"SELEC\""));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "t"));
}

static void test_migrate_run__own_begin_commit(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_wrapped.up.sql",
		 "BEGIN;\nCREATE TABLE w (id int);\nINSERT INTO w VALUES (1);\nCOMMIT;\n");
	mt_write(f->dir, "000002_iso.up.sql",
		 "BEGIN ISOLATION LEVEL SERIALIZABLE;\n"
		 "CREATE TABLE iso AS SELECT current_setting('transaction_isolation') AS level;\nCOMMIT;\n");
	mt_write(f->dir, "000003_fails.up.sql",
		 "BEGIN;\nCREATE TABLE x (id int);\nINSERT INTO x VALUES ('not a number');\nCOMMIT;\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000003_fails.up.sql:3:23: ERROR 22P02"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM w"), 1);
	char *level = sg_test_scalar(CONN, "SELECT level FROM iso");
	assert_string_equal(level, "serializable");
	free(level);
	/* The failing file's own transaction and its tracking row went together. */
	assert_false(mt_table_exists(CONN, "x"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 2);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE dirty"), 0);
	/* A COMMIT in the middle cannot be wrapped: bad input, with the way out. */
	mt_write(f->dir, "000003_fails.up.sql", "CREATE TABLE x (id int);\nCOMMIT;\nCREATE TABLE y (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000003_fails.up.sql:2:1: transaction control"));
	mt_result_release(&r);
	/* With the directive, the file manages its transactions itself. */
	mt_write(f->dir, "000003_fails.up.sql",
		 "-- migrate:no-transaction\nBEGIN;\nCREATE TABLE x (id int);\nCOMMIT;\n"
		 "CREATE TABLE y (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "x") && mt_table_exists(CONN, "y"));
	assert_int_equal(mt_count(CONN, "SELECT statements_done FROM schema_migrations WHERE version = 3"), 4);
}

static void test_migrate_run__edited_file_refused(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id bigint);\n");
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000001_a.up.sql' was edited after it was applied"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "b"));
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000001_a.up.sql' was edited"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_true(matches(r.out, "^000001 +a +modified"));
	mt_result_release(&r);
}

static void test_migrate_run__out_of_order(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000003_c.up.sql", "CREATE TABLE c (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000002_b.up.sql' is pending but older than the newest applied version 000003"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "b"));
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_true(matches(r.out, "^000002 +b +out-of-order"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--allow-out-of-order", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000003"));
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "b"));
}

static void test_migrate_run__bad_input_touches_nothing(void **state)
{
	fixture *f = *state;
	mt_result r;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "1_other.up.sql", "CREATE TABLE other (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "duplicate version 1: '000001_a.up.sql' and '1_other.up.sql'"));
	mt_result_release(&r);
	mt_unlink(f->dir, "1_other.up.sql");
	mt_write(f->dir, "add_users.up.sql", "SELECT 1;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "'add_users.up.sql' is not named VERSION_description"));
	mt_result_release(&r);
	mt_unlink(f->dir, "add_users.up.sql");
	mt_write(f->dir, "000002_b.down.sql", "SELECT 1;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "down file '000002_b.down.sql' has no up file"));
	mt_result_release(&r);
	mt_migrate(&r, URL, "/nonexistent/migrations", "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "migrations directory '/nonexistent/migrations' does not exist"));
	mt_result_release(&r);
	/* a bare `down` reverts everything once confirmed on a terminal; without one it is refused */
	mt_migrate(&r, URL, f->dir, "down", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "'down' without N reverts every applied migration"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--lock-timeout", "soon", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--statement-timeout", "0s", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "option '--statement-timeout' must be longer than 0"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "a"));
	assert_false(mt_table_exists(CONN, "schema_migrations"));
}

static void test_migrate_run__down_goto_redo(void **state)
{
	fixture *f = *state;
	for (int i = 1; i <= 3; i++) {
		char up[64], down[64], sql[128];
		snprintf(up, sizeof(up), "00000%d_t%d.up.sql", i, i);
		snprintf(down, sizeof(down), "00000%d_t%d.down.sql", i, i);
		snprintf(sql, sizeof(sql), "CREATE TABLE t%d (id int);\n", i);
		mt_write(f->dir, up, sql);
		snprintf(sql, sizeof(sql), "DROP TABLE t%d;\n", i);
		mt_write(f->dir, down, sql);
	}
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "2", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "2 applied, now at 000002"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "goto", "3", NULL);
	assert_true(mt_contains(r.err, "1 applied, now at 000003"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "down", "1", NULL);
	assert_int_equal(r.code, 0);
	assert_true(matches(r.err, "^OK  000003_t3\\.down\\.sql  \\([0-9]+ ms\\)$"));
	assert_true(mt_contains(r.err, "1 reverted, now at 000002"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "t3"));
	mt_migrate(&r, URL, f->dir, "redo", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 reverted, 1 applied, now at 000002"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "goto", "1", NULL);
	assert_true(mt_contains(r.err, "1 reverted, now at 000001"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "down", "--all", "--dry-run", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "would revert  000001_t1.down.sql"));
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "t1"));
	mt_migrate(&r, URL, f->dir, "down", "--all", NULL);
	assert_true(mt_contains(r.err, "1 reverted, now at no version"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "t1"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 0);
	mt_migrate(&r, URL, f->dir, "history", NULL);
	assert_true(matches(r.out, "down +000001 +t1 +ok"));
	mt_result_release(&r);
}

static void test_migrate_run__baseline_and_dry_run(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_write(f->dir, "000003_c.up.sql", "CREATE TABLE c (id int);\n");
	sg_test_exec(CONN, "CREATE TABLE a (id int); CREATE TABLE b (id int)");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "would apply  000001_a.up.sql"));
	assert_true(mt_contains(r.err, "dry run: 3 planned, nothing changed"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "schema_migrations"));
	mt_migrate(&r, URL, f->dir, "baseline", "2", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "2 marked applied, now at 000002"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000003"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE method = 'baseline'"), 2);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'baseline'"), 2);
}

static void test_migrate_run__golang_migrate_adoption(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "1_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "1_a.down.sql", "DROP TABLE a;\n");
	mt_write(f->dir, "2_b.up.sql", "CREATE TABLE b (id int);\n");
	mt_write(f->dir, "3_c.up.sql", "CREATE TABLE c (id int);\n");
	sg_test_exec(CONN,
		     "CREATE TABLE a (id int); CREATE TABLE b (id int);"
		     "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);"
		     "INSERT INTO schema_migrations VALUES (2, false)");
	mt_result r;
	/* `up` adopts it too (tests/golang_migrate_cli.sh); baseline is the explicit way. */
	mt_migrate(&r, URL, f->dir, "version", NULL);
	assert_string_equal(r.out, "2\n"); /* as its file name writes it, and golang-migrate prints it */
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "baseline", "3", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "baseline", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "2 marked applied, now at 2"));
	mt_result_release(&r);
	/* Nothing lost: the old table is kept, the adoption is in the history. */
	assert_int_equal(mt_count(CONN, "SELECT version FROM schema_migrations_golang_migrate"), 2);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE action = 'adopt' "
					"AND version = 2"),
			 1);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "OK  3_c.up.sql"));
	mt_result_release(&r);
	assert_true(mt_table_exists(CONN, "c"));
}

static void test_migrate_run__timeouts_set_local(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_seen.up.sql",
		 "CREATE TABLE seen AS SELECT current_setting('statement_timeout') AS st, "
		 "current_setting('lock_timeout') AS lt;\n");
	mt_write(f->dir, "000002_slow.up.sql", "CREATE TABLE slow (id int);\nSELECT pg_sleep(5);\n");
	mt_result r;
	long t0 = mt_now_ms();
	mt_migrate(&r, URL, f->dir, "up", "--statement-timeout", "300ms", "--lock-timeout", "2s", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_now_ms() - t0 < 4000);
	assert_true(mt_contains(r.err, "000002_slow.up.sql:2:1: ERROR 57014"));
	mt_result_release(&r);
	char *st = sg_test_scalar(CONN, "SELECT st || ' ' || lt FROM seen");
	assert_string_equal(st, "300ms 2s");
	free(st);
	assert_false(mt_table_exists(CONN, "slow"));
	/* lock_timeout: a table locked by another session. */
	mt_write(f->dir, "000002_slow.up.sql", "ALTER TABLE seen ADD COLUMN x int;\n");
	PGconn *other = PQconnectdb(URL);
	sg_test_exec(other, "BEGIN; LOCK TABLE seen IN ACCESS SHARE MODE");
	mt_migrate(&r, URL, f->dir, "up", "--lock-timeout", "300ms", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "ERROR 55P03: canceling statement due to lock timeout"));
	mt_result_release(&r);
	PQfinish(other);
}

static void test_migrate_run__json_output(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_b.up.sql", "CREATE TABLE b (id int); SELECT * FROM nope;\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--format", "json", NULL);
	assert_int_equal(r.code, 1);
	assert_true(matches(r.out, "^\\{\"event\":\"applied\",\"version\":\"000001\",\"name\":\"a\",\"file\":"
				   "\"000001_a\\.up\\.sql\",\"duration_ms\":[0-9]+\\}$"));
	assert_true(
	    matches(r.out, "^\\{\"event\":\"failed\",.*\"message\":\".*relation \\\\\"nope\\\\\" does not exist"));
	assert_true(matches(r.out, "^\\{\"event\":\"error\",.*\"exit_code\":1\\}$"));
	/* Every line is one object. */
	for (char *line = r.out; *line;) {
		char *nl = strchr(line, '\n');
		assert_non_null(nl);
		assert_true(line[0] == '{' && nl[-1] == '}');
		line = nl + 1;
	}
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", "--format", "json", "--exit-code", NULL);
	assert_int_equal(r.code, 3);
	assert_true(mt_contains(r.out, "{\"event\":\"status\",\"applied\":1,\"pending\":1,\"version\":\"000001\""));
	mt_result_release(&r);
}

/* A server WARNING (a down that restores only what the rows allow raises one) is shown; a NOTICE needs -v. */
static void test_migrate_run__server_warning_shown(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql",
		 "DO $$ BEGIN RAISE WARNING 'column a.x is left nullable'; RAISE NOTICE 'only with -v'; END $$;\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(matches(r.err, "server WARNING: column a\\.x is left nullable"));
	assert_false(mt_contains(r.err, "only with -v"));
	mt_result_release(&r);
	mt_write(f->dir, "000002_b.up.sql", "DO $$ BEGIN RAISE WARNING 'column b.x is left nullable'; END $$;\n");
	mt_migrate(&r, URL, f->dir, "up", "-q", "--format", "json", NULL);
	assert_int_equal(r.code, 0);
	assert_true(matches(r.out, "^\\{\"event\":\"warning\",.*left nullable"));
	mt_result_release(&r);
}

static void test_migrate_run__lock_lost_is_reported(void **state)
{
	fixture *f = *state;
	/* What a transaction-pooling proxy does to a session lock, done by hand. */
	mt_write(f->dir, "000001_a.up.sql", "SELECT pg_advisory_unlock_all();\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "the migration lock was not held at the end of the run: is a "
				       "transaction-pooling proxy"));
	mt_result_release(&r);
}

static void test_migrate_run__lock_key_is_documented(void **state)
{
	fixture *f = *state;
	char *k = sg_test_scalar(CONN, "SELECT ('x' || left(encode(sha256(convert_to('public.schema_migrations', "
				       "'UTF8')), 'hex'), 16))::bit(64)::bigint");
	char mine[32];
	snprintf(mine, sizeof(mine), "%" PRId64, sg_lock_key("public", "schema_migrations"));
	assert_string_equal(k, mine);
	free(k);
	k = sg_test_scalar(CONN, "SELECT ('x' || left(encode(sha256(convert_to('app.Versions', 'UTF8')), 'hex'), "
				 "16))::bit(64)::bigint");
	snprintf(mine, sizeof(mine), "%" PRId64, sg_lock_key("app", "Versions"));
	assert_string_equal(k, mine);
	free(k);
}

static void test_migrate_run__create_numbers_pairs(void **state)
{
	fixture *f = *state;
	char sub[600];
	snprintf(sub, sizeof(sub), "%s/new", f->dir);
	mt_result r;
	mt_migrate(&r, NULL, sub, "create", "Add Users", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "new/000001_add_users.up.sql"));
	mt_result_release(&r);
	mt_migrate(&r, NULL, sub, "create", "add-tags", NULL);
	assert_true(mt_contains(r.err, "new/000002_add_tags.down.sql"));
	mt_result_release(&r);
	mt_migrate(&r, NULL, sub, "create", "bad/name", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	mt_unlink(sub, "000001_add_users.up.sql");
	mt_unlink(sub, "000001_add_users.down.sql");
	mt_unlink(sub, "000002_add_tags.up.sql");
	mt_unlink(sub, "000002_add_tags.down.sql");
	rmdir(sub);
}

static void test_migrate_run__atomic_all_or_nothing(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000002_b.up.sql", "BEGIN;\nCREATE TABLE b (id int);\nCOMMIT;\n");
	mt_write(f->dir, "000003_c.up.sql", "CREATE TABLE c (id int);\nINSERT INTO c VALUES ('x');\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--atomic", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000003_c.up.sql:2:23: ERROR 22P02"));
	assert_true(mt_contains(r.err, "rolled back with the whole --atomic run, nothing was applied"));
	assert_null(strstr(r.err, "OK  "));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "a"));
	assert_false(mt_table_exists(CONN, "b"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 0);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations_history WHERE outcome = 'failed'"), 1);
	mt_write(f->dir, "000003_c.up.sql", "CREATE TABLE c (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", "--atomic", NULL);
	assert_int_equal(r.code, 0);
	assert_true(matches(r.err, "^OK  000002_b\\.up\\.sql  \\([0-9]+ ms\\)$"));
	assert_true(mt_contains(r.err, "3 applied, now at 000003"));
	mt_result_release(&r);
	/* One transaction: every row carries the same transaction time. */
	assert_int_equal(mt_count(CONN, "SELECT count(DISTINCT applied_at) FROM schema_migrations"), 1);
	/* A no-transaction file cannot join one. */
	mt_write(f->dir, "000004_i.up.sql", "-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY c_idx ON c (id);\n");
	mt_migrate(&r, URL, f->dir, "up", "--atomic", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "--atomic cannot include"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 3);
}

static void test_migrate_run__validate_files_without_database(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	mt_write(f->dir, "000001_a.down.sql", "DROP TABLE a;\nVACUUM;\n");
	char *saved = getenv("DATABASE_URL") ? strdup(getenv("DATABASE_URL")) : NULL;
	unsetenv("DATABASE_URL");
	mt_result r;
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000001_a.down.sql:2:1: VACUUM cannot run inside a transaction block"));
	assert_true(mt_contains(r.err, "no database given: checked the files only"));
	mt_result_release(&r);
	mt_write(f->dir, "000001_a.down.sql", "DROP TABLE a;\n");
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	if (saved) {
		setenv("DATABASE_URL", saved, 1);
		free(saved);
	}
}

/* An in-memory source: what embedding migrations in a binary will look like. */
static void test_migrate_run__no_transaction_down_left_dirty(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_t.up.sql", "CREATE TABLE t (id int);\nCREATE INDEX t_id_idx ON t (id);\n");
	mt_write(f->dir, "000001_t.down.sql",
		 "-- migrate:no-transaction\nDROP INDEX CONCURRENTLY t_id_idx;\nDROP TABLE nope;\nDROP TABLE t;\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "down", "1", NULL);
	assert_int_equal(r.code, 1);
	assert_true(mt_contains(r.err, "000001_t.down.sql:3:1: ERROR 42P01: table \"nope\" does not exist"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE dirty AND method = 'down' AND "
					"statements_done = 1 AND statements_total = 3"),
			 1);
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_true(mt_contains(r.out, "down file stopped after 1 of 3 statements"));
	assert_true(mt_contains(r.out, "failed and left it dirty"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "down", "1", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_run__up_applies_and_records, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__failure_rolls_back_and_fix_works, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__no_transaction_dirty_then_force, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__no_tx_statement_needs_directive, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__own_begin_commit, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__edited_file_refused, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__out_of_order, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__bad_input_touches_nothing, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__down_goto_redo, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__baseline_and_dry_run, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__golang_migrate_adoption, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__timeouts_set_local, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__json_output, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__server_warning_shown, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__lock_lost_is_reported, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__lock_key_is_documented, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__create_numbers_pairs, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__atomic_all_or_nothing, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__validate_files_without_database, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__no_transaction_down_left_dirty, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
