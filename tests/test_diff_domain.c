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

#include "unit_util.h"

/* ---- building schemas by hand ---- */

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
	sg_table *t = ut_add_table(s, "t", 8);
	ut_add_column(t, "n", "posint", true);
	return s;
}

static bool has_hazard(const sg_op *op, sg_hazard_code code)
{
	return sg_op_has_hazard(op, code);
}

/* ---- cases ---- */

/* The operation with this summary, or NULL. */
static const sg_op *op_or_null(const ut_result *r, const char *summary)
{
	for (size_t i = 0; i < r->plan->nops; i++)
		if (strcmp(r->plan->ops[i].summary, summary) == 0)
			return &r->plan->ops[i];
	return NULL;
}

static void test_diff_domain__identical_is_empty(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 0);
	ut_free_result(&r, a, b);
}

/* A new domain comes before the new table that uses it, its drop after the table's; the downs mirror them. */
static void test_diff_domain__created_before_tables_dropped_after(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = base();
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *create = ut_find_op(&r, "create domain posint");
	const sg_op *table = ut_find_op(&r, "create table t");
	assert_true(create->phase < table->phase);
	assert_string_equal(create->up, "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0));");
	assert_string_equal(create->down, "DROP DOMAIN posint;");
	ut_free_result(&r, a, b);

	a = base();
	b = sg_schema_new("public");
	r = ut_run_diff(a, b, true);
	const sg_op *drop = ut_find_op(&r, "drop domain posint");
	table = ut_find_op(&r, "drop table t");
	assert_true(drop->phase > table->phase);
	assert_string_equal(drop->down, "CREATE DOMAIN posint AS integer CONSTRAINT posint_check CHECK ((VALUE > 0));");
	ut_free_result(&r, a, b);
}

/* A domain based on another one is created after it and dropped before it. */
static void test_diff_domain__based_on_another_domain(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = sg_schema_new("public");
	add_domain(b, "a_small", "b_base");
	add_domain(b, "b_base", "integer");
	ut_result r = ut_run_diff(a, b, false);
	assert_true(ut_find_op(&r, "create domain b_base")->seq < ut_find_op(&r, "create domain a_small")->seq);
	ut_free_result(&r, a, b);
	a = sg_schema_new("public");
	b = sg_schema_new("public");
	add_domain(a, "a_small", "b_base");
	add_domain(a, "b_base", "integer");
	r = ut_run_diff(a, b, false);
	assert_true(ut_find_op(&r, "drop domain a_small")->seq < ut_find_op(&r, "drop domain b_base")->seq);
	ut_free_result(&r, a, b);
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
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *op = ut_find_op(&r, "set default of domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint SET DEFAULT 1;");
	assert_string_equal(op->down, "ALTER DOMAIN posint DROP DEFAULT;");
	op = ut_find_op(&r, "set NOT NULL on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint SET NOT NULL;");
	assert_string_equal(op->down, "ALTER DOMAIN posint DROP NOT NULL;");
	assert_true(has_hazard(op, SG_HAZARD_BLOCKING));
	op = ut_find_op(&r, "comment on domain posint");
	assert_string_equal(op->up, "COMMENT ON DOMAIN posint IS 'positive';");
	assert_string_equal(op->down, "COMMENT ON DOMAIN posint IS NULL;");
	op = ut_find_op(&r, "drop check gone on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint DROP CONSTRAINT gone;");
	assert_string_equal(op->down, "ALTER DOMAIN posint ADD CONSTRAINT gone CHECK ((VALUE <> 7));");
	/* A changed expression is dropped and added again; the new one validates the columns: blocking. */
	ut_find_op(&r, "drop check posint_check on domain posint");
	op = ut_find_op(&r, "add check posint_check on domain posint");
	assert_string_equal(op->up, "ALTER DOMAIN posint ADD CONSTRAINT posint_check CHECK ((VALUE > 1));");
	assert_true(has_hazard(op, SG_HAZARD_BLOCKING));
	assert_true(ut_find_op(&r, "drop check posint_check on domain posint")->phase < op->phase);
	ut_free_result(&r, a, b);

	/* Back: DROP DEFAULT, DROP NOT NULL, no hazard for a check nothing uses. */
	a = base();
	b = base();
	a->domains[0].default_expr = "1";
	a->domains[0].nullable = false;
	b->ntables = 0;
	a->ntables = 0;
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	r = ut_run_diff(a, b, false);
	assert_string_equal(ut_find_op(&r, "drop default of domain posint")->up, "ALTER DOMAIN posint DROP DEFAULT;");
	assert_string_equal(ut_find_op(&r, "drop NOT NULL on domain posint")->up, "ALTER DOMAIN posint DROP NOT NULL;");
	assert_int_equal(ut_find_op(&r, "add check small on domain posint")->nhazards, 0);
	ut_free_result(&r, a, b);
}

