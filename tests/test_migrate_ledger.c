/*
 * Integration tests of `migrate` (issue 11, items 2 and 7): an edited applied
 * file never passes (a no-op `up`, `redo`, `goto`, `status --exit-code`), a
 * stored checksum changes only through `force` or `--accept-edit`, a ledger
 * row deleted by hand is caught by the history, and the file set's odd names
 * (a directory, control characters, near misses) are refused or named.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "checksum.h"
#include "harness.h"
#include "runner.h"
#include "test_migrate_util.h"
#include "tracking.h"
#include "verify.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

static int count_lines(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += *s == '\n';
	return n;
}

static void sum_of(char out[SG_CHECKSUM_HEX_LEN + 1], const char *text)
{
	assert_int_equal(sg_checksum_sha256_hex(out, text, strlen(text), NULL), 0);
}

static void write_pairs(fixture *f, int n)
{
	for (int i = 1; i <= n; i++) {
		char up[64], down[64], sql[128];
		snprintf(up, sizeof(up), "00000%d_t%d.up.sql", i, i);
		snprintf(down, sizeof(down), "00000%d_t%d.down.sql", i, i);
		snprintf(sql, sizeof(sql), "CREATE TABLE t%d (id int);\n", i);
		mt_write(f->dir, up, sql);
		snprintf(sql, sizeof(sql), "DROP TABLE t%d;\n", i);
		mt_write(f->dir, down, sql);
	}
}

static void up_ok(fixture *f)
{
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
}

static char *stored_sum(fixture *f, int version)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT checksum FROM schema_migrations WHERE version = %d", version);
	return sg_test_scalar(CONN, sql);
}

/* A no-op `up` reads every applied file: an edit is refused with the file and both checksums. */
static void test_migrate_ledger__noop_up_refuses_an_edited_file(void **state)
{
	fixture *f = *state;
	write_pairs(f, 3);
	up_ok(f);
	const char *edited = "CREATE TABLE t2 (id bigint);\n";
	char old_sum[SG_CHECKSUM_HEX_LEN + 1], new_sum[SG_CHECKSUM_HEX_LEN + 1];
	sum_of(old_sum, "CREATE TABLE t2 (id int);\n");
	sum_of(new_sum, edited);
	mt_write(f->dir, "000002_t2.up.sql", edited);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000002_t2.up.sql' was edited after it was applied"));
	assert_true(mt_contains(r.err, new_sum));
	assert_true(mt_contains(r.err, old_sum));
	assert_true(mt_contains(r.err, "migrate up --accept-edit 000002"));
	assert_string_equal(r.out, "");
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--format", "json", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.out, "\"event\":\"error\""));
	assert_true(mt_contains(r.out, new_sum));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
	/* Restored, the no-op passes again. */
	mt_write(f->dir, "000002_t2.up.sql", "CREATE TABLE t2 (id int);\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "no change, at 000003\n"));
	mt_result_release(&r);
}

/* redo and goto refuse an edited file and never store its new checksum. */
static void test_migrate_ledger__redo_and_goto_refuse_an_edited_file(void **state)
{
	fixture *f = *state;
	write_pairs(f, 3);
	up_ok(f);
	char *before = stored_sum(f, 3);
	mt_write(f->dir, "000003_t3.up.sql", "CREATE TABLE t3 (id bigint);\n");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "redo", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000003_t3.up.sql' was edited after it was applied"));
	mt_result_release(&r);
	char *after = stored_sum(f, 3);
	assert_string_equal(before, after);
	free(after);
	/* Nothing was reverted: the table is still the one the applied file made. */
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 3);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM information_schema.columns WHERE table_name = 't3' AND "
					"data_type = 'integer'"),
			 1);
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
	/* goto in either direction checks every applied file first. */
	mt_migrate(&r, URL, f->dir, "goto", "1", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "000003_t3.up.sql' was edited"));
	mt_result_release(&r);
	mt_write(f->dir, "000004_t4.up.sql", "CREATE TABLE t4 (id int);\n");
	mt_migrate(&r, URL, f->dir, "goto", "4", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM schema_migrations"), 3);
	after = stored_sum(f, 3);
	assert_string_equal(before, after);
	free(after);
	free(before);
}

