/*
 * Unit tests of versions.c: whether a directory's file set is refused for a
 * duplicate version, told from the names alone, and in agreement with
 * sg_files_collect's own order of checks (the first problem it finds is the
 * one it reports).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

#include "files.h"
#include "versions.h"

typedef struct vcase {
	const char *what;
	const char *names[6];
	int want;	 /* sg_versions_duplicate's answer */
	int64_t version; /* when want is 1 */
	bool collects;	 /* whether sg_files_collect accepts the set */
} vcase;

static const vcase cases[] = {
    {"no migrations", {"README.md"}, 0, 0, true},
    {"pairs", {"000001_a.up.sql", "000001_a.down.sql", "000002_b.up.sql"}, 0, 0, true},
    {"two branches, two ups", {"000001_a.up.sql", "000002_b.up.sql", "000002_c.up.sql"}, 1, 2, false},
    {"the same version written differently", {"000003_a.up.sql", "3_a.up.sql"}, 1, 3, false},
    {"two downs", {"000004_a.up.sql", "000004_a.down.sql", "4_a.down.sql"}, 1, 4, false},
    {"an up and a down of different descriptions", {"000005_a.up.sql", "000005_b.down.sql"}, 1, 5, false},
    {"two downs and no up", {"000006_a.down.sql", "000006_b.down.sql"}, 1, 6, false},
    {"the lowest of two duplicates",
     {"000009_a.up.sql", "000009_b.up.sql", "000007_a.up.sql", "7_b.up.sql"},
     1,
     7,
     false},
    {"a bad name is reported first", {"000001_a.up.sql", "1_b.up.sql", "x_bad.up.sql"}, 0, 0, false},
    {"version 0 is reported first", {"000001_a.up.sql", "1_b.up.sql", "0_zero.up.sql"}, 0, 0, false},
    {"an earlier down without its up is reported first",
     {"000001_a.down.sql", "000002_a.up.sql", "2_b.up.sql"},
     0,
     0,
     false},
    {"a later down without its up is not", {"000001_a.up.sql", "1_b.up.sql", "000002_a.down.sql"}, 1, 1, false},
};

static void test_versions__duplicate(void **state)
{
	(void)state;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		const vcase *vc = &cases[c];
		size_t n = 0;
		while (n < 6 && vc->names[n])
			n++;
		int64_t version = -1;
		sg_error err = {0};
		int got = sg_versions_duplicate(&version, vc->names, n, &err);
		if (got != vc->want || (got == 1 && version != vc->version))
			fail_msg("%s: got %d (version %lld), want %d (version %lld)", vc->what, got, (long long)version,
				 vc->want, (long long)vc->version);
		assert_int_equal(err.kind, SG_ERR_NONE);
		sg_mfile_set set = {0};
		int collected = sg_files_collect(&set, vc->names, n, &err);
		if ((collected == 0) != vc->collects)
			fail_msg("%s: sg_files_collect %s", vc->what, collected == 0 ? "accepts it" : "refuses it");
		assert_true(collected == 0 || err.kind == SG_ERR_INPUT);
		sg_files_set_release(&set);
		sg_error_clear(&err);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_versions__duplicate),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