/* --online: a check on a domain in use is added NOT VALID, then validated in the validations step. */
static void test_diff_domain__online_check_not_valid_then_validated(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	ut_result r = ut_run_diff(a, b, true);
	const sg_op *add = ut_find_op(&r, "add check small on domain posint");
	assert_string_equal(add->up, "ALTER DOMAIN posint ADD CONSTRAINT small CHECK ((VALUE < 100)) NOT VALID;");
	assert_false(has_hazard(add, SG_HAZARD_BLOCKING));
	const sg_op *v = ut_find_op(&r, "validate check small on domain posint");
	assert_string_equal(v->up, "ALTER DOMAIN posint VALIDATE CONSTRAINT small;");
	assert_int_equal(r.steps.nsteps, 2);
	assert_int_equal(r.steps.steps[1].kind, SG_STEP_VALIDATE);
	ut_free_result(&r, a, b);
}

/*
 * A check and NOT NULL on a domain only a domain based on it uses: ALTER
 * DOMAIN checks the columns of that one too, so the hazards are those of a
 * domain in use and --online adds the check NOT VALID (they were left out:
 * only columns of the domain itself counted).
 */
static void test_diff_domain__base_of_a_used_domain_is_in_use(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	for (sg_schema *s = a;; s = b) {
		s->domains[0].nchecks = 0;
		add_domain(s, "price", "posint");
		s->tables[0].columns[0].type = "price";
		if (s == b)
			break;
	}
	add_check(&b->domains[0], "posint_check", "(VALUE > 0)");
	b->domains[0].nullable = false;
	ut_result r = ut_run_diff(a, b, false);
	assert_true(has_hazard(ut_find_op(&r, "add check posint_check on domain posint"), SG_HAZARD_BLOCKING));
	const sg_op *nn = ut_find_op(&r, "set NOT NULL on domain posint");
	assert_true(has_hazard(nn, SG_HAZARD_BLOCKING));
	assert_true(has_hazard(nn, SG_HAZARD_NEEDS_BACKFILL));
	ut_free_result(&r, a, b);
	a = base(), b = base();
	for (sg_schema *s = a;; s = b) {
		add_domain(s, "price", "posint");
		s->tables[0].columns[0].type = "price";
		if (s == b)
			break;
	}
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	r = ut_run_diff(a, b, true);
	assert_string_equal(ut_find_op(&r, "add check small on domain posint")->up,
			    "ALTER DOMAIN posint ADD CONSTRAINT small CHECK ((VALUE < 100)) NOT VALID;");
	assert_non_null(ut_find_op(&r, "validate check small on domain posint"));
	ut_free_result(&r, a, b);
}

/*
 * A domain a column holds in an array (of it, or of a domain based on it)
 * whose checks or NOT NULL change is re-created: PostgreSQL refuses ALTER
 * DOMAIN ADD CONSTRAINT, VALIDATE CONSTRAINT and SET NOT NULL while such a
 * column exists ("cannot alter type ... because column ... uses it"), and
 * the down's ADD CONSTRAINT of a dropped check the same.  A default alone,
 * or a check that only changes its name, is still altered in place.
 */
