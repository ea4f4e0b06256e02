/*
 * Integration tests of `migrate` (issue 11, item 6): bytes that are not
 * UTF-8 are refused before anything runs, with the file, the byte offset and
 * line:column; files larger than one chunk (256 KiB) are checked and run
 * chunk by chunk (statements cut at the parser's boundaries, even inside a
 * BEGIN ATOMIC body; error positions right in any chunk; all or nothing
 * still); a statement too large for the parse tree's JSON is our error with
 * its position; a file that changes between its check and its run is not
 * committed; a LATIN1 database gets the characters of a UTF-8 file.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "schemagen/migrate.h"
#include "strbuf.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

/* Write dir/name with exactly `len` bytes (the text may hold any byte). */
static void write_bytes(const char *dir, const char *name, const char *bytes, size_t len)
{
	char p[1024];
	snprintf(p, sizeof(p), "%s/%s", dir, name);
	FILE *fp = fopen(p, "wb");
	assert_non_null(fp);
	assert_int_equal(fwrite(bytes, 1, len, fp), len);
	fclose(fp);
}

/* INSERTs into t from `from`, until sb holds at least `bytes` bytes. */
static int add_inserts(sg_strbuf *sb, int from, size_t bytes)
{
	int i = from;
	for (; sb->len < bytes; i++)
		sg_strbuf_addf(sb, "INSERT INTO t VALUES (%d, 'row; %d');\n", i, i);
	return i;
}

/* Bad bytes anywhere, in any kind of file: exit 2 before anything runs, with the place. */
static void test_migrate_input__invalid_utf8_refused_before_anything_runs(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_ok.up.sql", "CREATE TABLE ok (id int);\n");
	static const struct {
		const char *bytes;
		size_t len;
		const char *where; /* line:column: ... byte offset */
	} cases[] = {
	    {"CREATE TABLE b (s text);\nINSERT INTO b VALUES ('caf\xe9');\n", 56,
	     ":2:27: invalid UTF-8 at byte offset 51 (the bytes 0xE9 0x27)"},
	    {"SELECT '\xc0\x80';\n", 13, ":1:9: invalid UTF-8 at byte offset 8 (the byte 0xC0)"}, /* overlong NUL */
	    {"SELECT '\xed\xa0\x80';\n", 14,
	     ":1:9: invalid UTF-8 at byte offset 8 (the bytes 0xED 0xA0)"}, /* a surrogate */
	    {"SELECT 1; -- \xe2\x82", 15, ":1:14: invalid UTF-8 at byte offset 13 (the file ends inside a character)"},
	    {"SELECT 'a\0b';\n", 14, ":1:10: a NUL byte at byte offset 9"},
	    {"-- migrate:no-transaction\nCREATE TABLE nt (id int);\nSELECT '\xff';\n", 64,
	     ":3:9: invalid UTF-8 at byte offset 60 (the byte 0xFF)"},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		write_bytes(f->dir, "000002_bad.up.sql", cases[i].bytes, cases[i].len);
		mt_result r;
		mt_migrate(&r, URL, f->dir, "up", NULL);
		if (r.code != 2 || !strstr(r.err, cases[i].where))
			fail_msg("case %zu: exit %d, stderr: %s (expected '%s')", i, r.code, r.err, cases[i].where);
		assert_true(mt_contains(r.err, "000002_bad.up.sql:"));
		mt_result_release(&r);
		/* Nothing ran: not the good file before it, not the no-transaction file's first statement. */
		assert_false(mt_table_exists(CONN, "ok"));
		assert_false(mt_table_exists(CONN, "nt"));
		assert_false(mt_table_exists(CONN, "schema_migrations"));
		mt_migrate(&r, NULL, f->dir, "validate", NULL);
		assert_int_equal(r.code, 2);
		assert_true(mt_contains(r.err, cases[i].where));
		mt_result_release(&r);
	}
	/* Deep in a file of many chunks: the offset and the line are the file's. */
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "CREATE TABLE t (id int, s text);\n");
	add_inserts(&sb, 0, 700 * 1024);
	size_t at = sb.len;
	sg_strbuf_adds(&sb, "SELECT 'x\x80';\n");
	int lines = 1;
	for (size_t i = 0; i < at; i++)
		lines += sb.data[i] == '\n';
	write_bytes(f->dir, "000002_bad.up.sql", sb.data, sb.len);
	char where[128];
	snprintf(where, sizeof(where), ":%d:10: invalid UTF-8 at byte offset %zu (the byte 0x80)", lines, at + 9);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, where));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "t"));
	sg_strbuf_release(&sb);
}

