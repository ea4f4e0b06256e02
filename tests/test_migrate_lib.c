/*
 * Integration tests of the runner library's contract (include/schemagen/migrate.h)
 * as an application sees it: who releases a migration source on each path of
 * sg_migrate_new and sg_migrate_on_start, and a result whose version could
 * not be read is reported as a failure, not as version 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "schemagen/migrate.h"

/* ---- a source of its own, counting its releases ---- */

typedef struct mem_source {
	int *released;		  /* counts the releases */
	const char *const *names; /* NULL-terminated */
} mem_source;

static const char *const two_files[] = {"000001_a.up.sql", "000002_b.up.sql", NULL};
static const char *const duplicate_versions[] = {"000001_a.up.sql", "000001_b.up.sql", NULL};

static int mem_list(void *ctx, char ***names, size_t *count, sg_error *err)
{
	const mem_source *s = ctx;
	size_t n = 0;
	while (s->names[n])
		n++;
	*names = calloc(n ? n : 1, sizeof(**names));
	if (!*names)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		(*names)[i] = strdup(s->names[i]);
	*count = n;
	return 0;
}

static int mem_read(void *ctx, const char *name, char **data, size_t *len, sg_error *err)
{
	(void)ctx;
	const char *text = strstr(name, "_a.") ? "CREATE TABLE lib_a (id int);\n" : "CREATE TABLE lib_b (id int);\n";
	*data = strdup(text);
	if (!*data)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	*len = strlen(text);
	return 0;
}

/* The context is malloc'd and freed here: a path that never releases it leaks, one that releases it twice
 * frees it twice, and ASan fails the test either way. */
static void mem_release(void *ctx)
{
	mem_source *s = ctx;
	++*s->released;
	free(s);
}

static sg_migrate_source mem_source_new(int *released, const char *const *names)
{
	*released = 0;
	mem_source *s = malloc(sizeof(*s));
	assert_non_null(s);
	s->released = released;
	s->names = names;
	sg_migrate_source src = {
	    .ctx = s, .description = "(built in)", .list = mem_list, .read = mem_read, .release = mem_release};
	return src;
}

/* ---- who releases opts->source ---- */

/* The default options, with `src` as the source. */
static sg_migrate_options options_with(const sg_migrate_source *src)
{
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.source = src;
	return opts;
}

static void test_migrate_lib__source_released_on_success_by_free(void **state)
{
	(void)state;
	int released;
	sg_migrate_source src = mem_source_new(&released, two_files);
	sg_migrate_options opts = options_with(&src);
	sg_migrate *m = NULL;
	sg_error err = {0};
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	assert_int_equal(released, 0);
	sg_migrate_free(m);
	assert_int_equal(released, 1);
	sg_migrate_free(NULL); /* accepted */
}

/* sg_migrate_new fails (SG_ERR_INPUT) on `names` with tracking table `table`, having released the source once. */
static void expect_refused_and_released(const char *const *names, const char *table)
{
	int released;
	sg_migrate_source src = mem_source_new(&released, names);
	sg_migrate_options opts = options_with(&src);
	opts.table = table;
	sg_migrate *m = NULL;
	sg_error err = {0};
	assert_int_equal(sg_migrate_new(&m, &opts, &err), -1);
	assert_null(m);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_int_equal(released, 1);
	sg_error_clear(&err);
}

static void test_migrate_lib__source_released_when_options_are_refused(void **state)
{
	(void)state;
	expect_refused_and_released(two_files, ""); /* refused before the source is read */
}

static void test_migrate_lib__source_released_when_the_files_are_refused(void **state)
{
	(void)state;
	expect_refused_and_released(duplicate_versions, NULL);
}

static void test_migrate_lib__source_released_when_on_start_is_off(void **state)
{
	(void)state;
	int released;
	sg_migrate_source src = mem_source_new(&released, two_files);
	sg_migrate_options opts = options_with(&src);
	setenv(SG_MIGRATE_ON_START_ENV, "off", 1);
	sg_migrate_result res;
	sg_error err = {0};
	int rc = sg_migrate_on_start(&opts, &res, &err);
	unsetenv(SG_MIGRATE_ON_START_ENV);
	assert_int_equal(rc, 0);
	assert_int_equal(res.count, 0);
	assert_int_equal(released, 1);
}

/* ---- the result's version ---- */

/* After the last file is applied (and committed), another session moves the tracking table away. */
static void move_tracking_table(const sg_migrate_event *ev, void *ud)
{
	const sg_test_db *db = ud;
	if (ev->kind == SG_MIGRATE_EVENT_APPLIED && ev->version == 2)
		sg_test_exec(db->conn, "ALTER TABLE public.schema_migrations RENAME TO moved_away");
}

static void test_migrate_lib__unreadable_version_is_a_failure(void **state)
{
	sg_test_db *db = *state;
	int released;
	sg_migrate_source src = mem_source_new(&released, two_files);
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = db->url;
	opts.source = &src;
	opts.on_event = move_tracking_table;
	opts.userdata = db;
	sg_migrate *m = NULL;
	sg_error err = {0};
	assert_int_equal(sg_migrate_new(&m, &opts, &err), 0);
	sg_migrate_result res;
	assert_int_equal(sg_migrate_up(m, 0, &res, &err), -1);
	assert_int_equal(err.kind, SG_ERR_DB);
	assert_non_null(strstr(sg_error_message(&err), "cannot read the version"));
	assert_int_equal(res.count, 2); /* both files were applied before the failure */
	assert_int_equal(res.version, 0);
	assert_string_equal(res.version_text, "");
	sg_error_clear(&err);
	sg_migrate_free(m);
	char *n = sg_test_scalar(db->conn, "SELECT count(*) FROM public.moved_away");
	assert_string_equal(n, "2");
	free(n);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_migrate_lib__source_released_on_success_by_free),
	    cmocka_unit_test(test_migrate_lib__source_released_when_options_are_refused),
	    cmocka_unit_test(test_migrate_lib__source_released_when_the_files_are_refused),
	    cmocka_unit_test(test_migrate_lib__source_released_when_on_start_is_off),
	    cmocka_unit_test_setup_teardown(test_migrate_lib__unreadable_version_is_a_failure, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
