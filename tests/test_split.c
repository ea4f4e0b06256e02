/*
 * Unit tests of runtime/split.c: statement boundaries as PostgreSQL's parser
 * sees them, positions, the no-transaction directive, statements that cannot
 * run in a transaction block, and files with their own BEGIN/COMMIT.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "split.h"

static sg_script split_ok(const char *text)
{
	sg_script s;
	sg_error err = {0};
	if (sg_split_script(&s, text, strlen(text), "f.sql", &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	return s;
}

static char *stmt_text(const char *text, const sg_stmt *st)
{
	char *s = malloc(st->len + 1);
	memcpy(s, text + st->offset, st->len);
	s[st->len] = '\0';
	return s;
}

static void test_split__tricky_lexical_forms(void **state)
{
	(void)state;
	const char *text = "-- leading comment; not a statement\n"
			   "CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b'; $body$ LANGUAGE sql;\n"
			   "SELECT E'it\\'s; fine', 'x''y;z';\n"
			   "/* outer /* nested; */ still comment; */ CREATE TABLE \"we;ird\" (\"a;b\" int);\n"
			   "DO $$ BEGIN RAISE NOTICE 'x;y'; END $$\n";
	sg_script s = split_ok(text);
	assert_int_equal(s.count, 4);
	const char *want[] = {
	    "CREATE FUNCTION f() RETURNS text AS $body$ SELECT 'a;b'; $body$ LANGUAGE sql",
	    "SELECT E'it\\'s; fine', 'x''y;z'",
	    "CREATE TABLE \"we;ird\" (\"a;b\" int)",
	    "DO $$ BEGIN RAISE NOTICE 'x;y'; END $$",
	};
	int lines[] = {2, 3, 4, 5}, cols[] = {1, 1, 42, 1};
	for (size_t i = 0; i < 4; i++) {
		char *t = stmt_text(text, &s.stmts[i]);
		assert_string_equal(t, want[i]);
		free(t);
		assert_int_equal(s.stmts[i].line, lines[i]);
		assert_int_equal(s.stmts[i].column, cols[i]);
		assert_null(s.stmts[i].no_tx);
	}
	assert_false(s.no_transaction);
	assert_false(s.own_transaction);
	sg_split_release(&s);
}

static void test_split__empty_and_comment_only(void **state)
{
	(void)state;
	sg_script s = split_ok("");
	assert_int_equal(s.count, 0);
	sg_split_release(&s);
	s = split_ok("-- nothing here\n/* at all */\n");
	assert_int_equal(s.count, 0);
	sg_split_release(&s);
}

static void test_split__syntax_error_position(void **state)
{
	(void)state;
	const char *text = "SELECT 1;\n-- é\nSELECT 'é', 2 FROM WHERE;\n";
	sg_script s;
	sg_error err = {0};
	assert_int_equal(sg_split_script(&s, text, strlen(text), "m/1_x.up.sql", &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_string_equal(sg_error_message(&err), "m/1_x.up.sql:3:20: syntax error at or near \"WHERE\"");
	sg_error_clear(&err);
	sg_split_release(&s);
}

static void test_split__no_transaction_statements(void **state)
{
	(void)state;
	static const struct {
		const char *sql;
		const char *why;
	} cases[] = {
	    {"CREATE INDEX CONCURRENTLY i ON t (a)", "CREATE INDEX CONCURRENTLY"},
	    {"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS i ON t (a)", "CREATE INDEX CONCURRENTLY"},
	    {"CREATE INDEX i ON t (a)", NULL},
	    {"DROP INDEX CONCURRENTLY i", "DROP INDEX CONCURRENTLY"},
	    {"DROP INDEX i", NULL},
	    {"REINDEX INDEX CONCURRENTLY i", "REINDEX ... CONCURRENTLY"},
	    {"REINDEX (CONCURRENTLY) TABLE t", "REINDEX ... CONCURRENTLY"},
	    {"REINDEX TABLE t", NULL},
	    {"REINDEX DATABASE d", "REINDEX DATABASE"},
	    {"ALTER TABLE p DETACH PARTITION c CONCURRENTLY", "DETACH PARTITION ... CONCURRENTLY"},
	    {"ALTER TABLE p DETACH PARTITION c", NULL},
	    {"VACUUM t", "VACUUM"},
	    {"VACUUM (ANALYZE) t", "VACUUM"},
	    {"ANALYZE t", NULL},
	    {"CREATE DATABASE d", "CREATE DATABASE"},
	    {"DROP DATABASE d", "DROP DATABASE"},
	    {"ALTER SYSTEM SET work_mem = '64MB'", "ALTER SYSTEM"},
	    {"CREATE TABLESPACE ts LOCATION '/x'", "CREATE TABLESPACE"},
	    {"ALTER DATABASE d SET TABLESPACE ts", "ALTER DATABASE SET TABLESPACE"},
	    {"ALTER DATABASE d SET work_mem = '1MB'", NULL},
	    {"CLUSTER", "CLUSTER without a table"},
	    {"CLUSTER t USING i", NULL},
	    {"DISCARD ALL", "DISCARD ALL"},
	    {"COMMIT PREPARED 'x'", "COMMIT PREPARED"},
	    {"ALTER TYPE e ADD VALUE 'x'", NULL},
	    {"CREATE SUBSCRIPTION s CONNECTION 'c' PUBLICATION p", "CREATE SUBSCRIPTION"},
	    {"CREATE SUBSCRIPTION s CONNECTION 'c' PUBLICATION p WITH (connect = false)", NULL},
	    {"SELECT 'CREATE INDEX CONCURRENTLY'", NULL},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sg_script s = split_ok(cases[i].sql);
		assert_int_equal(s.count, 1);
		if (cases[i].why == NULL ? s.stmts[0].no_tx != NULL
					 : (!s.stmts[0].no_tx || strcmp(s.stmts[0].no_tx, cases[i].why) != 0))
			fail_msg("%s: got '%s', expected '%s'", cases[i].sql,
				 s.stmts[0].no_tx ? s.stmts[0].no_tx : "(none)",
				 cases[i].why ? cases[i].why : "(none)");
		sg_split_release(&s);
	}
}

static void test_split__directive_detection(void **state)
{
	(void)state;
	assert_true(sg_split_has_no_tx_directive("-- migrate:no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);"));
	assert_true(sg_split_has_no_tx_directive("\n-- an index for lookups\n--migrate:no-transaction  \r\nSELECT 1;"));
	assert_false(sg_split_has_no_tx_directive("SELECT 1;\n-- migrate:no-transaction\n"));
	assert_false(sg_split_has_no_tx_directive("-- migrate:no-transactions\nSELECT 1;"));
	assert_false(sg_split_has_no_tx_directive("-- see migrate:no-transaction in the docs\nSELECT 1;"));
	assert_false(sg_split_has_no_tx_directive(""));
	sg_script s = split_ok("-- migrate:no-transaction\nVACUUM t;\n");
	assert_true(s.no_transaction);
	sg_error err = {0};
	/* The runner checks transactional rules only for files without the directive. */
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), -1);
	sg_error_clear(&err);
	sg_split_release(&s);
}