/*
 * A file of many chunks, with lexical forms that hide ';' and a BEGIN ATOMIC
 * body (whose ';' are not boundaries) across a chunk's end: applied whole.
 */
static void test_migrate_input__file_of_many_chunks_applies(void **state)
{
	fixture *f = *state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "CREATE TABLE t (id int, s text);\n");
	int n = add_inserts(&sb, 0, 250 * 1024);
	sg_strbuf_adds(&sb, "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC ");
	for (int k = 0; k < 3000; k++)
		sg_strbuf_addf(&sb, "SELECT %d; ", k);
	sg_strbuf_adds(&sb, "SELECT 42; END;\n");
	sg_strbuf_adds(
	    &sb, "DO $body$ BEGIN RAISE NOTICE 'a;b'; END $body$;\n"
		 "INSERT INTO t SELECT -1, E'it\\'s; ' || $$x;$$ || \"we;ird\" FROM (SELECT 'q' AS \"we;ird\") w;\n"
		 "/* nested /* c; */ ; */ INSERT INTO t VALUES (-2, '\xc3\xa9;'); -- a;comment\n");
	n = add_inserts(&sb, n, 600 * 1024);
	write_bytes(f->dir, "000001_big.up.sql", sb.data, sb.len);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 0);
	char planned[64];
	snprintf(planned, sizeof(planned), "(%d statements)", n + 5);
	assert_true(mt_contains(r.err, planned));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM t");
	assert_int_equal(mt_count(CONN, sql), n + 2);
	assert_int_equal(mt_count(CONN, "SELECT f()"), 42);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM t WHERE id = -1 AND s = 'it''s; x;q'"), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM t WHERE id = -2 AND s = '\xc3\xa9;'"), 1);
	sg_strbuf_release(&sb);
}

/* A failure in a later chunk: its own position, and the whole file rolled back (or left exactly dirty). */
static void test_migrate_input__failure_in_a_later_chunk(void **state)
{
	fixture *f = *state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "CREATE TABLE t (id int PRIMARY KEY, s text);\n");
	int n = add_inserts(&sb, 0, 600 * 1024);
	int lines = 1;
	for (size_t i = 0; i < sb.len; i++)
		lines += sb.data[i] == '\n';
	sg_strbuf_adds(&sb, "INSERT INTO t VALUES\n  (1, 'a duplicate');\n");
	add_inserts(&sb, n, 700 * 1024);
	write_bytes(f->dir, "000001_big.up.sql", sb.data, sb.len);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	char where[160];
	snprintf(where, sizeof(where), "000001_big.up.sql:%d:1: ERROR 23505", lines);
	assert_true(mt_contains(r.err, where));
	snprintf(where, sizeof(where), "(statement %d of ", n + 2);
	assert_true(mt_contains(r.err, where));
	assert_true(mt_contains(r.err, "rolled back, nothing of it was applied"));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "t"));
	/*
	 * The same as a no-transaction file (long statements, so that a few
	 * hundred make several chunks): exactly the statements before it stay,
	 * and the row says so.
	 */
	sg_strbuf nt = SG_STRBUF_INIT;
	sg_strbuf_adds(&nt, "-- migrate:no-transaction\nCREATE TABLE t (id int PRIMARY KEY, s text);\n");
	int k = 0;
	for (; nt.len < 400 * 1024; k++)
		sg_strbuf_addf(&nt, "INSERT INTO t VALUES (%d, '%01000d');\n", k, k);
	sg_strbuf_adds(&nt, "INSERT INTO t VALUES (0, 'a duplicate');\nINSERT INTO t VALUES (-1, 'never');\n");
	write_bytes(f->dir, "000001_big.up.sql", nt.data, nt.len);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 1);
	snprintf(where, sizeof(where), "000001_big.up.sql:%d:1: ERROR 23505", k + 3);
	assert_true(mt_contains(r.err, where));
	snprintf(where, sizeof(where), "(statement %d of %d: ", k + 2, k + 3);
	assert_true(mt_contains(r.err, where));
	mt_result_release(&r);
	char sql[256];
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM schema_migrations WHERE version = 1 AND dirty AND statements_done = %d", k + 1);
	assert_int_equal(mt_count(CONN, sql), 1);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM t"), k);
	sg_strbuf_release(&nt);
	sg_strbuf_release(&sb);
}

