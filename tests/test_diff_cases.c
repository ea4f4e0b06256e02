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
 * SG_UPDATE_GOLDEN=1 writes the expected files instead of comparing them.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "catalog.h"
#include "diff.h"
#include "emit.h"
#include "files.h"
#include "harness.h"
#include "model.h"
#include "normalize.h"
#include "order.h"
#include "split.h"

#ifndef SG_DIFF_CASES_DIR
#error "SG_DIFF_CASES_DIR must name tests/diff_cases"
#endif

typedef struct planned {
	sg_schema *model, *live, *desired;
	sg_plan *plan;
	sg_steps steps;
	sg_strbuf up, down;  /* every step's files, concatenated (down in reverse step order) */
} planned;

static void planned_release(planned *p)
{
	sg_steps_release(&p->steps);
	sg_plan_free(p->plan);
	sg_schema_free(p->desired);
	sg_schema_free(p->live);
	sg_schema_free(p->model);
	sg_strbuf_release(&p->up);
	sg_strbuf_release(&p->down);
}

static void make_plan(planned *p, PGconn *conn, const char *models_dir, bool everything)
{
	memset(p, 0, sizeof(*p));
	sg_strbuf_init(&p->up);
	sg_strbuf_init(&p->down);
	sg_error err = { 0 };
	if (sg_model_load(&p->model, models_dir, &err) != 0)
		fail_msg("%s: %s", models_dir, sg_error_message(&err));
	sg_catalog_options copts = { .schema = "public" };
	if (sg_catalog_load(&p->live, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	sg_normalize_options nopts = { .everything = everything };
	if (sg_normalize(&p->desired, conn, p->model, p->live, &nopts, &err) != 0)
		fail_msg("normalize %s: %s", models_dir, sg_error_message(&err));
	p->plan = sg_plan_new();
	sg_diff_options dopts = { 0 };
	assert_int_equal(sg_diff(p->plan, p->live, p->desired, &dopts), 0);
	assert_int_equal(sg_order_plan(&p->steps, p->plan), 0);
	for (size_t s = 0; s < p->steps.nsteps; s++)
		sg_emit_step_file(&p->up, &p->steps.steps[s], false);
	for (size_t s = p->steps.nsteps; s-- > 0;)
		sg_emit_step_file(&p->down, &p->steps.steps[s], true);
}

/* Run one step's file text the way `migrate` would: in a transaction, or statement by statement. */
static void apply_text(PGconn *conn, const char *text, bool transactional, const char *what)
{
	if (transactional) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "BEGIN;\n%s\nCOMMIT;", text);
		PGresult *res = PQexec(conn, sql.data);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			print_error("%s failed: %s\n%s\n", what, PQerrorMessage(conn), text);
			PQclear(res);
			PQclear(PQexec(conn, "ROLLBACK"));
			sg_strbuf_release(&sql);
			fail();
		}
		PQclear(res);
		sg_strbuf_release(&sql);
		return;
	}
	sg_script script;
	sg_error err = { 0 };
	if (sg_split_script(&script, text, strlen(text), what, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	for (size_t i = 0; i < script.count; i++) {
		char *one = strndup(text + script.stmts[i].offset, script.stmts[i].len);
		PGresult *res = PQexec(conn, one);
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			fail_msg("%s statement %zu failed: %s\n%s", what, i + 1, PQerrorMessage(conn), one);
		PQclear(res);
		free(one);
	}
	sg_split_release(&script);
}

static void apply_steps(PGconn *conn, const sg_steps *steps, bool down, const char *what)
{
	sg_strbuf text = SG_STRBUF_INIT;
	for (size_t k = 0; k < steps->nsteps; k++) {
		const sg_step *st = &steps->steps[down ? steps->nsteps - 1 - k : k];
		sg_strbuf_reset(&text);
		sg_emit_step_file(&text, st, down);
		apply_text(conn, text.data, st->transactional, what);
	}
	sg_strbuf_release(&text);
}

static void expect_fixpoint(PGconn *conn, const char *models_dir, const char *when)
{
	for (int everything = 0; everything < 2; everything++) {
		planned again;
		make_plan(&again, conn, models_dir, everything);
		if (again.plan->nops != 0)
			fail_msg("%s: %s a second diff (%s normalization) still finds changes:\n%s", models_dir, when,
				 everything ? "full" : "fast", again.up.data);
		planned_release(&again);
	}
}

static char *read_all(const char *path)
{
	char *text = NULL;
	size_t len;
	sg_error err = { 0 };
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

static void run_case(PGconn *conn, const char *dir)
{
	char from[4200], to[4200], path[4200];
	if (snprintf(from, sizeof(from), "%s/from", dir) >= (int)sizeof(from) ||
	    snprintf(to, sizeof(to), "%s/to", dir) >= (int)sizeof(to))
		fail_msg("case path too long: %s", dir);

	/* 1. The starting point, reached by our own plan. */
	planned start;
	make_plan(&start, conn, from, false);
	apply_steps(conn, &start.steps, false, from);
	planned_release(&start);
	expect_fixpoint(conn, from, "after applying it,");

	/* 2. The plan under test. */
	planned change;
	make_plan(&change, conn, to, false);
	planned full;
	make_plan(&full, conn, to, true);
	if (strcmp(change.up.data, full.up.data) != 0 || strcmp(change.down.data, full.down.data) != 0)
		fail_msg("%s: fast and full normalization disagree:\n%s\n---\n%s", dir, change.up.data, full.up.data);
	planned_release(&full);
	if (snprintf(path, sizeof(path), "%s/expected.up.sql", dir) < (int)sizeof(path))
		compare_golden(path, change.up.data);
	if (snprintf(path, sizeof(path), "%s/expected.down.sql", dir) < (int)sizeof(path))
		compare_golden(path, change.down.data);

	/* 3. Up reaches the models; 4. down returns to the start. */
	apply_steps(conn, &change.steps, false, to);
	expect_fixpoint(conn, to, "after applying the plan,");
	apply_steps(conn, &change.steps, true, to);
	expect_fixpoint(conn, from, "after applying the down plan,");
	planned_release(&change);
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
			void *db = NULL;
			assert_int_equal(sg_test_db_setup(&db), 0);
			char dir[4096];
			if (snprintf(dir, sizeof(dir), "%s/%s", SG_DIFF_CASES_DIR, names[i]) >= (int)sizeof(dir))
				fail();
			print_message("case %s\n", names[i]);
			run_case(((sg_test_db *)db)->conn, dir);
			sg_test_db_teardown(&db);
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