static void test_diff_domain__checks_of_a_domain_in_arrays_recreate_it(void **state)
{
	(void)state;
	const char *types[] = {"posint[]", "price[]", "prices"};
	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		sg_schema *a = base(), *b = base();
		for (sg_schema *s = a;; s = b) {
			add_domain(s, "price", "posint");
			add_domain(s, "prices", "price[]");
			s->tables[0].columns[0].type = types[i];
			if (s == b)
				break;
		}
		add_check(&b->domains[0], "small", "(VALUE < 100)");
		ut_result r = ut_run_diff(a, b, true);
		assert_null(op_or_null(&r, "add check small on domain posint"));
		const sg_op *op = op_or_null(
		    &r, "re-create domain posint (its checks or NOT NULL change while a column holds it in an array, "
			"which ALTER DOMAIN cannot check) and the domains based on it: price, prices");
		assert_non_null(op);
		assert_true(has_hazard(op, SG_HAZARD_REWRITE));
		ut_free_result(&r, a, b);
	}
	/* The up drops a check: its down would add it back. */
	sg_schema *a = base(), *b = base();
	a->tables[0].columns[0].type = b->tables[0].columns[0].type = "posint[]";
	b->domains[0].nchecks = 0;
	ut_result r = ut_run_diff(a, b, false);
	assert_null(op_or_null(&r, "drop check posint_check on domain posint"));
	assert_non_null(op_or_null(&r, "re-create domain posint (its checks or NOT NULL change while a column holds it "
				       "in an array, which ALTER DOMAIN cannot check)"));
	ut_free_result(&r, a, b);
	/* A new table holds it in an array: ADD CONSTRAINT would run after CREATE TABLE. */
	a = base(), b = base();
	ut_add_column(ut_add_table(b, "u", 2), "ns", "posint[]", true);
	add_check(&b->domains[0], "small", "(VALUE < 100)");
	r = ut_run_diff(a, b, false);
	assert_null(op_or_null(&r, "add check small on domain posint"));
	const sg_op *re =
	    op_or_null(&r, "re-create domain posint (its checks or NOT NULL change while a column holds it "
			   "in an array, which ALTER DOMAIN cannot check)");
	assert_non_null(re);
	assert_true(re < ut_find_op(&r, "create table u"));
	ut_free_result(&r, a, b);
	/* Models that keep a valid check NOT VALID: nothing to do, nothing re-created. */
	a = base(), b = base();
	a->tables[0].columns[0].type = b->tables[0].columns[0].type = "posint[]";
	b->domains[0].checks[0].not_valid = true;
	r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 0);
	ut_free_result(&r, a, b);
	/* A default and a renamed check: in place. */
	a = base(), b = base();
	a->tables[0].columns[0].type = b->tables[0].columns[0].type = "posint[]";
	b->domains[0].default_expr = "1";
	b->domains[0].checks[0].name = "positive";
	r = ut_run_diff(a, b, false);
	assert_non_null(ut_find_op(&r, "set default of domain posint"));
	assert_non_null(ut_find_op(&r, "rename check posint_check on domain posint to positive"));
	ut_free_result(&r, a, b);
}

/*
 * --online: an index that casts to a domain the main step drops is dropped
 * before the main step (after it, DROP DOMAIN found the index still there:
 * random class domain_casts, seed 1003).
 */
static void test_diff_domain__online_drops_an_index_casting_to_a_dropped_domain_first(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = sg_schema_new("public");
	a->tables[0].columns[0].type = "integer";
	sg_index *x = &a->tables[0].indexes[a->tables[0].nindexes++];
	x->name = "t_n_idx";
	x->elements = sg_arena_array(a->arena, 1, sizeof(char *));
	x->elements[0] = "(n::posint)";
	x->nelements = 1;
	x->method = "btree";
	x->definition = "CREATE INDEX t_n_idx ON public.t USING btree (((n)::posint))";
	ut_add_column(ut_add_table(b, "t", 8), "n", "integer", true);
	ut_result r = ut_run_diff(a, b, true);
	assert_int_equal(ut_find_op(&r, "drop index t_n_idx on t")->phase, SG_PHASE_DROP_INDEX_CONCURRENTLY);
	assert_int_equal(ut_find_op(&r, "drop domain posint")->phase, SG_PHASE_DROP_DOMAIN);
	ut_free_result(&r, a, b);
}

