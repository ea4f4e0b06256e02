/*
 * Integration tests of `migrate` against a real server: applying, failing,
 * no-transaction files, files with their own BEGIN/COMMIT, checksums, out of
 * order files, bad input, down/goto/redo, force/baseline, golang-migrate
 * adoption, timeouts and output formats (the library alone: test_migrate_lib.c).
 * Each test gets a fresh database and a fresh migrations directory.
 */
#include <inttypes.h>
#include <regex.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "checksum.h"
#include "files.h"
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

/* Server error positions map to file:line:column from wherever the statement starts. */
static void test_migrate_run__error_positions_inside_statements(void **state)
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
static void test_migrate_run__early_connection(void **state)
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
static void test_migrate_run__file_set_order(void **state)
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
static void test_migrate_run__checksum_matches_the_server(void **state)
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
static void test_migrate_run__noop_up_still_sees_every_difference(void **state)
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
static void test_migrate_run__noop_up_refuses_other_tables(void **state)
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
	    cmocka_unit_test_setup_teardown(test_migrate_run__lock_lost_is_reported, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__lock_key_is_documented, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__create_numbers_pairs, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__atomic_all_or_nothing, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__validate_files_without_database, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__no_transaction_down_left_dirty, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__error_positions_inside_statements, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__early_connection, setup, teardown),
	    cmocka_unit_test(test_migrate_run__file_set_order),
	    cmocka_unit_test_setup_teardown(test_migrate_run__checksum_matches_the_server, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__noop_up_still_sees_every_difference, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_run__noop_up_refuses_other_tables, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
