/*
 * Unit tests of the models loader on the renames of triggers (a table's and
 * a view's `renamed_from`): every error with its line and column, and the
 * name carried into the schema graph.
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

#define TT "tables:\n  - name: t\n    columns:\n      - { name: a, type: int }\n    triggers:\n"
#define VT "views:\n  - name: v\n    query: SELECT 1 AS a\n    triggers:\n"
#define TG(NAME, FROM)                                                                                                 \
	"      - { name: " NAME ", renamed_from: " FROM ", timing: after, events: [insert], for_each: statement, "     \
	"function: f }\n"
#define PLAIN(NAME) "      - { name: " NAME ", timing: after, events: [insert], for_each: statement, function: f }\n"

/* renamed_from is not the trigger itself, not a trigger the models still define, not given twice. */
static void test_model_triggers__rename_errors(void **state)
{
	(void)state;
	ut_expect_error(TT TG("g", "g"), "m.yaml:6:34: trigger 'g' of table 't' is renamed from itself");
	ut_expect_error(TT PLAIN("old") TG("g", "old"),
			"m.yaml:7:34: trigger 'g' of table 't' is renamed from 'old', which is still a trigger of the "
			"table");
	ut_expect_error(TT TG("g", "old") TG("h", "old"),
			"m.yaml:7:34: triggers 'g' and 'h' of table 't' are both renamed from 'old' (first at line 6)");
	ut_expect_error(VT TG("g", "old") PLAIN("old"),
			"m.yaml:5:34: trigger 'g' of view 'v' is renamed from 'old', which is still a trigger of the "
			"view");
	ut_expect_error(VT TG("g", "old") TG("h", "old"),
			"m.yaml:6:34: triggers 'g' and 'h' of view 'v' are both renamed from 'old' (first at line 5)");
	ut_expect_error(TT TG("g", "\"\""), "m.yaml:6:34: trigger 'g' of table 't' has an empty name");
}

/* The old name reaches the schema graph, on a table's triggers and on a view's; none when not written. */
static void test_model_triggers__renamed_from_loaded(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(&l, TT TG("g", "old") PLAIN("h") VT TG("vg", "v_old"));
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	const sg_table *t = sg_schema_find_table(l.schema, "t");
	assert_non_null(t);
	assert_string_equal(sg_table_find_trigger(t, "g")->renamed_from, "old");
	assert_null(sg_table_find_trigger(t, "h")->renamed_from);
	const sg_view *v = sg_schema_find_view(l.schema, "v");
	assert_non_null(v);
	assert_int_equal(v->ntriggers, 1);
	assert_string_equal(v->triggers[0].renamed_from, "v_old");
	ut_release(&l);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model_triggers__rename_errors),
	    cmocka_unit_test(test_model_triggers__renamed_from_loaded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