static void test_split__check_transactional_messages(void **state)
{
	(void)state;
	sg_error err = {0};
	sg_script s = split_ok("CREATE TABLE t (a int);\n\n  CREATE INDEX CONCURRENTLY i ON t (a);\n");
	assert_int_equal(sg_split_check_transactional(&s, "m/2_i.up.sql", &err), -1);
	assert_string_equal(
	    sg_error_message(&err),
	    "m/2_i.up.sql:3:3: CREATE INDEX CONCURRENTLY cannot run inside a transaction block; add "
	    "the line '-- migrate:no-transaction' at the top of the file to run it statement by statement");
	sg_split_release(&s);
	s = split_ok("SELECT 1;\nROLLBACK;\n");
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), -1);
	assert_non_null(strstr(sg_error_message(&err), "f.sql:2:1: transaction control"));
	sg_split_release(&s);
	s = split_ok("SAVEPOINT a; SELECT 1; RELEASE SAVEPOINT a; ROLLBACK TO SAVEPOINT a;");
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), 0);
	sg_split_release(&s);
	sg_error_clear(&err);
}

static void test_split__own_transaction(void **state)
{
	(void)state;
	sg_error err = {0};
	sg_script s = split_ok("BEGIN;\nCREATE TABLE a ();\nCOMMIT;\n");
	assert_true(s.own_transaction);
	assert_int_equal(s.stmts[0].txn, SG_STMT_BEGIN);
	assert_false(s.stmts[0].begin_has_options);
	assert_int_equal(s.stmts[2].txn, SG_STMT_COMMIT);
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), 0);
	sg_split_release(&s);
	s = split_ok("START TRANSACTION ISOLATION LEVEL SERIALIZABLE; SELECT 1; END;");
	assert_true(s.own_transaction);
	assert_true(s.stmts[0].begin_has_options);
	sg_split_release(&s);
	s = split_ok("BEGIN; SELECT 1; COMMIT; BEGIN; SELECT 2; COMMIT;");
	assert_false(s.own_transaction);
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), -1);
	sg_split_release(&s);
	s = split_ok("BEGIN; SELECT 1; COMMIT AND CHAIN;");
	assert_false(s.own_transaction);
	sg_split_release(&s);
	s = split_ok("BEGIN; SELECT 1;");
	assert_false(s.own_transaction);
	assert_int_equal(sg_split_check_transactional(&s, "f.sql", &err), -1);
	sg_split_release(&s);
	sg_error_clear(&err);
}

static void test_split__positions(void **state)
{
	(void)state;
	const char *t = "ab\ncdé\nfg";
	int line, col;
	sg_split_linecol(t, 0, &line, &col);
	assert_int_equal(line, 1);
	assert_int_equal(col, 1);
	sg_split_linecol(t, 3, &line, &col);
	assert_int_equal(line, 2);
	assert_int_equal(col, 1);
	sg_split_linecol(t, 7, &line, &col); /* after "cdé": é is two bytes, one column */
	assert_int_equal(line, 2);
	assert_int_equal(col, 4);
	sg_split_linecol(t, 9, &line, &col);
	assert_int_equal(line, 3);
	assert_int_equal(col, 2);
	/* Server positions count characters. */
	assert_int_equal(sg_split_char_to_byte(t, strlen(t), 0), 0);
	assert_int_equal(sg_split_char_to_byte(t, strlen(t), 5), 5);
	assert_int_equal(sg_split_char_to_byte(t, strlen(t), 6), 7);
	assert_int_equal(sg_split_char_to_byte(t, strlen(t), 100), strlen(t));
	char buf[16];
	sg_script s = split_ok("SELECT 'a long first line of text'\n  FROM x");
	assert_string_equal(
	    sg_split_first_line("SELECT 'a long first line of text'\n  FROM x", &s.stmts[0], buf, sizeof(buf)),
	    "SELECT 'a lo...");
	sg_split_release(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_split__tricky_lexical_forms),
	    cmocka_unit_test(test_split__empty_and_comment_only),
	    cmocka_unit_test(test_split__syntax_error_position),
	    cmocka_unit_test(test_split__no_transaction_statements),
	    cmocka_unit_test(test_split__directive_detection),
	    cmocka_unit_test(test_split__check_transactional_messages),
	    cmocka_unit_test(test_split__own_transaction),
	    cmocka_unit_test(test_split__positions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
