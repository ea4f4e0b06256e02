/*
 * Unit tests for the diff of domains (generator/plan/diff_domain.c) on
 * schemas built in memory (no database): each operation's up and down text,
 * phases relative to tables, hazards, --online.  tests/diff_cases/domain_*
 * run the same plans on a server.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "emit.h"
#include "order.h"

/* ---- building schemas by hand ---- */

static sg_table *add_table(sg_schema *s, const char *name)
{
	sg_table *tables = sg_arena_array(s->arena, s->ntables + 1, sizeof(sg_table));
	if (s->ntables)
		memcpy(tables, s->tables, s->ntables * sizeof(sg_table));
	s->tables = tables;
	sg_table *t = &s->tables[s->ntables++];
	t->name = name;
	t->columns = sg_arena_array(s->arena, 8, sizeof(sg_column));
	return t;
}

static void add_column(sg_table *t, const char *name, const char *type)
{
	sg_column *c = &t->columns[t->ncolumns++];
	c->name = name;
	c->type = type;
	c->nullable = true;
}

static sg_domain *add_domain(sg_schema *s, const char *name, const char *type)
{
	sg_domain *d = sg_arena_array(s->arena, s->ndomains + 1, sizeof(sg_domain));
	if (s->ndomains)
		memcpy(d, s->domains, s->ndomains * sizeof(sg_domain));
	s->domains = d;
	sg_domain *x = &s->domains[s->ndomains++];
	x->name = name;
	x->type = type;
	x->nullable = true;
	x->checks = sg_arena_array(s->arena, 4, sizeof(sg_domain_check));
	return x;
}

static sg_domain_check *add_check(sg_domain *d, const char *name, const char *expr)
{
	sg_domain_check *k = &d->checks[d->nchecks++];
	k->name = name;
	k->expression = expr;
	return k;
}

/* Domain posint (integer, CHECK (VALUE > 0)) and table t (n posint). */
static sg_schema *base(void)
{
	sg_schema *s = sg_schema_new("public");
	sg_domain *d = add_domain(s, "posint", "integer");
	add_check(d, "posint_check", "(VALUE > 0)");
	sg_table *t = add_table(s, "t");
	add_column(t, "n", "posint");
	return s;
}

typedef struct result {
	sg_plan *plan;
	sg_steps steps;
	char *text;
} result;

static result run_diff(sg_schema *cur, sg_schema *want, bool online)
{
	sg_schema_sort(cur);
	sg_schema_sort(want);
	result r = {0};
	r.plan = sg_plan_new();
	sg_diff_options opts = {.online = online};
	assert_int_equal(sg_diff(r.plan, cur, want, &opts), 0);
	assert_int_equal(sg_order_plan(&r.steps, r.plan), 0);
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_emit_plan_text(&sb, &r.steps, NULL, false);
	r.text = sg_strbuf_detach(&sb, NULL);
	return r;
}

static void free_result(result *r, sg_schema *a, sg_schema *b)
{
	sg_steps_release(&r->steps);
	sg_plan_free(r->plan);
	free(r->text);
	sg_schema_free(a);
	sg_schema_free(b);
}

static const sg_op *find_op(const result *r, const char *summary)
{
	for (size_t i = 0; i < r->plan->nops; i++)
		if (strcmp(r->plan->ops[i].summary, summary) == 0)
			return &r->plan->ops[i];
	print_error("no operation '%s' in plan:\n%s\n", summary, r->text);
	fail();
	return NULL;
}

static bool has_hazard(const sg_op *op, sg_hazard_code code)
{
	return sg_op_has_hazard(op, code);
}

/* ---- cases ---- */

static void test_diff_domain__identical_is_empty(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	result r = run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 0);
	free_result(&r, a, b);
}

/* A new domain comes before the new table that uses it, its drop after the table's; the downs mirror them. */
static void test_diff_domain__created_before_tables_dropped_after(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = base();
	result r = run_diff(a, b, false);
	const sg_op *create = find_op(&r, "create domain posint");
	const sg_op *table = find_op(&r, "create table t");
	assert_true(create->phase < table->phase);
	assert_string_equal(create->up, "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0));");
	assert_string_equal(create->down, "DROP DOMAIN posint;");
	free_result(&r, a, b);

	a = base();
	b = sg_schema_new("public");
	r = run_diff(a, b, true);
	const sg_op *drop = find_op(&r, "drop domain posint");
	table = find_op(&r, "drop table t");
	assert_true(drop->phase > table->phase);
	assert_string_equal(drop->down, "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0));");
	free_result(&r, a, b);
}