/* A check the database holds NOT VALID is validated; its down adds it back NOT VALID. */
static void test_diff_domain__not_valid_check_is_validated(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	a->domains[0].checks[0].not_valid = true;
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *v = ut_find_op(&r, "validate check posint_check on domain posint");
	assert_string_equal(v->up, "ALTER DOMAIN posint VALIDATE CONSTRAINT posint_check;");
	assert_string_equal(v->down, "ALTER DOMAIN posint DROP CONSTRAINT posint_check;\n"
				     "ALTER DOMAIN posint ADD CONSTRAINT posint_check CHECK ((VALUE > 0)) NOT VALID;");
	ut_free_result(&r, a, b);
}

/* A rename keeps the columns (no type change) and renames a default check name that follows the domain's. */
static void test_diff_domain__rename(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = sg_schema_new("public");
	sg_domain *w = add_domain(b, "positive", "integer");
	w->renamed_from = "posint";
	add_check(w, "positive_check", "(VALUE > 0)");
	ut_add_column(ut_add_table(b, "t", 8), "n", "positive", true);
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 2);
	const sg_op *op = ut_find_op(&r, "rename domain posint to positive");
	assert_string_equal(op->up, "ALTER DOMAIN posint RENAME TO positive;");
	assert_string_equal(op->down, "ALTER DOMAIN positive RENAME TO posint;");
	op = ut_find_op(&r, "rename check posint_check on domain positive to positive_check");
	assert_string_equal(op->up, "ALTER DOMAIN positive RENAME CONSTRAINT posint_check TO positive_check;");
	ut_free_result(&r, a, b);
}

/* A new base type re-creates the domain and takes its columns (arrays too) through the old base type and back. */
static void test_diff_domain__base_type_change_recreates(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	ut_add_column(&a->tables[0], "ns", "posint[]", true);
	ut_add_column(&b->tables[0], "ns", "posint[]", true);
	b->domains[0].type = "bigint";
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 1);
	const sg_op *op = ut_find_op(&r, "re-create domain posint (its base type changes)");
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
	ut_free_result(&r, a, b);
}

static void add_function(sg_schema *s, const char *name, const char *types, const char *definition)
{
	sg_function *f = sg_arena_array(s->arena, 1, sizeof(sg_function));
	f->name = name;
	f->types = types;
	f->identity = types;
	f->definition = definition;
	f->arguments = types;
	f->result = "integer";
	s->functions = f;
	s->nfunctions = 1;
}

/*
 * A function of a domain the plan re-creates would keep DROP DOMAIN from
 * running: dropped before the re-create (with the default that calls it) and
 * created after it, its default set again after that; the downs mirror them.
 */
static void test_diff_domain__recreate_drops_and_creates_functions_around(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	const char *def = "CREATE OR REPLACE FUNCTION f(v posint)\n RETURNS integer\n LANGUAGE sql\nRETURN v\n";
	const char *stmt = "CREATE OR REPLACE FUNCTION f(v posint)\n RETURNS integer\n LANGUAGE sql\nRETURN v;";
	add_function(a, "f", "posint", def);
	add_function(b, "f", "posint", def);
	sg_column *ca = ut_add_column(&a->tables[0], "m", "integer", true);
	sg_column *cb = ut_add_column(&b->tables[0], "m", "integer", true);
	ca->default_expr = cb->default_expr = "f(1)";
	ut_result r = ut_run_diff(a, b, false);
	assert_null(r.plan->refused);
	const sg_op *off = ut_find_op(&r, "drop default of t.m (it calls f, created again around a domain)");
	const sg_op *drop = ut_find_op(&r, "drop function f(posint) (created again around a domain)");
	const sg_op *redo = ut_find_op(&r, "re-create domain posint (its base type changes)");
	const sg_op *create = ut_find_op(&r, "create again function f(posint)");
	const sg_op *on = ut_find_op(&r, "set default of t.m");
	assert_true(off->phase == drop->phase && off->seq < drop->seq);
	assert_true(drop->phase < redo->phase && redo->phase < create->phase && create->phase < on->phase);
	assert_string_equal(off->up, "ALTER TABLE t ALTER COLUMN m DROP DEFAULT;");
	assert_string_equal(off->down, "ALTER TABLE t ALTER COLUMN m SET DEFAULT f(1);");
	assert_string_equal(drop->up, "DROP FUNCTION f(posint);");
	assert_string_equal(drop->down, stmt);
	assert_string_equal(create->up, stmt);
	assert_string_equal(create->down, "DROP FUNCTION f(posint);");
	assert_string_equal(on->up, "ALTER TABLE t ALTER COLUMN m SET DEFAULT f(1);");
	assert_string_equal(on->down, "ALTER TABLE t ALTER COLUMN m DROP DEFAULT;");
	ut_free_result(&r, a, b);
}

