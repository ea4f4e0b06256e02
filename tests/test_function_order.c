/*
 * Unit tests of the order functions are created in (function_order.h), no
 * database: callees before the functions whose argument defaults and BEGIN
 * ATOMIC or RETURN bodies call them, string bodies and comments ignored,
 * overloads, quoted names, cycles.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "function_order.h"

/* The position of the function named `name` in `order`. */
static size_t position(const sg_schema *s, const size_t *order, const char *name, const char *types)
{
	for (size_t o = 0; o < s->nfunctions; o++) {
		const sg_function *f = &s->functions[order[o]];
		if (strcmp(f->name, name) == 0 && (!types || strcmp(f->types, types) == 0))
			return o;
	}
	fail_msg("no function %s", name);
	return 0;
}

static size_t *ordered(sg_schema *s, sg_function *fns, size_t n)
{
	memset(s, 0, sizeof(*s));
	s->functions = fns;
	s->nfunctions = n;
	size_t *order = sg_function_order(s);
	assert_non_null(order);
	/* Every function exactly once. */
	bool seen[16] = {false};
	for (size_t o = 0; o < n; o++) {
		assert_true(order[o] < n && !seen[order[o]]);
		seen[order[o]] = true;
	}
	return order;
}

static void test_function_order__callees_first(void **state)
{
	(void)state;
	sg_function fns[] = {
	    {.name = "a_price",
	     .types = "integer",
	     .definition = "CREATE FUNCTION a_price(r int DEFAULT base_rate()) RETURNS int LANGUAGE sql RETURN r * 2;"},
	    {.name = "a_total",
	     .types = "",
	     .definition = "CREATE FUNCTION a_total() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT mid ( ) * 3; END;"},
	    {.name = "base_rate", .types = "", .definition = "CREATE FUNCTION base_rate() RETURNS int RETURN 7;"},
	    {.name = "mid", .types = "", .definition = "CREATE FUNCTION mid() RETURNS int RETURN a_price() + 1;"},
	};
	sg_schema s;
	size_t *order = ordered(&s, fns, 4);
	assert_true(position(&s, order, "base_rate", NULL) < position(&s, order, "a_price", NULL));
	assert_true(position(&s, order, "a_price", NULL) < position(&s, order, "mid", NULL));
	assert_true(position(&s, order, "mid", NULL) < position(&s, order, "a_total", NULL));
	free(order);
}

static void test_function_order__strings_and_comments_ignored(void **state)
{
	(void)state;
	/* Nothing to resolve at creation: the schema's order stays. */
	sg_function fns[] = {
	    {.name = "a",
	     .types = "",
	     .definition = "CREATE FUNCTION a() RETURNS int LANGUAGE plpgsql AS $x$ BEGIN RETURN b(); END $x$;"},
	    {.name = "b",
	     .types = "",
	     .definition = "CREATE FUNCTION b() RETURNS text LANGUAGE sql -- c()\nRETURN 'c()' || 'it''s d()';"},
	    {.name = "c", .types = "", .definition = "CREATE FUNCTION c() RETURNS int LANGUAGE sql AS 'SELECT d()';"},
	    {.name = "d", .types = "", .definition = "CREATE FUNCTION d() RETURNS int RETURN 1;"},
	};
	sg_schema s;
	size_t *order = ordered(&s, fns, 4);
	for (size_t o = 0; o < 4; o++)
		assert_int_equal(order[o], o);
	free(order);
}

static void test_function_order__overloads_quoted_and_cycles(void **state)
{
	(void)state;
	sg_function fns[] = {
	    {.name = "Caller",
	     .types = "",
	     .definition = "CREATE FUNCTION \"Caller\"() RETURNS int RETURN f(1) + f('x');"},
	    {.name = "f", .types = "integer", .definition = "CREATE FUNCTION f(int) RETURNS int RETURN \"G\"();"},
	    {.name = "f", .types = "text", .definition = "CREATE FUNCTION f(text) RETURNS int RETURN 2;"},
	    {.name = "G", .types = "", .definition = "CREATE FUNCTION \"G\"() RETURNS int RETURN 3;"},
	    /* A cycle (x calls y, y calls x) cannot be created anyway: both placed, once. */
	    {.name = "x", .types = "", .definition = "CREATE FUNCTION x() RETURNS int RETURN y();"},
	    {.name = "y", .types = "", .definition = "CREATE FUNCTION y() RETURNS int RETURN x() + g();"},
	};
	sg_schema s;
	size_t *order = ordered(&s, fns, 6);
	assert_true(position(&s, order, "G", NULL) < position(&s, order, "f", "integer"));
	assert_true(position(&s, order, "f", "integer") < position(&s, order, "Caller", NULL));
	assert_true(position(&s, order, "f", "text") < position(&s, order, "Caller", NULL));
	free(order);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_function_order__callees_first),
	    cmocka_unit_test(test_function_order__strings_and_comments_ignored),
	    cmocka_unit_test(test_function_order__overloads_quoted_and_cycles),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
