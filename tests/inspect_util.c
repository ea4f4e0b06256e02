/*
 * What the suites of `schemagen inspect` share (test_inspect.c,
 * test_inspect_notes.c): loading the files inspect wrote back through the
 * models loader, and checking that they give the schema they came from.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "inspect_util.h"
#include "verbatim.h"

sg_schema *load_result(const sg_inspect_result *r)
{
	sg_model_source *src = calloc(r->nfiles, sizeof(*src));
	assert_non_null(src);
	for (size_t i = 0; i < r->nfiles; i++)
		src[i] = (sg_model_source){r->files[i].name, r->files[i].text, r->files[i].len};
	sg_schema *loaded = NULL;
	sg_model_diags diags = {0};
	sg_error err = {0};
	int rc = sg_model_load_sources(&loaded, src, r->nfiles, &diags, &err);
	for (size_t i = 0; rc != 0 && i < diags.count; i++)
		print_error("  %s\n", diags.items[i].text);
	assert_int_equal(rc, 0);
	free(src);
	sg_model_diags_release(&diags);
	sg_error_clear(&err);
	return loaded;
}

/* Every table, enum and extension of `want` loads back from the models exactly (verbatim.h), names included. */
void assert_loads_back_verbatim(const sg_inspect_result *r, const sg_schema *want, const char *skip_table)
{
	sg_schema *loaded = load_result(r);
	assert_string_equal(loaded->name, want->name);
	assert_int_equal(loaded->ntables, want->ntables);
	for (size_t i = 0; i < want->ntables; i++) {
		const sg_table *m = sg_schema_find_table(loaded, want->tables[i].name);
		assert_non_null(m);
		if (skip_table && strcmp(skip_table, m->name) == 0)
			continue;
		if (!sg_verbatim_table(m, &want->tables[i]))
			fail_msg("table '%s' does not load back verbatim", m->name);
	}
	assert_int_equal(loaded->nenums, want->nenums);
	for (size_t i = 0; i < want->nenums; i++)
		assert_true(sg_verbatim_enum(&loaded->enums[i], &want->enums[i]));
	assert_int_equal(loaded->nextensions, want->nextensions);
	for (size_t i = 0; i < want->nextensions; i++)
		assert_string_equal(loaded->extensions[i].name, want->extensions[i].name);
	sg_schema_free(loaded);
}