/*
 * With the server's dependencies read (sg_function.domains), a body that only
 * mentions the domain is no dependency: the function stays; one that depends
 * on it goes around it even when its text does not say so.
 */
static void test_diff_domain__recreate_follows_dependencies(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	const char *def =
	    "CREATE OR REPLACE FUNCTION f()\n RETURNS trigger\n LANGUAGE plpgsql\nAS $$ SELECT 1::posint $$\n";
	add_function(a, "f", "", def);
	add_function(b, "f", "", def);
	a->functions[0].domains = "";
	ut_result r = ut_run_diff(a, b, false);
	assert_null(r.plan->refused);
	for (size_t i = 0; i < r.plan->nops; i++)
		assert_null(strstr(r.plan->ops[i].summary, "function"));
	ut_free_result(&r, a, b);

	a = base();
	b = base();
	b->domains[0].type = "bigint";
	def = "CREATE OR REPLACE FUNCTION g()\n RETURNS integer\n LANGUAGE sql\nRETURN 1\n";
	add_function(a, "g", "", def);
	add_function(b, "g", "", def);
	a->functions[0].domains = "posint";
	r = ut_run_diff(a, b, false);
	assert_int_equal(ut_find_op(&r, "drop function g() (created again around a domain)")->phase,
			 SG_PHASE_DROP_DOMAIN_FUNCTION);
	ut_find_op(&r, "create again function g()");
	ut_free_result(&r, a, b);
}

/* Dependent `what` outside the models on `kind` `name` (column `column`, NULL: the whole object) of `s`. */
static void add_dependent(sg_schema *s, const char *kind, const char *name, const char *column, const char *what,
			  bool foreign_key)
{
	sg_dependent *d = sg_arena_array(s->arena, s->ndependents + 1, sizeof(*d));
	if (s->ndependents)
		memcpy(d, s->dependents, s->ndependents * sizeof(*d));
	s->dependents = d;
	d[s->ndependents++] =
	    (sg_dependent){.kind = kind, .name = name, .column = column, .what = what, .foreign_key = foreign_key};
}

/*
 * An object outside the models that depends on a re-created domain: refused,
 * both named, the domain found in the plan's statements by its quoted name.
 */
static void test_diff_domain__recreate_refused_under_an_unmanaged_dependent(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = sg_schema_new("public");
	add_domain(a, "Pos Int", "integer");
	add_domain(b, "Pos Int", "bigint");
	ut_add_column(ut_add_table(a, "t", 8), "n", "\"Pos Int\"", true);
	ut_add_column(ut_add_table(b, "t", 8), "n", "\"Pos Int\"", true);
	add_dependent(a, "domain", "Pos Int", NULL, "column a of composite type pair", false);
	ut_result r = ut_run_diff(a, b, false);
	assert_non_null(r.plan->refused);
	assert_string_equal(
	    r.plan->refused,
	    "this plan drops domain 'Pos Int' and creates it again, but 'column a of composite type pair', "
	    "which the models do not manage, depends on it: drop that object first and create it again "
	    "after this migration, or write this step by hand");
	ut_free_result(&r, a, b);
	/* only renamed: PostgreSQL keeps the dependent on it */
	a = base();
	b = base();
	b->domains[0].name = "natural";
	b->domains[0].renamed_from = "posint";
	b->tables[0].columns[0].type = "natural";
	add_dependent(a, "domain", "posint", NULL, "column a of composite type pair", false);
	r = ut_run_diff(a, b, false);
	assert_null(r.plan->refused);
	ut_find_op(&r, "rename domain posint to natural");
	ut_free_result(&r, a, b);
}