/* Syntax errors in a later chunk, in a file with its own BEGIN/COMMIT, and in --atomic runs. */
static void test_migrate_input__own_transaction_atomic_and_syntax(void **state)
{
	fixture *f = *state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "BEGIN;\nCREATE TABLE t (id int, s text);\n");
	add_inserts(&sb, 0, 600 * 1024);
	sg_strbuf_adds(&sb, "COMMIT;\n");
	write_bytes(f->dir, "000001_own.up.sql", sb.data, sb.len);
	mt_write(f->dir, "000002_next.up.sql", "CREATE TABLE nxt (id int);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", "--atomic", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "2 applied, now at 000002"));
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations WHERE NOT dirty"), 2);
	/* A syntax error far in: exit 2 with its line, nothing of the run applied. */
	sg_strbuf_reset(&sb);
	sg_strbuf_adds(&sb, "CREATE TABLE u (id int, s text);\n");
	sg_strbuf bad = SG_STRBUF_INIT;
	add_inserts(&bad, 0, 500 * 1024);
	int lines = 2;
	for (size_t i = 0; i < bad.len; i++)
		lines += bad.data[i] == '\n';
	sg_strbuf_add(&sb, bad.data, bad.len);
	sg_strbuf_adds(&sb, "INSERT INTO t VALUES (1, 'x') WHERE;\n");
	add_inserts(&sb, 0, 900 * 1024);
	write_bytes(f->dir, "000003_bad.up.sql", sb.data, sb.len);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	char where[128];
	snprintf(where, sizeof(where), "000003_bad.up.sql:%d:31: syntax error at or near \"WHERE\"", lines);
	assert_true(mt_contains(r.err, where));
	mt_result_release(&r);
	assert_false(mt_table_exists(CONN, "u"));
	sg_strbuf_release(&bad);
	sg_strbuf_release(&sb);
}

/* One statement larger than the parse tree's JSON may be: split without it, errors still ours. */
static void test_migrate_input__statement_larger_than_the_json_limit(void **state)
{
	fixture *f = *state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "CREATE TABLE g (i int);\nINSERT INTO g VALUES (0)");
	int n = 1;
	while (sb.len < (8u << 20) + 4096)
		sg_strbuf_addf(&sb, ",(%d)", n++);
	size_t col = sb.len - strlen("CREATE TABLE g (i int);\n") + 1;
	sg_strbuf_adds(&sb, ",(;\n");
	write_bytes(f->dir, "000001_g.up.sql", sb.data, sb.len);
	mt_result r;
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 2);
	char where[128];
	snprintf(where, sizeof(where), "000001_g.up.sql:2:%zu: syntax error at or near \";\"", col + 2);
	assert_true(mt_contains(r.err, where));
	assert_null(strstr(r.out, "FATAL"));
	assert_null(strstr(r.err, "FATAL"));
	mt_result_release(&r);
	sg_strbuf_truncate(&sb, sb.len - strlen(",(;\n"));
	sg_strbuf_adds(&sb, ";\nVACUUM g;\n");
	write_bytes(f->dir, "000001_g.up.sql", sb.data, sb.len);
	/* The small statement after it is still classified: VACUUM needs the directive. */
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000001_g.up.sql:3:1: VACUUM cannot run inside a transaction block"));
	mt_result_release(&r);
	sg_strbuf_truncate(&sb, sb.len - strlen("VACUUM g;\n"));
	write_bytes(f->dir, "000001_g.up.sql", sb.data, sb.len);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	char sql[64];
	snprintf(sql, sizeof(sql), "SELECT count(*) FROM g");
	assert_int_equal(mt_count(CONN, sql), n);
	sg_strbuf_release(&sb);
}

