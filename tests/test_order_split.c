/*
 * A main step too large for one transaction's locks is cut into parts
 * (order.h): order kept, every part within the budget, parts named
 * NAME_part2..., the other steps untouched, small plans not cut.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "order.h"
#include "plan.h"

/* A plan of `tables` new tables, each with an index and a foreign key, plus one new enum value. */
static sg_plan *big_plan(size_t tables)
{
	sg_plan *plan = sg_plan_new();
	assert_non_null(plan);
	sg_op *e = sg_plan_add(plan, SG_PHASE_ENUM_ADD_VALUE);
	assert_non_null(e);
	e->summary = "add values to enum mood";
	/* sg_plan_add() may move the operations: fill each before adding the next. */
	static const struct {
		sg_phase phase;
		const char *summary;
	} kinds[] = {
	    {SG_PHASE_CREATE_TABLE, "create table"},
	    {SG_PHASE_CREATE_INDEX, "create index"},
	    {SG_PHASE_ADD_FOREIGN_KEY, "add foreign key"},
	};
	for (size_t i = 0; i < tables; i++)
		for (size_t k = 0; k < 3; k++) {
			sg_op *op = sg_plan_add(plan, kinds[k].phase);
			assert_non_null(op);
			op->summary = kinds[k].summary;
		}
	return plan;
}

static void test_order_split__parts_within_budget(void **state)
{
	(void)state;
	sg_plan *plan = big_plan(100); /* 100 x (6 + 2 + 2) = 1,000 */
	sg_steps steps;
	assert_int_equal(sg_order_plan_limit(&steps, plan, 300), 0);
	/* enum values, then 1,000 / 300 -> 4 parts of the main step */
	assert_int_equal(steps.nsteps, 5);
	assert_int_equal(steps.steps[0].kind, SG_STEP_ENUM_VALUES);
	assert_string_equal(steps.steps[0].name_suffix, "_enum_values");
	size_t seen = 0;
	const sg_op *prev = NULL;
	for (size_t s = 1; s < steps.nsteps; s++) {
		const sg_step *st = &steps.steps[s];
		assert_int_equal(st->kind, SG_STEP_MAIN);
		assert_true(st->transactional);
		char want[32];
		snprintf(want, sizeof(want), s == 1 ? "" : "_part%zu", s);
		assert_string_equal(st->name_suffix, want);
		size_t weight = 0;
		for (size_t k = 0; k < st->nops; k++) {
			weight += sg_order_lock_weight(st->ops[k]);
			/* The plan's order (phase, then insertion) runs on across parts. */
			if (prev)
				assert_true(prev->phase < st->ops[k]->phase ||
					    (prev->phase == st->ops[k]->phase && prev->seq < st->ops[k]->seq));
			prev = st->ops[k];
		}
		assert_true(weight <= 300);
		seen += st->nops;
	}
	assert_int_equal(seen, 300);
	sg_steps_release(&steps);
	sg_plan_free(plan);
}

static void test_order_split__small_plan_is_one_step(void **state)
{
	(void)state;
	sg_plan *plan = big_plan(10);
	sg_steps steps;
	assert_int_equal(sg_order_plan(&steps, plan), 0);
	assert_int_equal(steps.nsteps, 2);
	assert_string_equal(steps.steps[1].name_suffix, "");
	assert_int_equal(steps.steps[1].nops, 30);
	sg_steps_release(&steps);
	sg_plan_free(plan);
}

/* 10,000 new tables: the default budget cuts them into parts a default server can hold. */
static void test_order_split__ten_thousand_tables(void **state)
{
	(void)state;
	sg_plan *plan = big_plan(10000);
	sg_steps steps;
	assert_int_equal(sg_order_plan(&steps, plan), 0);
	assert_true(steps.nsteps > 30);
	for (size_t s = 1; s < steps.nsteps; s++) {
		size_t weight = 0;
		for (size_t k = 0; k < steps.steps[s].nops; k++)
			weight += sg_order_lock_weight(steps.steps[s].ops[k]);
		assert_true(weight <= SG_ORDER_MAX_LOCKS);
	}
	sg_steps_release(&steps);
	sg_plan_free(plan);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_order_split__parts_within_budget),
	    cmocka_unit_test(test_order_split__small_plan_is_one_step),
	    cmocka_unit_test(test_order_split__ten_thousand_tables),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
