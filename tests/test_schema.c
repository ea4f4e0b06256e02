/* Unit tests for the arena and the shared schema graph. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdint.h>
#include <string.h>

#include "arena.h"
#include "schema.h"

static void test_schema__arena_many_and_large(void **state)
{
	(void)state;
	sg_arena *a = sg_arena_new();
	int packed = 0;
	for (int i = 0; i < 20000; i++) {
		char *s = sg_arena_strdup(a, "column_name");
		assert_string_equal(s, "column_name");
		/* Strings are packed (not each rounded up to max_align_t); what follows them is aligned again. */
		char *t = sg_arena_strdup(a, "int");
		packed += t == s + sizeof("column_name");
		assert_string_equal(t, "int");
		int64_t *n = sg_arena_alloc(a, sizeof(*n));
		assert_int_equal((uintptr_t)n % _Alignof(max_align_t), 0);
		assert_int_equal(*n, 0);
	}
	/* All but the pairs a chunk's end separates. */
	assert_true(packed > 19000);
	unsigned char *big = sg_arena_alloc(a, 1 << 20);
	assert_non_null(big);
	assert_int_equal(big[(1 << 20) - 1], 0);
	char *small = sg_arena_strndup(a, "abcdef", 3);
	assert_string_equal(small, "abc");
	assert_null(sg_arena_strdup(a, NULL));
	assert_null(sg_arena_array(a, SIZE_MAX / 2, 4));
	assert_true(sg_arena_used(a) >= (1 << 20));
	sg_arena_free(a);
	sg_arena_free(NULL);
}

static void test_schema__sort_and_find(void **state)
{
	(void)state;
	sg_schema *s = sg_schema_new(NULL);
	assert_string_equal(s->name, "public");
	const char *names[] = {"users", "orgs", "posts", "Zebra", "comments"};
	s->ntables = 5;
	s->tables = sg_arena_array(s->arena, 5, sizeof(sg_table));
	for (int i = 0; i < 5; i++)
		s->tables[i].name = sg_arena_strdup(s->arena, names[i]);
	sg_table *posts = &s->tables[2];
	posts->nconstraints = 2;
	posts->constraints = sg_arena_array(s->arena, 2, sizeof(sg_constraint));
	posts->constraints[0] = (sg_constraint){.kind = SG_CON_UNIQUE, .name = "posts_slug_key"};
	posts->constraints[1] = (sg_constraint){.kind = SG_CON_PRIMARY_KEY, .name = "posts_pkey"};
	sg_schema_sort(s);
	assert_string_equal(s->tables[0].name, "Zebra"); /* strcmp order, as the catalog's name type */
	assert_string_equal(s->tables[4].name, "users");
	sg_table *t = sg_schema_find_table(s, "posts");
	assert_non_null(t);
	assert_string_equal(t->constraints[0].name, "posts_pkey");
	assert_ptr_equal(sg_table_primary_key(t), &t->constraints[0]);
	assert_null(sg_schema_find_table(s, "missing"));
	assert_null(sg_schema_find_enum(s, "missing"));
	assert_string_equal(sg_fk_action_sql(SG_FK_SET_NULL), "SET NULL");
	sg_schema_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_schema__arena_many_and_large),
	    cmocka_unit_test(test_schema__sort_and_find),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
