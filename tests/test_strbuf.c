/* Unit tests for the string builder and the error type. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "schemagen/error.h"
#include "json.h"
#include "strbuf.h"

static void test_strbuf__empty_is_usable(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	assert_non_null(sb.data);
	assert_string_equal(sb.data, "");
	size_t len = 99;
	char *s = sg_strbuf_detach(&sb, &len);
	assert_non_null(s);
	assert_string_equal(s, "");
	assert_int_equal(len, 0);
	free(s);
	sg_strbuf_release(&sb);
}

static void test_strbuf__appends_and_formats(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "CREATE TABLE ");
	sg_strbuf_addf(&sb, "%s (%d)", "t", 42);
	sg_strbuf_addch(&sb, ';');
	assert_string_equal(sb.data, "CREATE TABLE t (42);");
	assert_int_equal(sb.len, strlen("CREATE TABLE t (42);"));
	sg_strbuf_truncate(&sb, 6);
	assert_string_equal(sb.data, "CREATE");
	sg_strbuf_reset(&sb);
	assert_string_equal(sb.data, "");
	assert_false(sg_strbuf_failed(&sb));
	sg_strbuf_release(&sb);
}

static void test_strbuf__grows_past_many_doublings(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	for (int i = 0; i < 100000; i++)
		sg_strbuf_addch(&sb, (char)('a' + i % 26));
	assert_int_equal(sb.len, 100000);
	assert_int_equal(sb.data[99999], 'a' + 99999 % 26);
	assert_int_equal(sb.data[100000], '\0');
	size_t len;
	char *s = sg_strbuf_detach(&sb, &len);
	assert_int_equal(len, 100000);
	assert_string_equal(sb.data, "");
	free(s);
}

static void test_strbuf__embedded_nul_kept(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_add(&sb, "a\0b", 3);
	assert_int_equal(sb.len, 3);
	assert_memory_equal(sb.data, "a\0b", 4);
	sg_strbuf_release(&sb);
}

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

static void test_json__escapes(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addch(&sb, '{');
	sg_json_key(&sb, "msg", true);
	sg_json_string(&sb, "a \"q\" \\ b\nc\t\x01");
	sg_json_key(&sb, "none", false);
	sg_json_string(&sb, NULL);
	sg_strbuf_addch(&sb, '}');
	assert_string_equal(sb.data, "{\"msg\":\"a \\\"q\\\" \\\\ b\\nc\\t\\u0001\",\"none\":null}");
	sg_strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_strbuf__empty_is_usable),
	    cmocka_unit_test(test_strbuf__appends_and_formats),
	    cmocka_unit_test(test_strbuf__grows_past_many_doublings),
	    cmocka_unit_test(test_strbuf__embedded_nul_kept),
	    cmocka_unit_test(test_error__set_prefix_clear),
	    cmocka_unit_test(test_error__messages_stay_on_one_line),
	    cmocka_unit_test(test_error__prefix_without_error_is_noop),
	    cmocka_unit_test(test_error__exit_codes_follow_design),
	    cmocka_unit_test(test_json__escapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
