/*
 * Golden diff cases against a real server, one folder per case under
 * tests/diff_cases/NAME/: from/ and to/ (model directories), expected.up.sql,
 * expected.down.sql.  For every case:
 *   1. the database is brought to `from` by a generated plan, which must then
 *      reach a fixpoint (a second diff finds nothing);
 *   2. the plan from `from` to `to` must equal the expected files, byte for byte;
 *   3. applying it must reach a fixpoint; the fast (verbatim) and the full
 *      normalization must agree;
 *   4. applying its down SQL must bring the database back to `from` exactly.
 * Optional files add rows and checks, so plans are tried on tables that are
 * not empty: a case with seed.sql runs twice, once as above and once with
 * seed.sql run when the database is at `from`, verify_up.sql after the
 * plan's up SQL and verify_down.sql after its down SQL (each raises an
 * error, e.g. with ASSERT in a DO block, when the rows are not as they must
 * be).  With rows, a down that cannot restore a constraint on values the up
 * dropped restores what the rows allow; a case that has such downs says so
 * with a file `down_inexact_with_rows`, and its fixpoint after the down is
 * then checked on the empty run only.
 * A case with a file `golden_online` is planned as `diff --online` does (its expected files too).
 * A case with a file `variant_of` naming another case is that case planned
 * otherwise (golden_online): its from/, to/, seed.sql, verify_up.sql and
 * verify_down.sql are the other case's, its expected files and markers its own.
 * A case's unmanaged.sql runs in both runs once the database is at `from`: objects the models do not
 * manage (an exclusion constraint) that the plan must go around.
 * SG_UPDATE_GOLDEN=1 writes the expected files instead of comparing them.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "diff_util.h"
#include "files.h"

#ifndef SG_DIFF_CASES_DIR
#error "SG_DIFF_CASES_DIR must name tests/diff_cases"
#endif

static char *read_all(const char *path)
{
	char *text = NULL;
	size_t len;
	sg_error err = {0};
	if (sg_files_read(&text, &len, path, &err) != 0) {
		sg_error_clear(&err);
		return NULL;
	}
	return text;
}

static void compare_golden(const char *path, const char *got)
{
	const char *update = getenv("SG_UPDATE_GOLDEN");
	if (update && strcmp(update, "1") == 0) {
		FILE *f = fopen(path, "w");
		assert_non_null(f);
		fputs(got, f);
		fclose(f);
		return;
	}
	char *want = read_all(path);
	if (!want)
		fail_msg("missing %s (run with SG_UPDATE_GOLDEN=1 to create it); the plan was:\n%s", path, got);
	if (strcmp(want, got) != 0)
		fail_msg("%s differs from the plan; got:\n%s", path, got);
	free(want);
}

/* Run `dir`/`file` when it exists. */
static bool exists_in(const char *dir, const char *file);

static void run_optional(PGconn *conn, const char *dir, const char *file)
{
	char path[4200];
	if (snprintf(path, sizeof(path), "%s/%s", dir, file) >= (int)sizeof(path))
		fail_msg("case path too long: %s", dir);
	if (!exists_in(dir, file))
		return;
	char *sql = read_all(path);
	if (!sql)
		fail_msg("cannot read %s", path);
	PGresult *res = PQexec(conn, sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK)
		fail_msg("%s: %s", path, PQresultErrorMessage(res));
	PQclear(res);
	free(sql);
}

static bool exists_in(const char *dir, const char *file)
{
	char path[4200];
	struct stat st;
	return snprintf(path, sizeof(path), "%s/%s", dir, file) < (int)sizeof(path) && stat(path, &st) == 0;
}

/*
 * The folder that holds case `dir`'s models, rows and checks: the case
 * `dir`/variant_of names (a sibling, one line), else `dir` itself.
 */
static void case_source(char *out, size_t size, const char *dir)
{
	char path[4200];
	char *name = NULL;
	if (snprintf(path, sizeof(path), "%s/variant_of", dir) < (int)sizeof(path))
		name = read_all(path);
	if (!name) {
		if (snprintf(out, size, "%s", dir) >= (int)size)
			fail_msg("case path too long: %s", dir);
		return;
	}
	name[strcspn(name, "\n")] = '\0';
	if (!name[0] || strchr(name, '/') || snprintf(out, size, "%s/../%s", dir, name) >= (int)size)
		fail_msg("%s: variant_of names no case: '%s'", dir, name);
	free(name);
	if (!exists_in(out, "from") || !exists_in(out, "to"))
		fail_msg("%s: variant_of names no case with from/ and to/: %s", dir, out);
}

