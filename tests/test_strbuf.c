/* Unit tests of the string builder (runtime/strbuf.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

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

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_strbuf__empty_is_usable),
	    cmocka_unit_test(test_strbuf__appends_and_formats),
	    cmocka_unit_test(test_strbuf__grows_past_many_doublings),
	    cmocka_unit_test(test_strbuf__embedded_nul_kept),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
