/* Unit tests of runtime/files.c: names, the checks on a file set, numbering, pair creation. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "files.h"

static void test_files__parse_name(void **state)
{
	(void)state;
	static const struct {
		const char *name;
		int rc;
		long long version;
		const char *text, *desc;
		sg_files_direction dir;
	} cases[] = {
	    {"000003_add_tags.up.sql", 1, 3, "000003", "add_tags", SG_FILES_UP},
	    {"000003_add_tags.down.sql", 1, 3, "000003", "add_tags", SG_FILES_DOWN},
	    {"20261123101500_x.up.sql", 1, 20261123101500LL, "20261123101500", "x", SG_FILES_UP},
	    {"7_.up.sql", 1, 7, "7", "", SG_FILES_UP},
	    {"1_a.b.up.sql", 1, 1, "1", "a.b", SG_FILES_UP},
	    {"README.md", 0, 0, NULL, NULL, SG_FILES_UP},
	    {"000001_x.sql", 0, 0, NULL, NULL, SG_FILES_UP},
	    {"000001_x.up.sql.bak", 0, 0, NULL, NULL, SG_FILES_UP},
	    {"add_tags.up.sql", -1, 0, NULL, NULL, SG_FILES_UP},
	    {"000003.up.sql", -1, 0, NULL, NULL, SG_FILES_UP},
	    {"3a_x.down.sql", -1, 0, NULL, NULL, SG_FILES_DOWN},
	    {"0_zero.up.sql", -1, 0, NULL, NULL, SG_FILES_UP},
	    {"99999999999999999999_big.up.sql", -1, 0, NULL, NULL, SG_FILES_UP},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		int64_t v = 0;
		char *text = NULL, *desc = NULL;
		sg_files_direction dir;
		sg_error err = {0};
		int rc = sg_files_parse_name(cases[i].name, &v, &text, &desc, &dir, &err);
		if (rc != cases[i].rc)
			fail_msg("%s: rc %d, expected %d", cases[i].name, rc, cases[i].rc);
		if (rc == 1) {
			assert_int_equal(v, cases[i].version);
			assert_string_equal(text, cases[i].text);
			assert_string_equal(desc, cases[i].desc);
			assert_int_equal(dir, cases[i].dir);
		}
		if (rc < 0) {
			assert_int_equal(err.kind, SG_ERR_INPUT);
			assert_non_null(strstr(sg_error_message(&err), cases[i].name));
		}
		free(text);
		free(desc);
		sg_error_clear(&err);
	}
}

static int collect(sg_mfile_set *set, sg_error *err, ...)
{
	const char *names[32];
	size_t n = 0;
	va_list ap;
	va_start(ap, err);
	const char *s;
	while ((s = va_arg(ap, const char *)))
		names[n++] = s;
	va_end(ap);
	return sg_files_collect(set, names, n, err);
}

static void test_files__collect_orders_numerically_and_pairs(void **state)
{
	(void)state;
	sg_mfile_set set;
	sg_error err = {0};
	assert_int_equal(collect(&set, &err, "10_ten.up.sql", "9_nine.up.sql", "9_nine.down.sql", "notes.txt",
				 "100_hundred.up.sql", NULL),
			 0);
	assert_int_equal(set.count, 3);
	assert_int_equal(set.items[0].version, 9);
	assert_string_equal(set.items[0].down_file, "9_nine.down.sql");
	assert_int_equal(set.items[1].version, 10);
	assert_null(set.items[1].down_file);
	assert_int_equal(set.items[2].version, 100);
	assert_ptr_equal(sg_files_find(&set, 10), &set.items[1]);
	assert_null(sg_files_find(&set, 11));
	sg_files_set_release(&set);
}

static void test_files__collect_errors_name_the_files(void **state)
{
	(void)state;
	sg_mfile_set set;
	sg_error err = {0};
	assert_int_equal(collect(&set, &err, "000001_a.up.sql", "1_b.up.sql", NULL), -1);
	assert_string_equal(sg_error_message(&err), "duplicate version 1: '000001_a.up.sql' and '1_b.up.sql'");
	sg_files_set_release(&set);
	assert_int_equal(collect(&set, &err, "2_b.down.sql", "1_a.up.sql", NULL), -1);
	assert_string_equal(sg_error_message(&err), "down file '2_b.down.sql' has no up file (expected '2_b.up.sql')");
	sg_files_set_release(&set);
	assert_int_equal(collect(&set, &err, "2_b.down.sql", "2_c.up.sql", NULL), -1);
	assert_non_null(strstr(sg_error_message(&err), "'2_c.up.sql' and '2_b.down.sql' have different descriptions"));
	sg_files_set_release(&set);
	assert_int_equal(collect(&set, &err, "x_y.up.sql", NULL), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	sg_files_set_release(&set);
	sg_error_clear(&err);
}

static void test_files__next_version(void **state)
{
	(void)state;
	sg_mfile_set set = {0};
	sg_error err = {0};
	char *v = sg_files_next_version(&set, 0);
	assert_string_equal(v, "000001");
	free(v);
	assert_int_equal(collect(&set, &err, "000009_a.up.sql", NULL), 0);
	v = sg_files_next_version(&set, 0);
	assert_string_equal(v, "000010");
	free(v);
	sg_files_set_release(&set);
	/* Timestamp versions: now, when that is newer than the last one plus one. */
	assert_int_equal(collect(&set, &err, "20200101000000_a.up.sql", NULL), 0);
	v = sg_files_next_version(&set, 1795424400); /* 2026-11-23 09:00:00 UTC */
	assert_string_equal(v, "20261123090000");
	free(v);
	v = sg_files_next_version(&set, 0);
	assert_string_equal(v, "20200101000001");
	free(v);
	sg_files_set_release(&set);
}