static void run_case(PGconn *conn, const char *dir, bool seeded)
{
	char src[4200], from[4300], to[4300], path[4200];
	case_source(src, sizeof(src), dir);
	if (snprintf(from, sizeof(from), "%s/from", src) >= (int)sizeof(from) ||
	    snprintf(to, sizeof(to), "%s/to", src) >= (int)sizeof(to))
		fail_msg("case path too long: %s", dir);

	/* 1. The starting point, reached by our own plan. */
	sg_schema *from_model = difftest_model_dir(from), *to_model = difftest_model_dir(to);
	difftest_plan start;
	difftest_plan_make(&start, conn, from_model, false);
	difftest_apply(conn, &start.steps, false, from);
	difftest_plan_release(&start);
	difftest_expect_fixpoint(conn, from_model, "after applying it,");
	run_optional(conn, src, "unmanaged.sql");
	if (seeded)
		run_optional(conn, src, "seed.sql");

	/* 2. The plan under test. */
	difftest_plan change, full;
	sg_diff_options dopts = {.online = exists_in(dir, "golden_online")};
	difftest_plan_make_opts(&change, conn, to_model, false, &dopts);
	difftest_plan_make_opts(&full, conn, to_model, true, &dopts);
	if (strcmp(change.up.data, full.up.data) != 0 || strcmp(change.down.data, full.down.data) != 0)
		fail_msg("%s: fast and full normalization disagree:\n%s\n---\n%s", dir, change.up.data, full.up.data);
	difftest_plan_release(&full);
	if (snprintf(path, sizeof(path), "%s/expected.up.sql", dir) < (int)sizeof(path))
		compare_golden(path, change.up.data);
	if (snprintf(path, sizeof(path), "%s/expected.down.sql", dir) < (int)sizeof(path))
		compare_golden(path, change.down.data);

	/* 3. Up reaches the models; 4. down returns to the start. */
	difftest_apply(conn, &change.steps, false, to);
	difftest_expect_fixpoint(conn, to_model, "after applying the plan,");
	if (seeded)
		run_optional(conn, src, "verify_up.sql");
	difftest_apply(conn, &change.steps, true, to);
	if (!seeded || !exists_in(dir, "down_inexact_with_rows"))
		difftest_expect_fixpoint(conn, from_model, "after applying the down plan,");
	if (seeded)
		run_optional(conn, src, "verify_down.sql");
	difftest_plan_release(&change);
	sg_schema_free(to_model);
	sg_schema_free(from_model);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_diff_cases__all(void **state)
{
	(void)state;
	DIR *d = opendir(SG_DIFF_CASES_DIR);
	assert_non_null(d);
	char *names[512];
	size_t n = 0;
	for (struct dirent *e; (e = readdir(d)) && n < 512;)
		if (e->d_name[0] != '.')
			names[n++] = strdup(e->d_name);
	closedir(d);
	qsort(names, n, sizeof(names[0]), by_name);
	assert_true(n > 0);
	const char *only = getenv("SG_CASE");
	for (size_t i = 0; i < n; i++) {
		if (!only || strcmp(only, names[i]) == 0) {
			char dir[4096];
			if (snprintf(dir, sizeof(dir), "%s/%s", SG_DIFF_CASES_DIR, names[i]) >= (int)sizeof(dir))
				fail();
			char src[4200];
			case_source(src, sizeof(src), dir);
			for (int seeded = 0; seeded <= (exists_in(src, "seed.sql") ? 1 : 0); seeded++) {
				void *db = NULL;
				assert_int_equal(sg_test_db_setup(&db), 0);
				print_message("case %s%s\n", names[i], seeded ? " (with rows)" : "");
				run_case(((sg_test_db *)db)->conn, dir, seeded == 1);
				sg_test_db_teardown(&db);
			}
		}
		free(names[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_diff_cases__all),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
