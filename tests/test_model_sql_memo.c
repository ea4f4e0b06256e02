/*
 * The memo of parsed SQL fragments (model_sql.h): the same answers as parsing
 * each text, errors included, for types and expressions kept apart, across the
 * table's growth.
 */
#include <stdio.h>
#include <string.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <cmocka.h>

#include "model_sql.h"

static void expect_same_type(sg_sql_memo *memo, sg_arena *arena, const char *text)
{
	sg_sql_type a, b;
	const char *ma = NULL, *mb = NULL;
	int ra = sg_model_sql_type(arena, text, &a, &ma);
	int rb = sg_model_sql_type_memo(memo, text, &b, &mb);
	assert_int_equal(ra, rb);
	if (ra != 0) {
		assert_string_equal(ma, mb);
		return;
	}
	assert_true((a.schema == NULL) == (b.schema == NULL));
	if (a.schema)
		assert_string_equal(a.schema, b.schema);
	assert_string_equal(a.name, b.name);
	assert_int_equal(a.is_array, b.is_array);
	assert_int_equal(a.serial_bytes, b.serial_bytes);
}

static void expect_same_expr(sg_sql_memo *memo, sg_arena *arena, const char *text)
{
	sg_sql_columns a, b;
	const char *ma = NULL, *mb = NULL;
	int ra = sg_model_sql_expr(arena, text, &a, &ma);
	int rb = sg_model_sql_expr_memo(memo, text, &b, &mb);
	assert_int_equal(ra, rb);
	if (ra != 0) {
		assert_string_equal(ma, mb);
		return;
	}
	assert_int_equal(a.n, b.n);
	for (size_t i = 0; i < a.n; i++)
		assert_string_equal(a.names[i], b.names[i]);
}

static void test_memo__same_answers(void **state)
{
	(void)state;
	sg_arena *arena = sg_arena_new();
	sg_sql_memo *memo = sg_sql_memo_new(arena);
	assert_non_null(memo);
	static const char *const types[] = {"int",	     "bigserial",    "character varying(255)",
					    "text[]",	     "public.mood",  "timestamp with time zone",
					    "numeric(10,2)", "not a type (", "int"};
	static const char *const exprs[] = {"0", "now()", "a + b > c", "lower(email)", "((", "int", "0", "a + b > c"};
	/* Twice each: the second answer comes from the memo. */
	for (int round = 0; round < 2; round++) {
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++)
			expect_same_type(memo, arena, types[i]);
		for (size_t i = 0; i < sizeof(exprs) / sizeof(exprs[0]); i++)
			expect_same_expr(memo, arena, exprs[i]);
	}
	sg_sql_memo_free(memo);
	sg_arena_free(arena);
}

/* Many distinct texts: the table grows and every answer stays its own. */
static void test_memo__growth(void **state)
{
	(void)state;
	sg_arena *arena = sg_arena_new();
	sg_sql_memo *memo = sg_sql_memo_new(arena);
	char text[64];
	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < 500; i++) {
			snprintf(text, sizeof(text), "c%d + %d", i, i);
			sg_sql_columns cols;
			const char *msg = NULL;
			assert_int_equal(sg_model_sql_expr_memo(memo, text, &cols, &msg), 0);
			assert_int_equal(cols.n, 1);
			snprintf(text, sizeof(text), "c%d", i);
			assert_string_equal(cols.names[0], text);
			snprintf(text, sizeof(text), "varchar(%d)", i + 1);
			expect_same_type(memo, arena, text);
		}
	}
	sg_sql_memo_free(memo);
	sg_arena_free(arena);
}

/* A text that is not what was asked for is SG_SQL_INVALID, an answer the memo keeps; never SG_SQL_NOMEM. */
static void test_memo__invalid_text_code(void **state)
{
	(void)state;
	sg_arena *arena = sg_arena_new();
	sg_sql_memo *memo = sg_sql_memo_new(arena);
	assert_non_null(memo);
	static const char *const bad[] = {"((", "1) ; DROP TABLE t; SELECT (1", "a +"};
	for (int round = 0; round < 2; round++) {
		for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			sg_sql_columns cols;
			const char *msg = NULL;
			assert_int_equal(sg_model_sql_expr_memo(memo, bad[i], &cols, &msg), SG_SQL_INVALID);
			assert_non_null(msg);
			assert_int_equal(sg_model_sql_expr(arena, bad[i], &cols, &msg), SG_SQL_INVALID);
		}
		sg_sql_type type;
		const char *msg = NULL;
		assert_int_equal(sg_model_sql_type_memo(memo, "int NOT NULL", &type, &msg), SG_SQL_INVALID);
		assert_string_equal(msg, "not a type name alone");
	}
	sg_sql_memo_free(memo);
	sg_arena_free(arena);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_memo__same_answers),
	    cmocka_unit_test(test_memo__growth),
	    cmocka_unit_test(test_memo__invalid_text_code),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