/* A domain based on another one is created after it and dropped before it. */
static void test_diff_domain__based_on_another_domain(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = sg_schema_new("public");
	add_domain(b, "a_small", "b_base");
	add_domain(b, "b_base", "integer");
	result r = run_diff(a, b, false);
	assert_true(find_op(&r, "create domain b_base")->seq < find_op(&r, "create domain a_small")->seq);
	free_result(&r, a, b);
	a = sg_schema_new("public");
	b = sg_schema_new("public");
	add_domain(a, "a_small", "b_base");
	add_domain(a, "b_base", "integer");
	r = run_diff(a, b, false);
	assert_true(find_op(&r, "drop domain a_small")->seq < find_op(&r, "drop domain b_base")->seq);
	free_result(&r, a, b);
}

/* Every option in place, each with its exact inverse. */
static void test_diff_domain__alters_each_option(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	sg_domain *w = &b->domains[0];
	w->default_expr = "1";
	w->nullable = false;
	w->comment = "positive";
	w->checks[0].expression = "(VALUE > 1)";
	add_check(w, "small", "(VALUE < 100)");
	a->domains[0].checks[1] = (sg_domain_check){.name = "gone", .expression = "(VALUE <> 7)"};
	a->domains[0].nchecks = 2;
	result r = run_diff(a, b, false);
	const sg_op *op = find_op(&r, "set default of domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint SET DEFAULT 1;");
	assert_string_equal(op->down, "ALTER DOMAIN posint DROP DEFAULT;");
	op = find_op(&r, "set NOT NULL on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint SET NOT NULL;");
	assert_string_equal(op->down, "ALTER DOMAIN posint DROP NOT NULL;");
	assert_true(has_hazard(op, SG_HAZARD_BLOCKING));
	op = find_op(&r, "comment on domain posint");
	assert_string_equal(op->up, "COMMENT ON DOMAIN posint IS 'positive';");
	assert_string_equal(op->down, "COMMENT ON DOMAIN posint IS NULL;");
	op = find_op(&r, "drop check gone on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint DROP CONSTRAINT gone;");
	assert_string_equal(op->down, "ALTER DOMAIN posint ADD CONSTRAINT gone CHECK ((VALUE <> 7));");
	/* A changed expression is dropped and added again; the new one validates the columns: blocking. */
	find_op(&r, "drop check posint_check on domain posint");
	op = find_op(&r, "add check posint_check on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint ADD CONSTRAINT posint_check CHECK ((VALUE > 1));");
	assert_true(has_hazard(op, SG_HAZARD_BLOCKING));
	assert_true(find_op(&r, "drop check posint_check on domain posint")->phase < op->phase);
	free_result(&r, a, b);

	/* Back: DROP DEFAULT, DROP NOT NULL, no hazard for a check nothing uses. */
	a = base();
	b = base();
	a->domains[0].default_expr = "1";
	a->domains[0].nullable = false;
	b->ntables = 0;
	a->ntables = 0;
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	r = run_diff(a, b, false);
	assert_string_equal(find_op(&r, "drop default of domain posint")->up, "ALTER DOMAIN posint DROP DEFAULT;");
	assert_string_equal(find_op(&r, "drop NOT NULL on domain posint")->up, "ALTER DOMAIN posint DROP NOT NULL;");
	assert_int_equal(find_op(&r, "add check small on domain posint")->nhazards, 0);
	free_result(&r, a, b);
}

/* --online: a check on a domain in use is added NOT VALID, then validated in the validations step. */
static void test_diff_domain__online_check_not_valid_then_validated(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	result r = run_diff(a, b, true);
	const sg_op *add = find_op(&r, "add check small on domain posint");
	assert_string_equal(add->up, "ALTER DOMAIN posint ADD CONSTRAINT small CHECK ((VALUE < 100)) NOT VALID;");
	assert_false(has_hazard(add, SG_HAZARD_BLOCKING));
	const sg_op *v = find_op(&r, "validate check small on domain posint");
	assert_string_equal(v->up, "ALTER DOMAIN posint VALIDATE CONSTRAINT small;");
	assert_int_equal(r.steps.nsteps, 2);
	assert_int_equal(r.steps.steps[1].kind, SG_STEP_VALIDATE);
	free_result(&r, a, b);
}

