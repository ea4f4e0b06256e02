/*
 * Unit tests of the models loader on the `comment` of functions and
 * procedures, of a table's and a materialized view's indexes, of triggers,
 * of a table's checks and of enums (docs/models.md): a misspelt key, an empty comment and a value
 * that is not a string are errors at their line and column; a comment
 * reaches the schema graph, none when not written.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "unit_util.h"

#define FN "functions:\n  - name: f\n    definition: CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1\n"
#define TT "tables:\n  - name: t\n    columns:\n      - { name: a, type: int }\n"
#define MV "views:\n  - name: v\n    materialized: true\n    query: SELECT 1 AS a\n"

static void test_model_comments__errors(void **state)
{
	(void)state;
	ut_expect_error(FN "    coment: x\n",
			"m.yaml:4:5: unknown key 'coment' in function 'f' (did you mean 'comment'?)");
	ut_expect_error(FN "    comment: \"\"\n", "m.yaml:4:14: 'comment' of function 'f' is empty");
	ut_expect_error(FN "    comment: [a]\n", "m.yaml:4:14: 'comment' of function 'f' must be a string, not a list");
	ut_expect_error(TT "    indexes:\n      - { columns: [a], coment: x }\n",
			"m.yaml:6:25: unknown key 'coment' in index #1 of table 't' (did you mean 'comment'?)");
	ut_expect_error(TT "    indexes:\n      - { name: i, columns: [a], comment: '' }\n",
			"m.yaml:6:43: 'comment' of index 'i' of table 't' is empty");
	ut_expect_error(TT "    triggers:\n      - { name: g, timing: after, events: [insert], for_each: row, "
			   "function: f(), comment: '' }\n",
			"m.yaml:6:92: 'comment' of trigger 'g' of table 't' is empty");
	ut_expect_error(TT "    triggers:\n      - { name: g, timing: after, events: [insert], for_each: row, "
			   "function: f(), commnt: x }\n",
			"m.yaml:6:83: unknown key 'commnt' in trigger 'g' of table 't' (did you mean 'comment'?)");
	ut_expect_error(MV "    indexes:\n      - { name: i, columns: [a], comment: '' }\n",
			"m.yaml:6:43: 'comment' of index 'i' of materialized view 'v' is empty");
	ut_expect_error(MV "    comment: ''\n", "m.yaml:5:14: 'comment' of materialized view 'v' is empty");
	ut_expect_error(TT "    checks:\n      - { name: k, expression: a > 0, comment: '' }\n",
			"m.yaml:6:48: 'comment' of check 'k' of table 't' is empty");
	ut_expect_error("enums:\n  - { name: e, values: [a], comment: '' }\n",
			"m.yaml:2:38: 'comment' of enum 'e' is empty");
	ut_expect_error(TT "    unique:\n      - { columns: [a], comment: x }\n",
			"m.yaml:6:25: unknown key 'comment' in unique constraint #1 of table 't'");
}

static void test_model_comments__loaded(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(
	    &l,
	    "enums:\n  - { name: e, values: [a], comment: an enum }\n  - { name: e2, values: [] }\n" FN
	    "    comment: \"it's\\nf\"\n"
	    "  - name: p\n    definition: CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC SELECT 1; END\n" TT
	    "    indexes:\n      - { name: i, columns: [a], comment: by a }\n      - { name: j, columns: [a] }\n"
	    "    triggers:\n      - { name: g, timing: after, events: [insert], for_each: row, "
	    "function: f(), comment: fires }\n"
	    "    checks:\n      - { expression: a > 0, comment: positive }\n      - { name: k, expression: a < 9 }\n" MV
	    "    indexes:\n      - { name: vi, columns: [a], comment: on the view }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_string_equal(sg_schema_find_enum(l.schema, "e")->comment, "an enum");
	assert_null(sg_schema_find_enum(l.schema, "e2")->comment);
	assert_int_equal(l.schema->nfunctions, 2);
	assert_string_equal(l.schema->functions[0].comment, "it's\nf");
	assert_null(l.schema->functions[1].comment);
	const sg_table *t = sg_schema_find_table(l.schema, "t");
	assert_non_null(t);
	assert_string_equal(sg_table_find_index(t, "i")->comment, "by a");
	assert_null(sg_table_find_index(t, "j")->comment);
	assert_string_equal(sg_table_find_trigger(t, "g")->comment, "fires");
	assert_string_equal(sg_table_find_constraint(t, "t_a_check")->comment, "positive");
	assert_null(sg_table_find_constraint(t, "k")->comment);
	const sg_view *v = sg_schema_find_view(l.schema, "v");
	assert_non_null(v);
	assert_int_equal(v->nindexes, 1);
	assert_string_equal(v->indexes[0].comment, "on the view");
	ut_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model_comments__errors),
	    cmocka_unit_test(test_model_comments__loaded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
