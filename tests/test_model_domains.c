/*
 * Unit tests of the models' `domains:` (generator/models/model_domains.c):
 * the conversion, PostgreSQL's names for unnamed checks, and every
 * diagnostic with its file, line and column.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit_util.h"

/* Loads without a diagnostic. */
static sg_schema *expect_ok(const char *yaml)
{
	ut_loaded l;
	ut_load(&l, yaml);
	if (l.rc != 0 || l.diags.count)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.diags.count, 0);
	sg_schema *s = l.schema;
	l.schema = NULL;
	ut_release(&l);
	return s;
}

static void test_model_domains__converted(void **state)
{
	(void)state;
	sg_schema *s = expect_ok("domains:\n"
				 "  - name: posint\n"
				 "    type: int\n"
				 "    nullable: false\n"
				 "    default: '1'\n"
				 "    comment: positive\n"
				 "    checks:\n"
				 "      - expression: VALUE > 0\n"
				 "      - { name: posint_check, expression: value < 100, not_valid: true }\n"
				 "      - expression: VALUE <> 7\n"
				 "  - name: code\n"
				 "    type: varchar(10)\n"
				 "    collation: C\n"
				 "    renamed_from: old_code\n"
				 "tables:\n"
				 "  - name: t\n"
				 "    columns:\n"
				 "      - { name: a, type: posint }\n"
				 "      - { name: b, type: \"code[]\" }\n");
	assert_int_equal(s->ndomains, 2);
	const sg_domain *d = sg_schema_find_domain(s, "posint");
	assert_non_null(d);
	assert_string_equal(d->type, "int");
	assert_false(d->nullable);
	assert_string_equal(d->default_expr, "1");
	assert_string_equal(d->comment, "positive");
	assert_int_equal(d->pos.line, 2);
	/* Sorted by name; the unnamed ones take PostgreSQL's names around the named one. */
	assert_int_equal(d->nchecks, 3);
	assert_string_equal(d->checks[0].name, "posint_check");
	assert_string_equal(d->checks[0].expression, "value < 100");
	assert_false(d->checks[0].name_is_default);
	assert_true(d->checks[0].not_valid);
	assert_string_equal(d->checks[1].name, "posint_check1");
	assert_string_equal(d->checks[1].expression, "VALUE > 0");
	assert_true(d->checks[1].name_is_default);
	assert_string_equal(d->checks[2].name, "posint_check2");
	d = sg_schema_find_domain(s, "code");
	assert_string_equal(d->collation, "C");
	assert_string_equal(d->renamed_from, "old_code");
	assert_true(d->nullable);
	sg_schema_free(s);
}

/* Domains based on domains, in any order; a type that is a domain of the models is no warning. */
static void test_model_domains__types(void **state)
{
	(void)state;
	sg_schema_free(expect_ok("domains:\n"
				 "  - { name: small, type: base }\n"
				 "  - { name: base, type: bigint }\n"
				 "tables:\n"
				 "  - name: t\n"
				 "    columns: [{ name: a, type: small }]\n"));
	ut_loaded l;
	ut_load(&l, "domains:\n  - { name: x, type: mystery }\n");
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.diags.count, 1);
	assert_string_equal(l.diags.items[0].text,
			    "m.yaml:2:13: type 'mystery' of domain 'x' is neither built in nor an "
			    "enum or a domain of the models; it must exist in the database");
	ut_release(&l);
}