static void test_files__normalize_name(void **state)
{
	(void)state;
	char *out = NULL;
	sg_error err = {0};
	assert_int_equal(sg_files_normalize_name(&out, "Add Users-Table v2.1", &err), 0);
	assert_string_equal(out, "add_users_table_v2_1");
	free(out);
	assert_int_equal(sg_files_normalize_name(&out, "  --  ", &err), -1);
	assert_int_equal(sg_files_normalize_name(&out, "drop/users", &err), -1);
	assert_non_null(strstr(sg_error_message(&err), "'drop/users'"));
	sg_error_clear(&err);
}

static void test_files__create_pair_never_overwrites(void **state)
{
	(void)state;
	char dir[] = "/tmp/sg-test-files-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char sub[64];
	snprintf(sub, sizeof(sub), "%s/m", dir);
	char *up = NULL, *down = NULL;
	sg_error err = {0};
	assert_int_equal(sg_files_create_pair(&up, &down, sub, "000001", "a", "CREATE TABLE a ();\n", NULL, &err), 0);
	char *text = NULL;
	size_t len = 0;
	assert_int_equal(sg_files_read(&text, &len, up, &err), 0);
	assert_string_equal(text, "CREATE TABLE a ();\n");
	free(text);
	assert_int_equal(sg_files_read(&text, &len, down, &err), 0);
	assert_int_equal(len, 0);
	free(text);
	/* The down file exists already: the up file is not left behind either. */
	unlink(up);
	assert_int_equal(sg_files_create_pair(NULL, NULL, sub, "000001", "a", "x", "y", &err), -1);
	assert_int_equal(access(up, F_OK), -1);
	sg_error_clear(&err);
	sg_mfile_set set;
	assert_int_equal(sg_files_scan_dir(&set, sub, &err), -1); /* a down file without its up file */
	sg_files_set_release(&set);
	sg_error_clear(&err);
	unlink(down);
	rmdir(sub);
	rmdir(dir);
	free(up);
	free(down);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_files__parse_name),
	    cmocka_unit_test(test_files__collect_orders_numerically_and_pairs),
	    cmocka_unit_test(test_files__collect_errors_name_the_files),
	    cmocka_unit_test(test_files__next_version),
	    cmocka_unit_test(test_files__normalize_name),
	    cmocka_unit_test(test_files__create_pair_never_overwrites),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