/* A column the re-create retypes: a foreign key of another schema is rebuilt by the server, a view is not. */
static void test_diff_domain__recreate_retypes_columns_under_unmanaged_dependents(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	add_dependent(a, "table", "t", "n", "constraint x_n_fkey on table other.x", true);
	ut_result r = ut_run_diff(a, b, false);
	assert_null(r.plan->refused);
	ut_free_result(&r, a, b);
	a = base();
	b = base();
	b->domains[0].type = "bigint";
	add_dependent(a, "table", "t", "n", "view other.v", false);
	r = ut_run_diff(a, b, false);
	assert_non_null(r.plan->refused);
	assert_string_equal(
	    r.plan->refused,
	    "this plan changes the type of column 't.n', but 'view other.v', which the models do not "
	    "manage, depends on it: drop that object first and create it again after this migration, or "
	    "write this step by hand");
	ut_free_result(&r, a, b);
}

/* One operation of `plan` with these statements. */
static void add_op(sg_plan *plan, sg_phase phase, const char *up, const char *down)
{
	sg_op *op = sg_plan_add(plan, phase);
	assert_non_null(op);
	op->summary = "op";
	op->up = up;
	op->down = down;
}

/*
 * The names the dependents are read for once a plan is known
 * (sg_diff_dependent_names): what its statements, ups and downs, drop,
 * retype, rewrite or rename, as the catalog spells them, functions without
 * their arguments; not what they create or alter otherwise, nor words in
 * strings.  Checked after planning, the plan is refused as sg_diff does.
 */
static void test_diff_domain__dependent_names_of_a_plan(void **state)
{
	(void)state;
	sg_plan *plan = sg_plan_new();
	assert_non_null(plan);
	add_op(plan, SG_PHASE_DROP_VIEW, "DROP VIEW public.\"Old View\";", "CREATE VIEW \"Old View\" AS SELECT 1;");
	add_op(plan, SG_PHASE_ALTER_COLUMN,
	       "ALTER TABLE public.t ALTER COLUMN n TYPE bigint USING n::bigint, DROP COLUMN gone;",
	       "ALTER TABLE t ADD COLUMN gone integer;\nALTER TABLE t ALTER COLUMN n TYPE integer;");
	add_op(plan, SG_PHASE_CREATE_TABLE, "CREATE TABLE fresh (id integer);", "DROP TABLE fresh;");
	add_op(plan, SG_PHASE_RENAME_OBJECT, "ALTER DOMAIN d RENAME TO d2;", "ALTER DOMAIN d2 RENAME TO d;");
	add_op(plan, SG_PHASE_ADD_COLUMN,
	       "ALTER TABLE u ADD COLUMN c integer DEFAULT 0;\nALTER TABLE w ADD COLUMN plain integer;\n"
	       "ALTER SEQUENCE s INCREMENT BY 2;\nCOMMENT ON TABLE x IS 'DROP TABLE nope';",
	       "ALTER SEQUENCE s INCREMENT BY 1;\nCOMMENT ON TABLE x IS NULL;");
	add_op(plan, SG_PHASE_DROP_FUNCTION, "DROP FUNCTION public.f(integer, text);",
	       "CREATE FUNCTION f() RETURNS int RETURN 1;");
	char **names = NULL;
	size_t n = 0;
	assert_int_equal(sg_diff_dependent_names(plan, &names, &n), 0);
	static const char *const want[] = {"Old View", "d", "d2", "f", "fresh", "t", "u"};
	assert_int_equal(n, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < n; i++)
		assert_string_equal(names[i], want[i]);
	sg_diff_free_names(names, n);

	sg_schema *cur = sg_schema_new("public"), *want_schema = sg_schema_new("public");
	add_dependent(cur, "table", "t", "gone", "view other.v", false);
	sg_diff_check_dependents(plan, cur, want_schema);
	assert_non_null(plan->refused);
	assert_string_equal(
	    plan->refused,
	    "this plan drops column 't.gone', but 'view other.v', which the models do not manage, depends "
	    "on it: drop that object first and create it again after this migration, or write this step "
	    "by hand");
	sg_schema_free(cur);
	sg_schema_free(want_schema);
	sg_plan_free(plan);
}

