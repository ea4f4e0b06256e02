/*
 * Golden cases of the models loader, as data: every folder under
 * tests/models/ holds model files (*.yaml) and expected.txt, the diagnostics
 * followed by the loaded schema in schema_print's text form (or "invalid"
 * when loading fails).  A folder whose models live elsewhere names that
 * directory, relative to the source root, in a file called `models_dir`
 * (the example application's models/ is checked this way).
 *
 * SG_UPDATE_GOLDEN=1 rewrites expected.txt instead of comparing, for
 * reviewing a deliberate change with git diff.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model.h"
#include "schema_print.h"
#include "strbuf.h"

#ifndef SG_SOURCE_ROOT
#error "SG_SOURCE_ROOT must name the source tree"
#endif

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	sg_strbuf sb = SG_STRBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sg_strbuf_add(&sb, buf, n);
	fclose(f);
	return sg_strbuf_detach(&sb, NULL);
}

/* The case's output, with the case directory's path removed from file names. */
static char *run_case(const char *dir)
{
	sg_strbuf models = SG_STRBUF_INIT, prefix = SG_STRBUF_INIT, out = SG_STRBUF_INIT;
	sg_strbuf_addf(&models, "%s/models_dir", dir);
	char *redirect = slurp(models.data);
	sg_strbuf_reset(&models);
	if (redirect) {
		redirect[strcspn(redirect, "\n")] = '\0';
		sg_strbuf_addf(&models, "%s/%s", SG_SOURCE_ROOT, redirect);
		free(redirect);
	} else {
		sg_strbuf_adds(&models, dir);
	}
	sg_strbuf_addf(&prefix, "%s/", models.data);
	sg_schema *s = NULL;
	sg_model_diags diags = {0};
	sg_error err = {0};
	int rc = sg_model_load_dir(&s, models.data, &diags, &err);
	for (size_t i = 0; i < diags.count; i++) {
		sg_strbuf_addf(&out, "%s: ", diags.items[i].severity == SG_MODEL_ERROR ? "error" : "warning");
		for (const char *t = diags.items[i].text; *t;) {
			if (strncmp(t, prefix.data, prefix.len) == 0) {
				t += prefix.len;
				continue;
			}
			sg_strbuf_addch(&out, *t++);
		}
		sg_strbuf_addch(&out, '\n');
	}
	if (rc == 0)
		sg_schema_print(&out, s);
	else
		sg_strbuf_adds(&out, "invalid\n");
	assert_true(rc == 0 || diags.nerrors > 0);
	sg_schema_free(s);
	sg_model_diags_release(&diags);
	sg_error_clear(&err);
	sg_strbuf_release(&models);
	sg_strbuf_release(&prefix);
	assert_false(sg_strbuf_failed(&out));
	return sg_strbuf_detach(&out, NULL);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_model_golden__cases(void **state)
{
	(void)state;
	const char *root = SG_SOURCE_ROOT "/tests/models";
	DIR *dh = opendir(root);
	assert_non_null(dh);
	char *names[256];
	size_t n = 0;
	struct dirent *de;
	while ((de = readdir(dh)) && n < 256)
		if (de->d_name[0] != '.')
			names[n++] = strdup(de->d_name);
	closedir(dh);
	qsort(names, n, sizeof(char *), cmp_str);
	assert_true(n >= 5);
	bool update = getenv("SG_UPDATE_GOLDEN") && strcmp(getenv("SG_UPDATE_GOLDEN"), "1") == 0;
	int failures = 0;
	for (size_t i = 0; i < n; i++) {
		char dir[1024], expected_path[1100];
		snprintf(dir, sizeof(dir), "%s/%s", root, names[i]);
		snprintf(expected_path, sizeof(expected_path), "%s/expected.txt", dir);
		char *got = run_case(dir);
		char *want = slurp(expected_path);
		if (update) {
			FILE *f = fopen(expected_path, "w");
			assert_non_null(f);
			fputs(got, f);
			fclose(f);
		} else if (!want || strcmp(got, want) != 0) {
			print_error("golden case '%s' differs\n--- expected\n%s--- got\n%s", names[i],
				    want ? want : "(none)\n", got);
			failures++;
		}
		free(got);
		free(want);
		free(names[i]);
	}
	assert_int_equal(failures, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model_golden__cases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
