/*
 * Unit tests of generator/down_marks.c: where `-- schemagen:irreversible`
 * counts (the leading comment lines), where it is misplaced (after the first
 * statement), its reason, and the spellings around it (CRLF, a BOM, blanks).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "down_marks.h"

typedef struct mark_case {
	const char *text;
	sg_down_mark_kind kind;
	size_t line;
	const char *reason; /* NULL: none */
} mark_case;

static void check_cases(const mark_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const mark_case *c = &cases[i];
		sg_down_mark m;
		sg_down_mark_kind kind = sg_down_marks_read(&m, c->text, strlen(c->text));
		if (kind != m.kind)
			fail_msg("case %zu: returned %d, filled %d", i, (int)kind, (int)m.kind);
		if (m.kind != c->kind)
			fail_msg("case %zu (%s): kind %d, expected %d", i, c->text, (int)m.kind, (int)c->kind);
		if (m.line != c->line)
			fail_msg("case %zu (%s): line %zu, expected %zu", i, c->text, m.line, c->line);
		if (!c->reason) {
			if (m.reason)
				fail_msg("case %zu (%s): reason '%.*s', expected none", i, c->text, (int)m.reason_len,
					 m.reason);
			continue;
		}
		if (!m.reason || m.reason_len != strlen(c->reason) || memcmp(m.reason, c->reason, m.reason_len) != 0)
			fail_msg("case %zu (%s): reason '%.*s', expected '%s'", i, c->text, (int)m.reason_len,
				 m.reason ? m.reason : "", c->reason);
		/* The reason points into the text it was read from. */
		assert_true(m.reason >= c->text && m.reason + m.reason_len <= c->text + strlen(c->text));
	}
}

