/* Helpers of the catalog reader's integration suites (test_catalog.c, test_catalog_agree.c). */
#ifndef SG_TEST_CATALOG_UTIL_H
#define SG_TEST_CATALOG_UTIL_H

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "harness.h"

/* A NULL-terminated list of names, for assert_list(). */
#define LIST(...) ((const char *const[]){__VA_ARGS__, NULL})

/* Read `schema` (search_path the schema alone); fails the test on error. */
static inline sg_schema *load(PGconn *conn, const char *schema, sg_catalog_stats *stats)
{
	sg_catalog_options opts = {.schema = schema, .stats = stats};
	sg_schema *s = NULL;
	sg_error err = {0};
	if (sg_catalog_load(&s, conn, &opts, &err) != 0)
		fail_msg("sg_catalog_load: %s", sg_error_message(&err));
	assert_non_null(s);
	return s;
}

static inline const sg_table *table(const sg_schema *s, const char *name)
{
	const sg_table *t = sg_schema_find_table(s, name);
	if (!t)
		fail_msg("table '%s' not read", name);
	return t;
}

static inline const sg_column *column(const sg_table *t, const char *name)
{
	const sg_column *c = sg_table_find_column(t, name);
	if (!c)
		fail_msg("column '%s.%s' not read", t->name, name);
	return c;
}

static inline const sg_constraint *constraint(const sg_table *t, const char *name)
{
	const sg_constraint *c = sg_table_find_constraint(t, name);
	if (!c)
		fail_msg("constraint '%s' of '%s' not read", name, t->name);
	return c;
}

static inline const sg_index *index_of(const sg_table *t, const char *name)
{
	const sg_index *i = sg_table_find_index(t, name);
	if (!i)
		fail_msg("index '%s' of '%s' not read", name, t->name);
	return i;
}

/* NULL-safe string equality assertion with the field named in the failure. */
static inline void assert_text(const char *what, const char *want, const char *got)
{
	if (!want && !got)
		return;
	if (!want || !got || strcmp(want, got) != 0)
		fail_msg("%s: want %s%s%s, got %s%s%s", what, want ? "'" : "", want ? want : "NULL", want ? "'" : "",
			 got ? "'" : "", got ? got : "NULL", got ? "'" : "");
}

/* `list` (n items) equals the NULL-terminated `want`. */
static inline void assert_list(const char *what, const char *const *list, size_t n, const char *const *want)
{
	size_t nwant = 0;
	while (want[nwant])
		nwant++;
	if (n != nwant)
		fail_msg("%s: want %zu items, got %zu", what, nwant, n);
	for (size_t i = 0; i < n; i++)
		assert_text(what, want[i], list[i]);
}

static inline bool has_unmanaged(const sg_schema *s, const char *kind, const char *name)
{
	for (size_t i = 0; i < s->nunmanaged; i++)
		if (strcmp(s->unmanaged[i].kind, kind) == 0 && strcmp(s->unmanaged[i].name, name) == 0)
			return true;
	return false;
}

static inline bool has_unmanaged_kind(const sg_schema *s, const char *kind)
{
	for (size_t i = 0; i < s->nunmanaged; i++)
		if (strcmp(s->unmanaged[i].kind, kind) == 0)
			return true;
	return false;
}

#endif
