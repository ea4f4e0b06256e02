/*
 * Unit tests for colmap.c: identifiers found and rewritten in deparsed text,
 * column matching with renamed_from, and rename ordering (no database).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "colmap.h"

static void expect_rename(const char *text, const char *from, const char *to, const char *want)
{
	sg_strbuf out = SG_STRBUF_INIT;
	const char *f[] = {from}, *t[] = {to};
	sg_expr_rename(&out, text, f, t, 1);
	assert_string_equal(out.data, want);
	sg_strbuf_release(&out);
}

static void test_colmap__rename_skips_literals_types_functions(void **state)
{
	(void)state;
	expect_rename("(score * 2)", "score", "points", "(points * 2)");
	expect_rename("((score >= 0) AND (note <> 'score'::text))", "score", "points",
		      "((points >= 0) AND (note <> 'score'::text))");
	/* a function or type of the same name is not the column */
	expect_rename("score(score)", "score", "points", "score(points)");
	expect_rename("(x)::score", "score", "points", "(x)::score");
	expect_rename("(x)::character varying", "varying", "v2", "(x)::character varying");
	expect_rename("(x)::timestamp(3) with time zone = zone", "zone", "z", "(x)::timestamp(3) with time zone = z");
	expect_rename("(x)::numeric(10,2) + score", "score", "s", "(x)::numeric(10,2) + s");
	/* qualified names and E'' strings */
	expect_rename("public.score(t.score, score)", "score", "s", "public.score(t.score, s)");
	expect_rename("E'it''s \\' score' || score", "score", "s", "E'it''s \\' score' || s");
	/* quoted identifiers, and names that need quotes */
	expect_rename("(\"Mixed Case\" + 1)", "Mixed Case", "plain", "(plain + 1)");
	expect_rename("(plain + 1)", "plain", "Mixed Case", "(\"Mixed Case\" + 1)");
	expect_rename("(\"user\" * 2)", "user", "owner", "(owner * 2)");
	/* dollar quotes and parameters */
	expect_rename("$$score$$ || $1 || score", "score", "s", "$$score$$ || $1 || s");
}

static void test_colmap__rename_is_simultaneous(void **state)
{
	(void)state;
	sg_strbuf out = SG_STRBUF_INIT;
	const char *from[] = {"a", "b"}, *to[] = {"b", "a"};
	sg_expr_rename(&out, "(a - b)", from, to, 2);
	assert_string_equal(out.data, "(b - a)");
	sg_strbuf_release(&out);
}

static void test_colmap__mentions(void **state)
{
	(void)state;
	assert_true(sg_expr_mentions("(qty * price)", "qty"));
	assert_false(sg_expr_mentions("(qty * price)", "q"));
	assert_false(sg_expr_mentions("upper('qty'::text)", "qty"));
	assert_false(sg_expr_mentions("qty(1)", "qty"));
	assert_true(sg_expr_mentions("(\"Qty\" + 1)", "Qty"));
	assert_false(sg_expr_mentions(NULL, "qty"));
}

static sg_column col(const char *name, const char *renamed_from)
{
	sg_column c = {.name = name, .renamed_from = renamed_from, .type = "text", .nullable = true};
	return c;
}

static void test_colmap__renamed_from_wins_over_a_taken_name(void **state)
{
	(void)state;
	/* drop a, rename b to a: the desired a continues b, the current a is dropped */
	sg_column cur_cols[] = {col("a", NULL), col("b", NULL)};
	sg_column want_cols[] = {col("a", "b")};
	sg_table cur = {.name = "t", .columns = cur_cols, .ncolumns = 2};
	sg_table want = {.name = "t", .columns = want_cols, .ncolumns = 1};
	sg_colmap m;
	assert_int_equal(sg_colmap_init(&m, &cur, &want), 0);
	assert_ptr_equal(m.want_to_cur[0], &cur_cols[1]);
	assert_null(m.cur_to_want[0]);
	assert_null(sg_colmap_want(&m, "a"));
	assert_string_equal(sg_colmap_want(&m, "b")->name, "a");
	sg_colmap_release(&m);
}

static void test_colmap__stale_hint_is_ignored(void **state)
{
	(void)state;
	/* the rename happened long ago, and a new column took the old name */
	sg_column cur_cols[] = {col("a", NULL), col("b", NULL)};
	sg_column want_cols[] = {col("a", "b"), col("b", NULL)};
	sg_table cur = {.name = "t", .columns = cur_cols, .ncolumns = 2};
	sg_table want = {.name = "t", .columns = want_cols, .ncolumns = 2};
	sg_colmap m;
	assert_int_equal(sg_colmap_init(&m, &cur, &want), 0);
	assert_ptr_equal(m.want_to_cur[0], &cur_cols[0]);
	assert_ptr_equal(m.want_to_cur[1], &cur_cols[1]);
	sg_colmap_release(&m);
}

static void test_colmap__rename_order_chains_and_cycles(void **state)
{
	(void)state;
	sg_rename_list list;
	/* a -> b while b -> c: c first */
	const char *from[] = {"a", "b"}, *to[] = {"b", "c"}, *taken[] = {"a", "b"};
	assert_int_equal(sg_rename_order(&list, from, to, 2, taken, 2), 0);
	assert_int_equal(list.nsteps, 2);
	assert_string_equal(list.steps[0].from, "b");
	assert_string_equal(list.steps[0].to, "c");
	assert_string_equal(list.steps[1].from, "a");
	sg_rename_list_release(&list);
	/* a swap goes through a temporary name that nothing uses */
	const char *sf[] = {"x", "y"}, *st[] = {"y", "x"}, *staken[] = {"x", "y", "x_sg_tmp"};
	assert_int_equal(sg_rename_order(&list, sf, st, 2, staken, 3), 0);
	assert_int_equal(list.nsteps, 3);
	assert_string_equal(list.steps[0].from, "x");
	assert_string_equal(list.steps[0].to, "x_sg_tmp2");
	assert_string_equal(list.steps[1].from, "y");
	assert_string_equal(list.steps[1].to, "x");
	assert_string_equal(list.steps[2].from, "x_sg_tmp2");
	assert_string_equal(list.steps[2].to, "y");
	sg_rename_list_release(&list);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_colmap__rename_skips_literals_types_functions),
	    cmocka_unit_test(test_colmap__rename_is_simultaneous),
	    cmocka_unit_test(test_colmap__mentions),
	    cmocka_unit_test(test_colmap__renamed_from_wins_over_a_taken_name),
	    cmocka_unit_test(test_colmap__stale_hint_is_ignored),
	    cmocka_unit_test(test_colmap__rename_order_chains_and_cycles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
