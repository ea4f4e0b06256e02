/* Unit tests of the error type (runtime/error.c): messages, context, moves, exit codes. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "schemagen/error.h"

static void test_error__set_prefix_clear(void **state)
{
	(void)state;
	sg_error err = {0};
	assert_string_equal(sg_error_message(&err), "");
	assert_int_equal(sg_error_set(&err, SG_ERR_INPUT, "column '%s' has no type", "email"), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	sg_error_prefix(&err, "models/users.yaml:%d:%d", 12, 7);
	assert_string_equal(sg_error_message(&err), "models/users.yaml:12:7: column 'email' has no type");
	sg_error_clear(&err);
	assert_int_equal(err.kind, SG_ERR_NONE);
	assert_null(err.message);
	sg_error_clear(NULL);
}

static void test_error__messages_stay_on_one_line(void **state)
{
	(void)state;
	sg_error err = {0};
	sg_error_set(&err, SG_ERR_DB, "server said: %s", "ERROR:  boom\nDETAIL:  more\n");
	assert_string_equal(sg_error_message(&err), "server said: ERROR:  boom DETAIL:  more");
	sg_error_clear(&err);
}

static void test_error__prefix_without_error_is_noop(void **state)
{
	(void)state;
	sg_error err = {0};
	sg_error_prefix(&err, "file.yaml");
	assert_int_equal(err.kind, SG_ERR_NONE);
	assert_null(err.message);
	assert_int_equal(sg_error_set(NULL, SG_ERR_DB, "dropped"), -1);
}

static void test_error__exit_codes_follow_design(void **state)
{
	(void)state;
	assert_int_equal(sg_exit_code_for(SG_ERR_NONE), 0);
	assert_int_equal(sg_exit_code_for(SG_ERR_DB), 1);
	assert_int_equal(sg_exit_code_for(SG_ERR_INPUT), 2);
	assert_int_equal(sg_exit_code_for(SG_ERR_DIFFERS), 3);
	assert_int_equal(sg_exit_code_for(SG_ERR_REFUSED), 4);
	assert_int_equal(sg_exit_code_for(SG_ERR_SYSTEM), 1);
}

static void test_error__move(void **state)
{
	(void)state;
	sg_error from = {0}, to = {0};
	sg_error_set(&to, SG_ERR_DB, "an older error"); /* freed by the move, or ASan reports a leak */
	sg_error_set(&from, SG_ERR_REFUSED, "version '%d' is dirty", 3);
	assert_int_equal(sg_error_move(&to, &from), -1);
	assert_int_equal(to.kind, SG_ERR_REFUSED);
	assert_string_equal(sg_error_message(&to), "version '3' is dirty");
	assert_int_equal(from.kind, SG_ERR_NONE);
	assert_null(from.message);
	/* Into NULL: dropped, and `from` is cleared. */
	sg_error_set(&from, SG_ERR_INPUT, "dropped");
	assert_int_equal(sg_error_move(NULL, &from), -1);
	assert_int_equal(from.kind, SG_ERR_NONE);
	assert_null(from.message);
	/* From an empty error: `to` holds none afterwards. */
	assert_int_equal(sg_error_move(&to, &from), -1);
	assert_int_equal(to.kind, SG_ERR_NONE);
	assert_string_equal(sg_error_message(&to), "");
	/* Onto itself: unchanged. */
	sg_error_set(&to, SG_ERR_DB, "kept");
	assert_int_equal(sg_error_move(&to, &to), -1);
	assert_string_equal(sg_error_message(&to), "kept");
	sg_error_clear(&to);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_error__set_prefix_clear),
	    cmocka_unit_test(test_error__messages_stay_on_one_line),
	    cmocka_unit_test(test_error__prefix_without_error_is_noop),
	    cmocka_unit_test(test_error__exit_codes_follow_design),
	    cmocka_unit_test(test_error__move),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