/* A caller that cannot come back (a generated column, a check that changes): refused, both named. */
static void test_diff_domain__recreate_refused_when_a_caller_cannot_come_back(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	const char *def = "CREATE OR REPLACE FUNCTION f(v posint)\n RETURNS integer\n LANGUAGE sql\nRETURN v;";
	add_function(a, "f", "posint", def);
	add_function(b, "f", "posint", def);
	ut_add_column(&a->tables[0], "g", "integer", true)->generated = "f(n)";
	ut_add_column(&b->tables[0], "g", "integer", true)->generated = "f(n)";
	ut_result r = ut_run_diff(a, b, false);
	assert_non_null(r.plan->refused);
	assert_string_equal(
	    r.plan->refused,
	    "function 'f(posint)' names a domain the plan renames or drops and creates again, and is dropped and "
	    "created around it, while generated column 't.g' calls it: change that in a migration of "
	    "its own first");
	ut_free_result(&r, a, b);
}

/*
 * A generated column that casts to a re-created domain: refused, the column
 * named (DROP DOMAIN refuses while it exists, and re-creating the column
 * empties it; random class domain_casts).
 */
static void test_diff_domain__recreate_refused_when_a_generated_column_casts_to_it(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	ut_add_column(&a->tables[0], "g", "integer", true)->generated = "(length((n)::text))::posint";
	ut_add_column(&b->tables[0], "g", "integer", true)->generated = "(length((n)::text))::posint";
	ut_result r = ut_run_diff(a, b, false);
	assert_non_null(r.plan->refused);
	assert_string_equal(r.plan->refused,
			    "generated column 't.g' casts to a domain the plan drops and creates again: "
			    "change that in a migration of its own first");
	ut_free_result(&r, a, b);
}

/* A domain the models drop, based on a re-created one, while a column uses it: refused, the column named. */
static void test_diff_domain__dropped_dependent_with_columns_refused(void **state)
{
	(void)state;
	sg_schema *a = base(), *b = base();
	b->domains[0].type = "bigint";
	add_domain(a, "small", "posint");
	ut_add_column(&a->tables[0], "m", "small", true);
	ut_result r = ut_run_diff(a, b, true);
	assert_non_null(r.plan->refused);
	assert_string_equal(
	    r.plan->refused,
	    "domain 'small' is dropped while column 't.m' still uses it and domain 'posint', its base, is "
	    "re-created: change the column in a migration of its own first");
	ut_free_result(&r, a, b);
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
	    cmocka_unit_test(test_diff_domain__recreate_drops_and_creates_functions_around),
	    cmocka_unit_test(test_diff_domain__recreate_follows_dependencies),
	    cmocka_unit_test(test_diff_domain__online_drops_an_index_casting_to_a_dropped_domain_first),
	    cmocka_unit_test(test_diff_domain__base_of_a_used_domain_is_in_use),
	    cmocka_unit_test(test_diff_domain__checks_of_a_domain_in_arrays_recreate_it),
	    cmocka_unit_test(test_diff_domain__recreate_refused_when_a_generated_column_casts_to_it),
	    cmocka_unit_test(test_diff_domain__recreate_refused_when_a_caller_cannot_come_back),
	    cmocka_unit_test(test_diff_domain__recreate_refused_under_an_unmanaged_dependent),
	    cmocka_unit_test(test_diff_domain__recreate_retypes_columns_under_unmanaged_dependents),
	    cmocka_unit_test(test_diff_domain__dropped_dependent_with_columns_refused),
	    cmocka_unit_test(test_diff_domain__dependent_names_of_a_plan),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