/* A check the database holds NOT VALID is validated; its down adds it back NOT VALID. */
static void test_diff_domain__not_valid_check_is_validated(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	a->domains[0].checks[0].not_valid = true;
	result r = run_diff(a, b, false);
	const sg_op *v = find_op(&r, "validate check posint_check on domain posint");
	assert_string_equal(v->up, "ALTER DOMAIN posint VALIDATE CONSTRAINT posint_check;");
	assert_string_equal(v->down, "ALTER DOMAIN posint DROP CONSTRAINT posint_check;\n"
				     "ALTER DOMAIN posint ADD CONSTRAINT posint_check CHECK ((VALUE > 0)) NOT VALID;");
	free_result(&r, a, b);
}

/* A rename keeps the columns (no type change) and renames a default check name that follows the domain's. */
static void test_diff_domain__rename(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = sg_schema_new("public");
	sg_domain *w = add_domain(b, "positive", "integer");
	w->renamed_from = "posint";
	add_check(w, "positive_check", "(VALUE > 0)");
	add_column(add_table(b, "t"), "n", "positive");
	result r = run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 2);
	const sg_op *op = find_op(&r, "rename domain posint to positive");
	assert_string_equal(op->up, "ALTER DOMAIN posint RENAME TO positive;");
	assert_string_equal(op->down, "ALTER DOMAIN positive RENAME TO posint;");
	op = find_op(&r, "rename check posint_check on domain positive to positive_check");
	assert_string_equal(op->up, "ALTER DOMAIN positive RENAME CONSTRAINT posint_check TO positive_check;");
	free_result(&r, a, b);
}

/* A new base type re-creates the domain and takes its columns (arrays too) through the old base type and back. */
static void test_diff_domain__base_type_change_recreates(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	add_column(&a->tables[0], "ns", "posint[]");
	add_column(&b->tables[0], "ns", "posint[]");
	b->domains[0].type = "bigint";
	result r = run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 1);
	const sg_op *op = find_op(&r, "re-create domain posint (its base type changes)");
	assert_int_equal(op->phase, SG_PHASE_CREATE_DOMAIN);
	assert_string_equal(op->up, "ALTER TABLE t ALTER COLUMN n TYPE integer;\n"
				    "ALTER TABLE t ALTER COLUMN ns TYPE integer[];\n"
				    "DROP DOMAIN posint;\n"
				    "CREATE DOMAIN posint AS bigint CONSTRAINT posint_check CHECK ((VALUE > 0));\n"
				    "ALTER TABLE t ALTER COLUMN n TYPE posint USING n::posint;\n"
				    "ALTER TABLE t ALTER COLUMN ns TYPE posint[] USING ns::posint[];");
	assert_string_equal(op->down, "ALTER TABLE t ALTER COLUMN n TYPE bigint;\n"
				      "ALTER TABLE t ALTER COLUMN ns TYPE bigint[];\n"
				      "DROP DOMAIN posint;\n"
				      "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0));\n"
				      "ALTER TABLE t ALTER COLUMN n TYPE posint USING n::posint;\n"
				      "ALTER TABLE t ALTER COLUMN ns TYPE posint[] USING ns::posint[];");
	assert_true(has_hazard(op, SG_HAZARD_REWRITE));
	assert_true(has_hazard(op, SG_HAZARD_BLOCKING));
	free_result(&r, a, b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_diff_domain__identical_is_empty),
	    cmocka_unit_test(test_diff_domain__created_before_tables_dropped_after),
	    cmocka_unit_test(test_diff_domain__based_on_another_domain),
	    cmocka_unit_test(test_diff_domain__alters_each_option),
	    cmocka_unit_test(test_diff_domain__online_check_not_valid_then_validated),
	    cmocka_unit_test(test_diff_domain__not_valid_check_is_validated),
	    cmocka_unit_test(test_diff_domain__rename),
	    cmocka_unit_test(test_diff_domain__base_type_change_recreates),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
