/* Unit tests for identifier and literal quoting (pg_dump's fmtId rules). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>

#include "quote.h"

static void test_quote__identifiers(void **state)
{
	(void)state;
	static const struct {
		const char *in, *out;
	} cases[] = {
	    {"users", "users"},
	    {"_private", "_private"},
	    {"t2", "t2"},
	    {"Users", "\"Users\""},
	    {"with space", "\"with space\""},
	    {"quo\"te", "\"quo\"\"te\""},
	    {"2fast", "\"2fast\""},
	    {"user", "\"user\""},   /* reserved */
	    {"order", "\"order\""}, /* reserved */
	    {"int", "\"int\""},	    /* column-name keyword */
	    {"left", "\"left\""},   /* type/function-name keyword */
	    {"name", "name"},	    /* unreserved: stays bare */
	    {"comment", "comment"}, /* unreserved */
	    {"status", "status"},
	    {"caf\xc3\xa9", "\"caf\xc3\xa9\""},
	    {"a$b", "\"a$b\""},
	    {"", "\"\""},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *q = sg_quote_ident_dup(cases[i].in);
		assert_string_equal(q, cases[i].out);
		free(q);
	}
}

static void test_quote__qualified(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_quote_qualified(&sb, "Sales", "order");
	assert_string_equal(sb.data, "\"Sales\".\"order\"");
	sg_strbuf_reset(&sb);
	sg_quote_qualified(&sb, NULL, "t");
	assert_string_equal(sb.data, "t");
	sg_strbuf_release(&sb);
}

static void test_quote__literals(void **state)
{
	(void)state;
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_quote_literal(&sb, "it's");
	assert_string_equal(sb.data, "'it''s'");
	sg_strbuf_reset(&sb);
	sg_quote_literal(&sb, "back\\slash");
	assert_string_equal(sb.data, "'back\\slash'");
	sg_strbuf_reset(&sb);
	sg_quote_literal(&sb, "");
	assert_string_equal(sb.data, "''");
	sg_strbuf_release(&sb);
}

static void test_quote__keyword_lookup(void **state)
{
	(void)state;
	assert_true(sg_quote_is_keyword("select"));
	assert_true(sg_quote_is_keyword("xmlserialize"));
	assert_true(sg_quote_is_keyword("all"));
	assert_false(sg_quote_is_keyword("SELECT")); /* identifiers are compared folded already */
	assert_false(sg_quote_is_keyword("email"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_quote__identifiers),
	    cmocka_unit_test(test_quote__qualified),
	    cmocka_unit_test(test_quote__literals),
	    cmocka_unit_test(test_quote__keyword_lookup),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