/* status --exit-code: 0 when clean, 3 when pending, 4 when a file was edited or a version is dirty. */
static void test_migrate_ledger__status_exit_code(void **state)
{
	fixture *f = *state;
	write_pairs(f, 2);
	up_ok(f);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "status", "--exit-code", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_write(f->dir, "000003_t3.up.sql", "CREATE TABLE t3 (id int);\n");
	mt_migrate(&r, URL, f->dir, "status", "--exit-code", NULL);
	assert_int_equal(r.code, 3);
	mt_result_release(&r);
	mt_write(f->dir, "000001_t1.up.sql", "CREATE TABLE t1 (id int); -- edited\n");
	mt_migrate(&r, URL, f->dir, "status", "--exit-code", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.out, "modified"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_int_equal(r.code, 0); /* without --exit-code, status reports and succeeds */
	mt_result_release(&r);
	mt_write(f->dir, "000001_t1.up.sql", "CREATE TABLE t1 (id int);\n");
	sg_test_exec(CONN, "UPDATE schema_migrations SET dirty = true WHERE version = 2");
	mt_migrate(&r, URL, f->dir, "status", "--exit-code", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
}

/* --accept-edit V records the new checksum and the event; force records the file's checksum too. */
static void test_migrate_ledger__accept_edit_and_force_record_the_edit(void **state)
{
	fixture *f = *state;
	write_pairs(f, 2);
	up_ok(f);
	char *old_sum = stored_sum(f, 1);
	const char *edited = "CREATE TABLE t1 (id int); -- a comment added later\n";
	char new_sum[SG_CHECKSUM_HEX_LEN + 1];
	sum_of(new_sum, edited);
	mt_write(f->dir, "000001_t1.up.sql", edited);
	mt_result r;
	/* Bad uses: a version that is not applied, not a number. */
	mt_migrate(&r, URL, f->dir, "up", "--accept-edit", "3", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "--accept-edit 000003: version 000003 is not applied"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--accept-edit", "x", NULL);
	assert_int_equal(r.code, 2);
	mt_result_release(&r);
	/* A dry run says what it would record and records nothing. */
	mt_migrate(&r, URL, f->dir, "up", "--accept-edit", "1", "--dry-run", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "would accept the edit of '000001_t1.up.sql'"));
	mt_result_release(&r);
	char *now = stored_sum(f, 1);
	assert_string_equal(now, old_sum);
	free(now);
	mt_migrate(&r, URL, f->dir, "up", "--accept-edit", "000001", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "accepted the edit of '000001_t1.up.sql'"));
	assert_true(mt_contains(r.err, "no change, at 000002"));
	mt_result_release(&r);
	now = stored_sum(f, 1);
	assert_string_equal(now, new_sum);
	free(now);
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM schema_migrations_history WHERE action = 'accept-edit' AND version = 1 AND "
		 "checksum = '%s' AND detail LIKE '%%%s%%'",
		 new_sum, old_sum);
	assert_int_equal(mt_count(CONN, sql), 1);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);

	/* force V declares V applied as its file now reads; the history keeps the old row. */
	mt_write(f->dir, "000002_t2.up.sql", "CREATE TABLE t2 (id int); -- edited too\n");
	char *old2 = stored_sum(f, 2);
	mt_migrate(&r, URL, f->dir, "force", "2", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	char sum2[SG_CHECKSUM_HEX_LEN + 1];
	sum_of(sum2, "CREATE TABLE t2 (id int); -- edited too\n");
	now = stored_sum(f, 2);
	assert_string_equal(now, sum2);
	free(now);
	snprintf(sql, sizeof(sql),
		 "SELECT count(*) FROM schema_migrations_history WHERE action = 'force' AND version = 2 AND "
		 "detail LIKE '%%%s%%'",
		 old2);
	assert_int_equal(mt_count(CONN, sql), 1);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	free(old2);
	free(old_sum);
}