static void test_model_domains__errors(void **state)
{
	(void)state;
	ut_expect_error("domains:\n  - { name: d, type: int, checks: [{ expression: 'VALUE > ' }] }\n",
			"m.yaml:2:50: check #1 of domain 'd' is not an SQL expression: syntax error at or near \")\"");
	ut_expect_error("domains:\n  - { name: d, type: int, checks: [{ name: c, expression: 'x > 0' }] }\n",
			"m.yaml:2:59: check 'c' of domain 'd' refers to column 'x'; a domain check can only use VALUE");
	ut_expect_error("domains:\n  - { name: d, type: int, nulable: false }\n",
			"m.yaml:2:27: unknown key 'nulable' in domain 'd' (did you mean 'nullable'?)");
	ut_expect_error("domains:\n  - { name: d, type: int, checks: [{ expr: x }] }\n",
			"m.yaml:2:38: unknown key 'expr' in check #1 of domain 'd'");
	ut_expect_error("domains:\n  - { name: d }\n", "m.yaml:2:5: missing key 'type' in domain 'd'");
	ut_expect_error("domains:\n  - { name: d, type: serial }\n",
			"m.yaml:2:22: domain 'd' cannot be of type 'serial'; serial is a column's shorthand");
	ut_expect_error("domains:\n  - { name: d, type: 'int int' }\n",
			"m.yaml:2:22: type 'int int' of domain 'd' is not a type: syntax error at or near \"int\"");
	ut_expect_error("domains:\n  - { name: d, type: int, default: 'a + 1' }\n",
			"m.yaml:2:36: default of domain 'd' refers to column 'a'; a default cannot use columns (a "
			"string literal is written \"'a'\")");
	ut_expect_error("domains:\n  - { name: d, type: int }\n  - { name: d, type: text }\n",
			"m.yaml:3:13: duplicate domain 'd' (first defined at m.yaml:2:13)");
	ut_expect_error("domains:\n  - { name: d, type: int, checks: [{ name: c, expression: 'true' }, { name: c, "
			"expression: 'false' }] }\n",
			"m.yaml:2:69: domain 'd' has two checks named 'c'");
	ut_expect_error("enums:\n  - { name: d, values: [a] }\ndomains:\n  - { name: d, type: int }\n",
			"m.yaml:4:13: domain 'd' has the name of an enum of the models");
	ut_expect_error(
	    "domains:\n  - { name: t, type: int }\ntables:\n  - { name: t, columns: [] }\n",
	    "m.yaml:2:13: domain 't' has the name of a table of the models, whose row type takes that name");
	ut_expect_error("domains:\n  - { name: a, type: int, renamed_from: b }\n  - { name: b, type: int }\n",
			"m.yaml:2:13: domain 'a' is renamed from 'b', which is still a domain of the models");
	ut_expect_error("domains:\n  - { name: d, type: d }\n", "m.yaml:2:13: domain 'd' is of its own type");
}

/* An enum's renamed_from (docs/models.md, "Top level"): kept, and refused where the old name is ambiguous. */
static void test_model_domains__enum_renamed_from(void **state)
{
	(void)state;
	sg_schema *s = expect_ok("enums:\n"
				 "  - name: mood\n"
				 "    renamed_from: feeling\n"
				 "    values: [sad, happy]\n"
				 "tables:\n"
				 "  - name: t\n"
				 "    columns:\n"
				 "      - { name: m, type: mood }\n");
	const sg_enum *e = sg_schema_find_enum(s, "mood");
	assert_non_null(e);
	assert_string_equal(e->renamed_from, "feeling");
	assert_int_equal(e->renamed_pos.line, 3);
	sg_schema_free(s);
	ut_expect_error("enums:\n  - { name: e, values: [a], renamed_from: e }\n",
			"m.yaml:2:43: enum 'e' is renamed from itself");
	ut_expect_error("enums:\n  - { name: e, values: [a], renamed_from: '' }\n",
			"m.yaml:2:43: enum 'e' has an empty name");
	ut_expect_error("enums:\n  - { name: a, values: [x], renamed_from: b }\n  - { name: b, values: [y] }\n",
			"m.yaml:2:43: enum 'a' is renamed from 'b', which is still an enum of the models");
	ut_expect_error("enums:\n  - { name: a, values: [x], renamed_from: b }\ndomains:\n  - { name: b, type: int }\n",
			"m.yaml:2:43: enum 'a' is renamed from 'b', which is a domain of the models");
	ut_expect_error("enums:\n  - { name: a, values: [x], renamed_from: old }\n"
			"  - { name: b, values: [y], renamed_from: old }\n",
			"m.yaml:3:43: enums 'a' and 'b' are both renamed from 'old' (m.yaml:2:43)");
	ut_expect_error("enums:\n  - { name: a, values: [x], renamed_from: old }\n"
			"domains:\n  - { name: d, type: int, renamed_from: old }\n",
			"m.yaml:2:43: enum 'a' and domain 'd' are both renamed from 'old'");
	ut_expect_error("enums:\n  - { name: a, values: [x], renamed_frm: old }\n",
			"m.yaml:2:29: unknown key 'renamed_frm' in enum 'a' (did you mean 'renamed_from'?)");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model_domains__converted),
	    cmocka_unit_test(test_model_domains__types),
	    cmocka_unit_test(test_model_domains__errors),
	    cmocka_unit_test(test_model_domains__enum_renamed_from),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
