/*
 * Integration tests of the runner library (include/schemagen/migrate.h) as an
 * application uses it: a source of its own, the start-up call and its
 * switch, who releases a migration source on each path of sg_migrate_new and
 * sg_migrate_on_start, and a result whose version could not be read reported
 * as a failure, not as version 0.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "schemagen/migrate.h"
#include "test_migrate_util.h"

typedef mt_fixture fixture;
#define setup mt_fixture_setup
#define teardown mt_fixture_teardown
#define URL (f->db->url)
#define CONN (f->db->conn)

/* ---- a source of its own, counting its releases ---- */

typedef struct mem_file {
	const char *name, *sql;
} mem_file;

static const mem_file mem_files[] = {
    {"000001_a.up.sql", "CREATE TABLE mem_a (id int);\n"},
    {"000001_a.down.sql", "DROP TABLE mem_a;\n"},
    {"000002_b.up.sql", "CREATE TABLE mem_b (id int);\n"},
    {NULL, NULL},
};
static const mem_file duplicate_versions[] = {
    {"000001_a.up.sql", "SELECT 1;\n"},
    {"000001_b.up.sql", "SELECT 2;\n"},
    {NULL, NULL},
};

typedef struct mem_source {
	int *released;	       /* counts the releases */
	const mem_file *files; /* ends with a NULL name */
} mem_source;

static int mem_list(void *ctx, char ***names, size_t *count, sg_error *err)
{
	const mem_source *s = ctx;
	size_t n = 0;
	while (s->files[n].name)
		n++;
	*names = calloc(n ? n : 1, sizeof(**names));
	if (!*names)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	for (size_t i = 0; i < n; i++)
		(*names)[i] = strdup(s->files[i].name);
	*count = n;
	return 0;
}

static int mem_read(void *ctx, const char *name, char **data, size_t *len, sg_error *err)
{
	const mem_source *s = ctx;
	for (const mem_file *f = s->files; f->name; f++) {
		if (strcmp(f->name, name) == 0) {
			*data = strdup(f->sql);
			if (!*data)
				return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
			*len = strlen(*data);
			return 0;
		}
	}
	return sg_error_set(err, SG_ERR_INPUT, "no file '%s'", name);
}

/*
 * The context is malloc'd and freed here: a path that never releases it
 * leaks, one that releases it twice frees it twice, and ASan fails the test
 * either way.
 */
static void mem_release(void *ctx)
{
	mem_source *s = ctx;
	++*s->released;
	free(s);
}

static sg_migrate_source mem_source_new(int *released, const mem_file *files)
{
	*released = 0;
	mem_source *s = malloc(sizeof(*s));
	assert_non_null(s);
	s->released = released;
	s->files = files;
	sg_migrate_source src = {
	    .ctx = s, .description = "(built in)", .list = mem_list, .read = mem_read, .release = mem_release};
	return src;
}

static void count_events(const sg_migrate_event *ev, void *ud)
{
	int *counts = ud;
	counts[ev->kind]++;
}

/* The default options, with `src` as the source. */
static sg_migrate_options options_with(const sg_migrate_source *src)
{
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.source = src;
	return opts;
}

/* A runner on `url` reading `src`, its events to on_event(ud); fails the test when it cannot be made. */
static sg_migrate *runner_with(const char *url, const sg_migrate_source *src, sg_migrate_event_fn on_event, void *ud)
{
	sg_migrate_options opts = options_with(src);
	opts.database_url = url;
	opts.on_event = on_event;
	opts.userdata = ud;
	sg_migrate *m = NULL;
	sg_error err = {0};
	if (sg_migrate_new(&m, &opts, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	return m;
}

/* ---- the library in use ---- */

static void test_migrate_lib__with_a_source_of_its_own(void **state)
{
	fixture *f = *state;
	int released;
	sg_migrate_source src = mem_source_new(&released, mem_files);
	int counts[SG_MIGRATE_EVENT_KIND_COUNT] = {0};
	sg_migrate *m = runner_with(URL, &src, count_events, counts);
	sg_error err = {0};
	sg_migrate_result res;
	if (sg_migrate_up(m, 1, &res, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	assert_int_equal(res.count, 1);
	assert_string_equal(res.version_text, "000001");
	assert_int_equal(counts[SG_MIGRATE_EVENT_APPLIED], 1);
	assert_int_equal(sg_migrate_up(m, 0, &res, &err), 0);
	assert_int_equal(res.count, 1);
	assert_string_equal(res.version_text, "000002");
	int64_t v = 0;
	bool dirty = true;
	assert_int_equal(sg_migrate_version(m, &v, &dirty, &err), 0);
	assert_int_equal(v, 2);
	assert_false(dirty);
	/* 000002 has no down file: refused before anything runs. */
	assert_int_equal(sg_migrate_down(m, -1, &res, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "has no down file"));
	sg_error_clear(&err);
	assert_true(mt_table_exists(CONN, "mem_b"));
	sg_migrate_history *h = NULL;
	assert_int_equal(sg_migrate_history_get(m, &h, &err), 0);
	assert_int_equal(h->count, 2);
	assert_string_equal(h->entries[1].action, "up");
	assert_string_equal(h->entries[1].version_text, "000002");
	sg_migrate_history_free(h);
	sg_migrate_free(m);
	assert_int_equal(released, 1);
}

static void test_migrate_lib__on_start_switch(void **state)
{
	fixture *f = *state;
	mt_write(f->dir, "000001_a.up.sql", "CREATE TABLE a (id int);\n");
	sg_migrate_options opts;
	sg_migrate_options_init(&opts);
	opts.database_url = URL;
	opts.migrations_dir = f->dir;
	opts.schema = "ops";
	opts.table = "versions";
	sg_migrate_result res;
	sg_error err = {0};
	setenv(SG_MIGRATE_ON_START_ENV, "off", 1);
	assert_int_equal(sg_migrate_on_start(&opts, &res, &err), 0);
	assert_int_equal(res.count, 0);
	assert_false(mt_table_exists(CONN, "a"));
	unsetenv(SG_MIGRATE_ON_START_ENV);
	if (sg_migrate_on_start(&opts, &res, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	assert_int_equal(res.count, 1);
	assert_int_equal(res.version, 1);
	assert_string_equal(res.version_text, "000001");
	assert_int_equal(mt_count(CONN, "SELECT count(*) FROM ops.versions"), 1);
	/* Errors come back as values with their kind. */
	mt_write(f->dir, "000002_b.up.sql", "SELEC 1;\n");
	assert_int_equal(sg_migrate_on_start(&opts, &res, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	sg_error_clear(&err);
}

/* ---- who releases opts->source ---- */

static void test_migrate_lib__source_released_on_success_by_free(void **state)
{
	(void)state;
	int released;
	sg_migrate_source src = mem_source_new(&released, mem_files);
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
static void expect_refused_and_released(const mem_file *files, const char *table)
{
	int released;
	sg_migrate_source src = mem_source_new(&released, files);
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
	expect_refused_and_released(mem_files, ""); /* refused before the source is read */
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
	sg_migrate_source src = mem_source_new(&released, mem_files);
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
	fixture *f = *state;
	sg_test_db *db = f->db;
	int released;
	sg_migrate_source src = mem_source_new(&released, mem_files);
	sg_migrate *m = runner_with(db->url, &src, move_tracking_table, db);
	sg_error err = {0};
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
	    cmocka_unit_test_setup_teardown(test_migrate_lib__unreadable_version_is_a_failure, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_lib__on_start_switch, setup, teardown),
	    cmocka_unit_test_setup_teardown(test_migrate_lib__with_a_source_of_its_own, setup, teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
