/* Unit tests of the JSON text writer (runtime/cli/json.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "strbuf.h"

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
	    cmocka_unit_test(test_json__escapes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