/*
 * 200,000 statements (6 MB) are checked chunk by chunk, each position counted
 * once: the last line's error is found at its line (the whole file's parse
 * tree and a count of lines from the file's start for every statement made
 * this take hours and gigabytes).
 */
static void test_migrate_input__many_statements_checked(void **state)
{
	fixture *f = *state;
	sg_strbuf sb = SG_STRBUF_INIT;
	for (int i = 0; i < 200000; i++)
		sg_strbuf_addf(&sb, "INSERT INTO t VALUES (%d);\n", i);
	sg_strbuf_adds(&sb, "INSERT INTO t VALUES (0) RETURNING;\n");
	write_bytes(f->dir, "000001_many.up.sql", sb.data, sb.len);
	mt_result r;
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "000001_many.up.sql:200001:35: syntax error at or near \";\""));
	mt_result_release(&r);
	sg_strbuf_truncate(&sb, sb.len - strlen("INSERT INTO t VALUES (0) RETURNING;\n"));
	write_bytes(f->dir, "000001_many.up.sql", sb.data, sb.len);
	mt_migrate(&r, NULL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	sg_strbuf_release(&sb);
}

/* A source whose file changes between the check and the run (the third read of it). */
static int reads;
static int changing_list(void *ctx, char ***names, size_t *count, sg_error *err)
{
	(void)ctx;
	(void)err;
	*names = calloc(1, sizeof(**names));
	(*names)[0] = strdup("000001_c.up.sql");
	*count = 1;
	return 0;
}

static int changing_read(void *ctx, const char *name, char **data, size_t *len, sg_error *err)
{
	(void)ctx;
	(void)name;
	(void)err;
	*data = strdup(++reads < 3 ? "CREATE TABLE c (id int);\n" : "CREATE TABLE c (id bigint);\n");
	*len = strlen(*data);
	return 0;
}

static void test_migrate_input__file_changed_before_it_ran(void **state)
{
	fixture *f = *state;
	sg_migrate_source src = {.description = "(changing)", .list = changing_list, .read = changing_read};
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = URL;
	opts.source = &src;
	sg_migrate *m = NULL;
	sg_error err = {0};
	reads = 0;
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	sg_migrate_result res;
	assert_int_equal(sg_migrate_up(m, 0, &res, &err), -1);
	assert_non_null(strstr(sg_error_message(&err), "(changing)/000001_c.up.sql: the file changed while the run"));
	assert_non_null(strstr(sg_error_message(&err), "nothing of it was applied"));
	sg_error_clear(&err);
	sg_migrate_free(m);
	assert_int_equal(reads, 3);
	assert_false(mt_table_exists(CONN, "c"));
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 0);
}

/* A LATIN1 database: the runner sends UTF-8 and says so, the server converts. */
static void test_migrate_input__non_utf8_database(void **state)
{
	fixture *f = *state;
	char sql[256];
	snprintf(sql, sizeof(sql),
		 "CREATE DATABASE %s_l1 ENCODING 'LATIN1' TEMPLATE template0 LC_COLLATE 'C' LC_CTYPE 'C'", f->db->name);
	sg_test_exec(CONN, sql);
	char url[1024];
	snprintf(url, sizeof(url), "%s dbname=%s_l1", sg_test_server_url(), f->db->name);
	mt_write(f->dir, "000001_w.up.sql", "CREATE TABLE w (s text);\nINSERT INTO w VALUES ('caf\xc3\xa9');\n");
	mt_result r;
	mt_migrate(&r, url, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	PGconn *c = PQconnectdb(url);
	assert_int_equal(PQstatus(c), CONNECTION_OK);
	char *len = sg_test_scalar(c, "SELECT length(s) || ' ' || encode(convert_to(s, 'UTF8'), 'hex') FROM w");
	assert_string_equal(len, "4 636166c3a9"); /* four characters: é arrived as é */
	free(len);
	PQfinish(c);
	snprintf(sql, sizeof(sql), "DROP DATABASE %s_l1", f->db->name);
	sg_test_exec(CONN, sql);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_input__invalid_utf8_refused_before_anything_runs, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__file_of_many_chunks_applies, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__failure_in_a_later_chunk, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__own_transaction_atomic_and_syntax, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__statement_larger_than_the_json_limit, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__many_statements_checked, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__file_changed_before_it_ran, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_input__non_utf8_database, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