static void test_down_marks__leading(void **state)
{
	(void)state;
	static const mark_case cases[] = {
	    /* On the first line, with and without a reason. */
	    {"-- schemagen:irreversible: the labels are gone for good\nSELECT 1;\n", SG_DOWN_MARK_IRREVERSIBLE, 1,
	     "the labels are gone for good"},
	    {"-- schemagen:irreversible\nSELECT 1;\n", SG_DOWN_MARK_IRREVERSIBLE, 1, NULL},
	    {"-- schemagen:irreversible:\nSELECT 1;\n", SG_DOWN_MARK_IRREVERSIBLE, 1, NULL},
	    {"-- schemagen:irreversible:   \t\nSELECT 1;\n", SG_DOWN_MARK_IRREVERSIBLE, 1, NULL},
	    /* The reason after a space instead of a colon; blanks around it trimmed. */
	    {"-- schemagen:irreversible rows deleted\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "rows deleted"},
	    {"-- schemagen:irreversible :  rows deleted \t \nSELECT 1;", SG_DOWN_MARK_IRREVERSIBLE, 1, "rows deleted"},
	    /* Spacing of the comment itself, as the runner's `-- migrate:no-transaction` allows. */
	    {"--schemagen:irreversible: x\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "x"},
	    {"  \t--\t schemagen:irreversible: x\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "x"},
	    /* After other comments and blank lines, before the first statement. */
	    {"-- Down of 000900: the table cannot come back with its rows.\n\n   \n"
	     "-- schemagen:irreversible: see above\nDROP TABLE labels;\n",
	     SG_DOWN_MARK_IRREVERSIBLE, 4, "see above"},
	    {"-- migrate:no-transaction\n-- schemagen:irreversible: values lost\nDROP INDEX CONCURRENTLY i;\n",
	     SG_DOWN_MARK_IRREVERSIBLE, 2, "values lost"},
	    /* A file of comments only, the mark last and without a newline. */
	    {"-- nothing to do\n-- schemagen:irreversible: nothing to undo", SG_DOWN_MARK_IRREVERSIBLE, 2,
	     "nothing to undo"},
	    /* The first mark wins; a later one changes nothing. */
	    {"-- schemagen:irreversible: first\n-- schemagen:irreversible: second\nSELECT 1;\n"
	     "-- schemagen:irreversible: third\n",
	     SG_DOWN_MARK_IRREVERSIBLE, 1, "first"},
	    /* The reason keeps what it says, colons and dashes included. */
	    {"-- schemagen:irreversible: 10:30 -- the cut-over; rows gone\n", SG_DOWN_MARK_IRREVERSIBLE, 1,
	     "10:30 -- the cut-over; rows gone"},
	};
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_down_marks__crlf_and_bom(void **state)
{
	(void)state;
	static const mark_case cases[] = {
	    {"-- schemagen:irreversible: gone\r\nSELECT 1;\r\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "gone"},
	    {"-- schemagen:irreversible\r\nSELECT 1;\r\n", SG_DOWN_MARK_IRREVERSIBLE, 1, NULL},
	    {"-- first\r\n\r\n-- schemagen:irreversible: gone \r\nSELECT 1;\r\n", SG_DOWN_MARK_IRREVERSIBLE, 3, "gone"},
	    {"SELECT 1;\r\n-- schemagen:irreversible: late\r\n", SG_DOWN_MARK_MISPLACED, 2, "late"},
	    /* A UTF-8 byte order mark before the first line (editors on Windows write one). */
	    {"\xEF\xBB\xBF-- schemagen:irreversible: gone\nSELECT 1;\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "gone"},
	    {"\xEF\xBB\xBF-- a comment\r\n-- schemagen:irreversible: gone\r\n", SG_DOWN_MARK_IRREVERSIBLE, 2, "gone"},
	    {"\xEF\xBB\xBFSELECT 1;\n-- schemagen:irreversible\n", SG_DOWN_MARK_MISPLACED, 2, NULL},
	    /* A BOM anywhere else is text: that line is neither a comment line nor a mark. */
	    {"-- a\n\xEF\xBB\xBF-- schemagen:irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* Old Mac line ends are not line ends: the CR is trimmed from the reason only at its end. */
	    {"-- schemagen:irreversible: a\rb\r\n", SG_DOWN_MARK_IRREVERSIBLE, 1, "a\rb"},
	    /* Non-ASCII reasons are kept byte for byte. */
	    {"-- schemagen:irreversible: les données sont perdues\n", SG_DOWN_MARK_IRREVERSIBLE, 1,
	     "les données sont perdues"},
	};
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_down_marks__after_the_first_statement(void **state)
{
	(void)state;
	static const mark_case cases[] = {
	    /* After SQL: misplaced, with its line, so check says where it is instead of running the down. */
	    {"SELECT 1;\n-- schemagen:irreversible: the labels are gone\n", SG_DOWN_MARK_MISPLACED, 2,
	     "the labels are gone"},
	    {"-- header\nDROP TABLE a;\n\n-- schemagen:irreversible\nDROP TABLE b;\n", SG_DOWN_MARK_MISPLACED, 4, NULL},
	    /* A statement spread over lines ends the leading lines at its first line. */
	    {"CREATE TABLE t (\n-- schemagen:irreversible: inside\n  id int);\n", SG_DOWN_MARK_MISPLACED, 2, "inside"},
	    /* A block comment is not a comment line: the leading lines end there, as for the runner. */
	    {"/* the down of 000900 */\n-- schemagen:irreversible: gone\n", SG_DOWN_MARK_MISPLACED, 2, "gone"},
	    {"/* -- schemagen:irreversible */\nSELECT 1;\n", SG_DOWN_MARK_NONE, 0, NULL},
	};
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

static void test_down_marks__not_a_mark(void **state)
{
	(void)state;
	static const mark_case cases[] = {
	    {"", SG_DOWN_MARK_NONE, 0, NULL},
	    {"\n\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"\xEF\xBB\xBF", SG_DOWN_MARK_NONE, 0, NULL},
	    {"DROP TABLE labels;\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- an ordinary comment\nDROP TABLE labels;\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* Another word that starts the same way. */
	    {"-- schemagen:irreversibles\nSELECT 1;\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- schemagen:irreversible-ish: maybe\nSELECT 1;\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- schemagen:irreversible_\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- schemagen:irreversibl\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* Not at the start of the comment. */
	    {"-- see -- schemagen:irreversible in docs/check.md\nSELECT 1;\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- note: schemagen:irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* A comment at the end of a statement's line is not a comment line. */
	    {"SELECT 1; -- schemagen:irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* Case as written, like the runner's directive. */
	    {"-- SCHEMAGEN:IRREVERSIBLE: gone\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"-- schemagen: irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	    /* One dash, or the mark's words without a comment. */
	    {"- schemagen:irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	    {"schemagen:irreversible\n", SG_DOWN_MARK_NONE, 0, NULL},
	};
	check_cases(cases, sizeof(cases) / sizeof(cases[0]));
}

/* The text's length is what counts: a mark past `len` is not read, and no NUL is needed. */
static void test_down_marks__length(void **state)
{
	(void)state;
	const char text[] = "SELECT 1;\n-- schemagen:irreversible: late\n";
	sg_down_mark m;
	assert_int_equal(sg_down_marks_read(&m, text, strlen("SELECT 1;\n")), SG_DOWN_MARK_NONE);
	assert_int_equal(m.line, 0);
	assert_null(m.reason);

	char exact[] = {'-', '-', ' ', 's', 'c', 'h', 'e', 'm', 'a', 'g', 'e', 'n', ':', 'i', 'r',
			'r', 'e', 'v', 'e', 'r', 's', 'i', 'b', 'l', 'e', ':', ' ', 'x', 'y'};
	assert_int_equal(sg_down_marks_read(&m, exact, sizeof(exact)), SG_DOWN_MARK_IRREVERSIBLE);
	assert_int_equal(m.reason_len, 2);
	assert_memory_equal(m.reason, "xy", 2);
	/* Cut inside the mark: not a mark. */
	assert_int_equal(sg_down_marks_read(&m, exact, 20), SG_DOWN_MARK_NONE);
	/* Cut right after it: a mark without a reason. */
	assert_int_equal(sg_down_marks_read(&m, exact, strlen(SG_DOWN_IRREVERSIBLE_MARK)), SG_DOWN_MARK_IRREVERSIBLE);
	assert_null(m.reason);
}

/* The mark the check's messages tell people to write is the one the reader finds. */
static void test_down_marks__advertised_spelling(void **state)
{
	(void)state;
	char text[256];
	snprintf(text, sizeof(text), "%s: why\nSELECT 1;\n", SG_DOWN_IRREVERSIBLE_MARK);
	sg_down_mark m;
	assert_int_equal(sg_down_marks_read(&m, text, strlen(text)), SG_DOWN_MARK_IRREVERSIBLE);
	assert_int_equal(m.reason_len, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_down_marks__leading),
	    cmocka_unit_test(test_down_marks__crlf_and_bom),
	    cmocka_unit_test(test_down_marks__after_the_first_statement),
	    cmocka_unit_test(test_down_marks__not_a_mark),
	    cmocka_unit_test(test_down_marks__length),
	    cmocka_unit_test(test_down_marks__advertised_spelling),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