/* The newest ledger row deleted by hand: up compares with the history and refuses; both fixes work. */
static void test_migrate_ledger__row_deleted_by_hand(void **state)
{
	fixture *f = *state;
	write_pairs(f, 3);
	up_ok(f);
	sg_test_exec(CONN, "DELETE FROM schema_migrations WHERE version = 3");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000003 ('t3') has no row in public.schema_migrations, but its history "
				       "says it was applied"));
	assert_true(mt_contains(r.err, "'migrate force 000003'"));
	assert_true(mt_contains(r.err, "'migrate force 000002'"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--dry-run", NULL);
	assert_int_equal(r.code, 4);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "validate", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "problem: version 000003 ('t3') has no row"));
	mt_result_release(&r);
	/* Its changes are there: force restores the row, and up has nothing to do. */
	mt_migrate(&r, URL, f->dir, "force", "3", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "no change, at 000003"));
	mt_result_release(&r);
	/* Undone by hand: forcing the version before records it, and up runs it again. */
	sg_test_exec(CONN, "DELETE FROM schema_migrations WHERE version = 3; DROP TABLE t3");
	mt_migrate(&r, URL, f->dir, "force", "2", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "marked not applied  000003_t3"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000003"));
	mt_result_release(&r);
	/* A row deleted in the middle: out of order as well, and the history names it first. */
	sg_test_exec(CONN, "DELETE FROM schema_migrations WHERE version = 2");
	mt_migrate(&r, URL, f->dir, "up", "--allow-out-of-order", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000002 ('t2') has no row"));
	assert_true(mt_contains(r.err, "'migrate baseline 000002'"));
	mt_result_release(&r);
	/* A down is history too: after one, the version runs again without a word. */
	mt_migrate(&r, URL, f->dir, "baseline", "2", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "down", "1", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
}

/* Other events that say a version is no longer applied: drop, with the tracking table in another schema. */
static void test_migrate_ledger__drop_then_up(void **state)
{
	fixture *f = *state;
	write_pairs(f, 2);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "--schema", "track", "up", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--schema", "track", "drop", "-f", NULL);
	assert_int_equal(r.code, 0);
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "--schema", "track", "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "2 applied, now at 000002"));
	mt_result_release(&r);
}

/* A dirty flag set by hand is described as what it is, not "-1 of -1 statements". */
static void test_migrate_ledger__dirty_set_by_hand(void **state)
{
	fixture *f = *state;
	write_pairs(f, 2);
	up_ok(f);
	sg_test_exec(CONN, "UPDATE schema_migrations SET dirty = true WHERE version = 2");
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 4);
	assert_true(mt_contains(r.err, "version 000002 ('t2') is marked dirty, but no run recorded how far it got"));
	assert_true(mt_contains(r.err, "'migrate force 000002'"));
	assert_null(strstr(r.err, "-1 of -1"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", NULL);
	assert_true(mt_contains(r.out, "marked dirty, but no run recorded how far it got"));
	assert_null(strstr(r.out, "-1 of -1"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", "--format", "json", NULL);
	assert_true(mt_contains(r.out, "\"statements_done\":null,\"statements_total\":null"));
	mt_result_release(&r);
}

/* Names: a directory named like a migration, control characters, near misses. */
static void test_migrate_ledger__odd_names(void **state)
{
	fixture *f = *state;
	write_pairs(f, 1);
	char path[1024];
	snprintf(path, sizeof(path), "%s/000002_dir.up.sql", f->dir);
	assert_int_equal(mkdir(path, 0755), 0);
	mt_result r;
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "'000002_dir.up.sql' is a directory, not a migration file"));
	mt_result_release(&r);
	rmdir(path);
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM pg_class WHERE relname = 'schema_migrations'"), 0);

	mt_write(f->dir, "000002_a\nb.up.sql", "SELECT 1;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "migration file name '000002_a\\nb.up.sql' holds a control character"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "up", "--format", "json", NULL);
	assert_int_equal(r.code, 2);
	assert_int_equal(count_lines(r.out), 1); /* the JSON error stays one line */
	mt_result_release(&r);
	mt_unlink(f->dir, "000002_a\nb.up.sql");
	mt_write(f->dir, "000002_tab\tx.down.sql", "SELECT 1;\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 2);
	assert_true(mt_contains(r.err, "'000002_tab\\tx.down.sql'"));
	mt_result_release(&r);
	mt_unlink(f->dir, "000002_tab\tx.down.sql");

	mt_write(f->dir, "000002_b.UP.SQL", "CREATE TABLE b (id int);\n");
	mt_write(f->dir, "000003_c.sql", "CREATE TABLE c (id int);\n");
	mt_write(f->dir, "000001_t1.up.sql~", "CREATE TABLE t1 (id int);\n");
	mt_write(f->dir, "notes.txt", "not a migration\n");
	mt_migrate(&r, URL, f->dir, "up", NULL);
	assert_int_equal(r.code, 0);
	assert_true(mt_contains(r.err, "1 applied, now at 000001"));
#ifndef SG_TEST_EMBEDDED
	/* An embedded set holds migration files only: schemagen-embed warns of these when it builds (embed_cli). */
	assert_true(mt_contains(r.err, "ignoring 3 files in '"));
	assert_true(mt_contains(r.err, "'000001_t1.up.sql~', '000002_b.UP.SQL', '000003_c.sql'"));
	assert_null(strstr(r.err, "notes.txt"));
	mt_result_release(&r);
	mt_migrate(&r, URL, f->dir, "status", "--format", "json", NULL);
	assert_true(mt_contains(r.out, "{\"event\":\"warning\",\"message\":\"ignoring 3 files"));
#endif
	mt_result_release(&r);
}

/*
 * The incremental SHA-256 gives the one-shot digest wherever the pieces are
 * cut, and the processor's SHA extensions (where there are) the plain C's.
 */
static void test_migrate_ledger__sha256_in_pieces(void **state)
{
	(void)state;
	char abc[SG_CHECKSUM_HEX_LEN + 1], plain[SG_CHECKSUM_HEX_LEN + 1], fast[SG_CHECKSUM_HEX_LEN + 1];
	sg_checksum_sha256_hex(abc, "abc", 3, NULL);
	assert_string_equal(abc, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	unsigned char big[5000];
	for (size_t i = 0; i < sizeof(big); i++)
		big[i] = (unsigned char)(i * 131 + (i >> 7));
	for (size_t len = 0; len <= sizeof(big); len += 97) {
		sg_checksum__portable(true);
		sg_checksum_sha256_hex(plain, big, len, NULL);
		sg_checksum__portable(false);
		sg_checksum_sha256_hex(fast, big, len, NULL);
		assert_string_equal(plain, fast);
	}
	unsigned char data[300];
	for (size_t i = 0; i < sizeof(data); i++)
		data[i] = (unsigned char)(i * 7 + 3);
	for (size_t len = 0; len <= sizeof(data); len += 13) {
		char whole[SG_CHECKSUM_HEX_LEN + 1], pieces[SG_CHECKSUM_HEX_LEN + 1];
		sg_checksum_sha256_hex(whole, data, len, NULL);
		for (size_t cut = 1; cut < 70; cut += 11) {
			sg_sha256 c;
			sg_sha256_init(&c);
			for (size_t at = 0; at < len; at += cut)
				sg_sha256_update(&c, data + at, len - at < cut ? len - at : cut);
			unsigned char sum[SG_SHA256_LEN];
			sg_sha256_final(&c, sum);
			sg_checksum_hex(pieces, sum);
			assert_string_equal(whole, pieces);
		}
	}
}

/* The no-op compares the files' checksums with the ledger's (else every no-op reads the whole ledger). */
static void test_migrate_ledger__noop_sums_match_the_server(void **state)
{
	fixture *f = *state;
	write_pairs(f, 3);
	mt_write(f->dir, "000010_\xc3\xa9t\xc3\xa9.up.sql", "CREATE TABLE \"\xc3\xa9t\xc3\xa9\" (id int);\n");
	up_ok(f);
	/* An updated row moves to the end of the heap: the applied versions come back out of order. */
	sg_test_exec(CONN, "UPDATE schema_migrations SET applied_by = applied_by WHERE version = 1");
	for (int round = 0; round < 2; round++) {
		sg_migrate_options opts;
		sg_migrate_options_init(&opts);
		opts.migrations_dir = f->dir;
		sg_migrate *m = NULL;
		sg_error err = {0};
		assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
		assert_int_equal(sg_verify_hash_files(m, &err), 0);
		sg_ledger_versions v;
		assert_int_equal(sg_tracking_load_versions(&v, CONN, &m->trk, &err), 1);
		assert_int_equal(v.count, 4);
		/* Equal as the files are; different once one of them is edited. */
		assert_int_equal(sg_verify_noop_sums(m, &v), round == 0);
		sg_ledger_versions_release(&v);
		sg_migrate_free(m);
		mt_write(f->dir, "000002_t2.up.sql", "CREATE TABLE t2 (id int);\n\n");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__noop_up_refuses_an_edited_file, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__redo_and_goto_refuse_an_edited_file, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__status_exit_code, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__accept_edit_and_force_record_the_edit, setup,
					    teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__row_deleted_by_hand, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__drop_then_up, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__dirty_set_by_hand, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__odd_names, setup, teardown),
	    cmocka_unit_test(test_migrate_ledger__sha256_in_pieces),
	    cmocka_unit_test_setup_teardown(test_migrate_ledger__noop_sums_match_the_server, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
