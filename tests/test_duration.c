/* Unit tests of command-line durations (runtime/cli/duration.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "duration.h"

static void test_duration__parse(void **state)
{
	(void)state;
	static const struct {
		const char *text;
		long ms;
	} ok[] = {{"500ms", 500},   {"30s", 30000},  {"30", 30000}, {"2m", 120000},
		  {"2min", 120000}, {"1h", 3600000}, {"0", 0}};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++) {
		long ms = -1;
		sg_error err = {0};
		assert_int_equal(sg_duration_parse(&ms, ok[i].text, "wait", &err), 0);
		assert_int_equal(ms, ok[i].ms);
	}
	const char *bad[] = {"", "s", "-1s", "1.5s", "10 s", "3d", "99999999999999999999h"};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		long ms = -1;
		sg_error err = {0};
		assert_int_equal(sg_duration_parse(&ms, bad[i], "wait", &err), -1);
		assert_int_equal(err.kind, SG_ERR_INPUT);
		assert_non_null(strstr(sg_error_message(&err), "option '--wait'"));
		sg_error_clear(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_duration__parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
