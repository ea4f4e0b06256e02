/*
 * Unit tests of what the `schemagen` commands write (generator/commands/
 * output.c): a builder whose allocation failed writes no file and prints
 * nothing, and a file is whole or absent, with no temporary file left,
 * whatever fails.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "output.h"

/* A fresh directory for one test, removed (with its files) by its teardown. */
static int setup_dir(void **state)
{
	char *dir = strdup("/tmp/sg_test_output_XXXXXX");
	if (!dir || !mkdtemp(dir)) {
		free(dir);
		return -1;
	}
	*state = dir;
	return 0;
}

static int teardown_dir(void **state)
{
	char *dir = *state;
	DIR *dh = opendir(dir);
	struct dirent *de;
	while (dh && (de = readdir(dh))) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		char path[4096];
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		unlink(path);
	}
	if (dh)
		closedir(dh);
	rmdir(dir);
	free(dir);
	return 0;
}

/* The number of entries of dir besides . and .. */
static size_t entries(const char *dir)
{
	DIR *dh = opendir(dir);
	assert_non_null(dh);
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dh)))
		n += strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0;
	closedir(dh);
	return n;
}

/* The whole content of a file (malloc'd), or NULL when it does not exist. */
static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *buf = calloc(1, 1 << 16);
	assert_non_null(buf);
	size_t n = fread(buf, 1, (1 << 16) - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void put(const char *path, const char *text)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

/* A builder holding the start of a migration whose next append ran out of memory. */
static void failed_builder(sg_strbuf *sb)
{
	sg_strbuf_adds(sb, "BEGIN;\nCREATE TABLE t (\n");
	assert_false(sg_strbuf_grow(sb, SIZE_MAX)); /* refused as out of memory: the flag sticks */
	sg_strbuf_adds(sb, "  id integer\n);\nCOMMIT;\n");
	assert_true(sg_strbuf_failed(sb));
}

static void test_output__failed_builder_writes_no_file(void **state)
{
	const char *dir = *state;
	char path[4096];
	snprintf(path, sizeof(path), "%s/000001_a.up.sql", dir);
	sg_strbuf sb = SG_STRBUF_INIT;
	failed_builder(&sb);
	sg_error err = {0};
	assert_int_equal(sg_output_write_builder(path, &sb, 0644, false, &err), -1);
	assert_int_equal(err.kind, SG_ERR_SYSTEM);
	assert_non_null(strstr(sg_error_message(&err), "out of memory"));
	assert_int_equal(entries(dir), 0);
	sg_error_clear(&err);
	sg_strbuf_release(&sb);
}

static void test_output__failed_builder_keeps_the_old_file(void **state)
{
	const char *dir = *state;
	char path[4096];
	snprintf(path, sizeof(path), "%s/schema.yaml", dir);
	put(path, "schema: public\n");
	sg_strbuf sb = SG_STRBUF_INIT;
	failed_builder(&sb);
	sg_error err = {0};
	assert_int_equal(sg_output_write_builder(path, &sb, 0666, true, &err), -1);
	char *text = slurp(path);
	assert_string_equal(text, "schema: public\n");
	assert_int_equal(entries(dir), 1);
	free(text);
	sg_error_clear(&err);
	sg_strbuf_release(&sb);
}

static void test_output__failed_builder_prints_nothing(void **state)
{
	(void)state;
	FILE *out = tmpfile();
	assert_non_null(out);
	sg_strbuf sb = SG_STRBUF_INIT;
	failed_builder(&sb);
	sg_error err = {0};
	assert_int_equal(sg_output_print(out, &sb, &err), -1);
	assert_int_equal(err.kind, SG_ERR_SYSTEM);
	assert_int_equal(ftell(out), 0);
	fclose(out);
	sg_error_clear(&err);
	sg_strbuf_release(&sb);
}

static void test_output__prints_the_text(void **state)
{
	(void)state;
	FILE *out = tmpfile();
	assert_non_null(out);
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "-- plan\n");
	sg_error err = {0};
	assert_int_equal(sg_output_print(out, &sb, &err), 0);
	assert_int_equal(ftell(out), 8);
	fclose(out);
	sg_strbuf_release(&sb);
}

static void test_output__a_stream_that_fails_is_an_error(void **state)
{
	(void)state;
	FILE *full = fopen("/dev/full", "w");
	if (!full)
		skip(); /* no /dev/full on this system */
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_adds(&sb, "-- plan\n");
	sg_error err = {0};
	assert_int_equal(sg_output_print(full, &sb, &err), -1);
	assert_int_equal(err.kind, SG_ERR_SYSTEM);
	fclose(full);
	sg_error_clear(&err);
	sg_strbuf_release(&sb);
}

static void test_output__writes_and_replaces(void **state)
{
	const char *dir = *state;
	char path[4096];
	snprintf(path, sizeof(path), "%s/schema.yaml", dir);
	sg_error err = {0};
	assert_int_equal(sg_output_write_file(path, "a: 1\n", 5, 0666, true, &err), 0);
	assert_int_equal(sg_output_write_file(path, "b: 2\n", 5, 0666, true, &err), 0);
	char *text = slurp(path);
	assert_string_equal(text, "b: 2\n");
	free(text);
	assert_int_equal(entries(dir), 1);
}

static void test_output__never_replaces_without_replace(void **state)
{
	const char *dir = *state;
	char path[4096];
	snprintf(path, sizeof(path), "%s/000001_a.up.sql", dir);
	put(path, "SELECT 1;\n");
	sg_error err = {0};
	assert_int_equal(sg_output_write_file(path, "SELECT 2;\n", 10, 0644, false, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "cannot create '"));
	char *text = slurp(path);
	assert_string_equal(text, "SELECT 1;\n");
	free(text);
	assert_int_equal(entries(dir), 1);
	sg_error_clear(&err);
}

static void test_output__a_failed_write_leaves_no_file(void **state)
{
	const char *dir = *state;
	char path[4096];
	snprintf(path, sizeof(path), "%s/000001_a.up.sql", dir);
	/* Files may not grow past 4 KiB: the write fails with EFBIG half way. */
	struct rlimit old, small;
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	small = old;
	small.rlim_cur = 4096;
	void (*old_handler)(int) = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &small), 0);
	size_t len = 64 * 1024;
	char *text = malloc(len);
	assert_non_null(text);
	memset(text, 'x', len);
	sg_error err = {0};
	int rc = sg_output_write_file(path, text, len, 0644, false, &err);
	setrlimit(RLIMIT_FSIZE, &old);
	signal(SIGXFSZ, old_handler);
	assert_int_equal(rc, -1);
	assert_int_equal(err.kind, SG_ERR_SYSTEM);
	assert_int_equal(entries(dir), 0);
	free(text);
	sg_error_clear(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_output__failed_builder_writes_no_file, setup_dir, teardown_dir),
	    cmocka_unit_test_setup_teardown(test_output__failed_builder_keeps_the_old_file, setup_dir, teardown_dir),
	    cmocka_unit_test(test_output__failed_builder_prints_nothing),
	    cmocka_unit_test(test_output__prints_the_text),
	    cmocka_unit_test(test_output__a_stream_that_fails_is_an_error),
	    cmocka_unit_test_setup_teardown(test_output__writes_and_replaces, setup_dir, teardown_dir),
	    cmocka_unit_test_setup_teardown(test_output__never_replaces_without_replace, setup_dir, teardown_dir),
	    cmocka_unit_test_setup_teardown(test_output__a_failed_write_leaves_no_file, setup_dir, teardown_dir),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
