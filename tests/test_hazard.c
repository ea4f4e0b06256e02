/* Unit tests of the hazards of type changes and defaults (generator/plan/hazard.c). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "hazard.h"

static void test_hazard__type_changes(void **state)
{
	(void)state;
	static const struct {
		const char *from, *to;
		sg_type_change want;
	} cases[] = {
	    {"character varying(10)", "character varying(20)", SG_TYPE_CHANGE_FREE},
	    {"character varying(20)", "character varying(10)", SG_TYPE_CHANGE_LOSSY},
	    {"character varying(20)", "text", SG_TYPE_CHANGE_FREE},
	    {"character varying(20)", "character varying", SG_TYPE_CHANGE_FREE},
	    {"text", "character varying(20)", SG_TYPE_CHANGE_LOSSY},
	    {"text", "character varying", SG_TYPE_CHANGE_FREE},
	    {"numeric(10,2)", "numeric(12,2)", SG_TYPE_CHANGE_FREE},
	    {"numeric(10,2)", "numeric(10,3)", SG_TYPE_CHANGE_LOSSY},
	    {"numeric(10,2)", "numeric(12,3)", SG_TYPE_CHANGE_WIDEN},
	    {"numeric(10,2)", "numeric", SG_TYPE_CHANGE_FREE},
	    {"integer", "bigint", SG_TYPE_CHANGE_WIDEN},
	    {"bigint", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"smallint", "numeric", SG_TYPE_CHANGE_WIDEN},
	    {"real", "double precision", SG_TYPE_CHANGE_WIDEN},
	    {"double precision", "real", SG_TYPE_CHANGE_LOSSY},
	    {"integer", "text", SG_TYPE_CHANGE_WIDEN},
	    {"text", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"integer[]", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"timestamp(3) without time zone", "timestamp(6) without time zone", SG_TYPE_CHANGE_FREE},
	    {"timestamp without time zone", "timestamp with time zone", SG_TYPE_CHANGE_WIDEN},
	    {"uuid", "uuid", SG_TYPE_CHANGE_FREE},
	    {"uuid", "text", SG_TYPE_CHANGE_WIDEN},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sg_type_change got = sg_hazard_type_change(cases[i].from, cases[i].to);
		if (got != cases[i].want)
			fail_msg("%s -> %s: got %d, want %d", cases[i].from, cases[i].to, got, cases[i].want);
	}
}

static void test_hazard__volatile_defaults(void **state)
{
	(void)state;
	assert_true(sg_hazard_default_is_volatile("gen_random_uuid()"));
	assert_true(sg_hazard_default_is_volatile("nextval('users_id_seq'::regclass)"));
	assert_true(sg_hazard_default_is_volatile("(random() * (10)::double precision)"));
	assert_false(sg_hazard_default_is_volatile("now()"));
	assert_false(sg_hazard_default_is_volatile("CURRENT_TIMESTAMP"));
	assert_false(sg_hazard_default_is_volatile("my_random()"));
	assert_false(sg_hazard_default_is_volatile("0"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hazard__type_changes),
	    cmocka_unit_test(test_hazard__volatile_defaults),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
