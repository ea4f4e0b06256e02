/*
 * Unit tests of what every `migrate` command prints (runtime/cli/migrate_out.c):
 * a JSON line is written whole, and a builder whose allocation failed writes
 * nothing at all (a truncated line would read as a whole event).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "migrate_out.h"

/* What `out` holds, from its start. */
static char *contents(FILE *out)
{
	long n = ftell(out);
	assert_true(n >= 0);
	char *text = calloc(1, (size_t)n + 1);
	assert_non_null(text);
	rewind(out);
	assert_int_equal(fread(text, 1, (size_t)n, out), (size_t)n);
	return text;
}

/* A scratch stream, and an "applied" event started in sb. */
static FILE *start_applied(sg_strbuf *sb)
{
	FILE *out = tmpfile();
	assert_non_null(out);
	sg_strbuf_init(sb);
	sg_mout_json_start(sb, "applied");
	return out;
}

static void test_migrate_out__json_line_is_written_whole(void **state)
{
	(void)state;
	sg_strbuf sb;
	FILE *out = start_applied(&sb);
	sg_mout_json_str(&sb, "file", "000001_a \"b\".up.sql");
	sg_mout_json_int(&sb, "duration_ms", 42);
	sg_mout_json_bool(&sb, "dry_run", false);
	assert_int_equal(sg_mout_json_write(out, &sb), 0);
	char *text = contents(out);
	assert_string_equal(text, "{\"event\":\"applied\",\"file\":\"000001_a \\\"b\\\".up.sql\",\"duration_ms\":42,"
				  "\"dry_run\":false}\n");
	assert_int_equal(sb.len, 0); /* released */
	free(text);
	fclose(out);
}

static void test_migrate_out__failed_builder_prints_nothing(void **state)
{
	(void)state;
	sg_strbuf sb;
	FILE *out = start_applied(&sb);
	assert_false(sg_strbuf_grow(&sb, SIZE_MAX)); /* refused as out of memory: the flag sticks */
	sg_mout_json_str(&sb, "file", "000001_a.up.sql");
	assert_true(sg_strbuf_failed(&sb));
	assert_int_equal(sg_mout_json_write(out, &sb), -1);
	assert_int_equal(ftell(out), 0);
	fclose(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_migrate_out__json_line_is_written_whole),
	    cmocka_unit_test(test_migrate_out__failed_builder_prints_nothing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
