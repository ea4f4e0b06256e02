/*
 * Unit tests for the diff, its ordering and emission, on schemas built in
 * memory (no database).  The integration suites check the same plans against
 * a real server; these pin down decisions: phases, hazards, steps, text.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "unit_util.h"

/* ---- building schemas by hand ---- */

static const char **names(sg_schema *s, int n, ...)
{
	const char **out = sg_arena_array(s->arena, (size_t)n, sizeof(char *));
	va_list ap;
	va_start(ap, n);
	for (int i = 0; i < n; i++)
		out[i] = va_arg(ap, const char *);
	va_end(ap);
	return out;
}

static sg_constraint *add_pk(sg_schema *s, sg_table *t, const char *name, const char *col)
{
	sg_constraint *c = &t->constraints[t->nconstraints++];
	c->kind = SG_CON_PRIMARY_KEY;
	c->name = name;
	c->columns = names(s, 1, col);
	c->ncolumns = 1;
	return c;
}

static sg_constraint *add_fk(sg_schema *s, sg_table *t, const char *name, const char *col, const char *ref_table,
			     const char *ref_col)
{
	sg_constraint *c = &t->constraints[t->nconstraints++];
	c->kind = SG_CON_FOREIGN_KEY;
	c->name = name;
	c->columns = names(s, 1, col);
	c->ncolumns = 1;
	c->ref_table = ref_table;
	c->ref_columns = names(s, 1, ref_col);
	c->nref_columns = 1;
	return c;
}

static sg_index *add_index(sg_schema *s, sg_table *t, const char *name, const char *elem)
{
	sg_index *i = &t->indexes[t->nindexes++];
	i->name = name;
	i->elements = names(s, 1, elem);
	i->nelements = 1;
	i->method = "btree";
	return i;
}

static sg_enum *add_enum(sg_schema *s, const char *name, const char **values, size_t n)
{
	sg_enum *e = sg_arena_array(s->arena, s->nenums + 1, sizeof(sg_enum));
	if (s->nenums)
		memcpy(e, s->enums, s->nenums * sizeof(sg_enum));
	s->enums = e;
	sg_enum *en = &s->enums[s->nenums++];
	en->name = name;
	en->values = values;
	en->nvalues = n;
	return en;
}

/* users(id bigint pk, email text not null) */
static sg_schema *base_schema(void)
{
	sg_schema *s = sg_schema_new("public");
	sg_table *u = ut_add_table(s, "users", 8);
	ut_add_column(u, "id", "bigint", false);
	ut_add_column(u, "email", "text", false);
	add_pk(s, u, "users_pkey", "id");
	return s;
}

static size_t op_index(const ut_result *r, const char *summary)
{
	return (size_t)(ut_find_op(r, summary) - r->plan->ops);
}

/* ---- cases ---- */

static void test_diff__identical_is_empty(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 0);
	assert_int_equal(r.steps.nsteps, 0);
	assert_string_equal(r.text, "summary: no changes\n");
	ut_free_result(&r, a, b);
}

static void test_diff__create_table_with_fk_orders_key_last(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *p = ut_add_table(b, "posts", 4);
	ut_add_column(p, "id", "bigint", false)->identity = SG_IDENTITY_ALWAYS;
	ut_add_column(p, "author_id", "bigint", true);
	add_pk(b, p, "posts_pkey", "id");
	add_fk(b, p, "posts_author_id_fkey", "author_id", "users", "id")->on_delete = SG_FK_CASCADE;
	add_index(b, p, "posts_author_id_idx", "author_id");
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 3);
	assert_true(op_index(&r, "create table posts") < op_index(&r, "create index posts_author_id_idx on posts"));
	assert_true(op_index(&r, "create index posts_author_id_idx on posts") <
		    op_index(&r, "add foreign key posts_author_id_fkey on posts"));
	const sg_op *create = ut_find_op(&r, "create table posts");
	assert_string_equal(create->up, "CREATE TABLE posts (\n    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,\n"
					"    author_id bigint,\n    CONSTRAINT posts_pkey PRIMARY KEY (id)\n);");
	assert_string_equal(create->down, "DROP TABLE posts;");
	assert_int_equal(create->nhazards, 0); /* a new table has no rows to lock or lose */
	const sg_op *fk = ut_find_op(&r, "add foreign key posts_author_id_fkey on posts");
	assert_string_equal(fk->up, "ALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) "
				    "REFERENCES users(id) ON DELETE CASCADE;");
	assert_int_equal(fk->nhazards, 0);
	assert_false(sg_plan_is_destructive(r.plan));
	ut_free_result(&r, a, b);
}

static void test_diff__cyclic_foreign_keys(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = sg_schema_new("public");
	ut_add_table(b, "x", 2);
	ut_add_table(b, "y", 2);
	/* add_table moves the array: take the pointers once both exist. */
	sg_table *x = &b->tables[0], *y = &b->tables[1];
	ut_add_column(x, "id", "integer", false);
	ut_add_column(x, "y_id", "integer", true);
	ut_add_column(y, "id", "integer", false);
	ut_add_column(y, "x_id", "integer", true);
	add_pk(b, x, "x_pkey", "id");
	add_pk(b, y, "y_pkey", "id");
	add_fk(b, x, "x_y_id_fkey", "y_id", "y", "id");
	add_fk(b, y, "y_x_id_fkey", "x_id", "x", "id");
	ut_result r = ut_run_diff(a, b, false);
	size_t last_table = op_index(&r, "create table y");
	assert_true(op_index(&r, "create table x") < last_table);
	assert_true(op_index(&r, "add foreign key x_y_id_fkey on x") > last_table);
	assert_true(op_index(&r, "add foreign key y_x_id_fkey on y") > last_table);
	ut_free_result(&r, a, b);
}

static void test_diff__drop_table_is_destructive_and_reversible(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = sg_schema_new("public");
	add_index(a, &a->tables[0], "users_email_idx", "email");
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *drop = ut_find_op(&r, "drop table users");
	assert_true(sg_op_has_hazard(drop, SG_HAZARD_DATA_LOSS));
	assert_true(sg_plan_is_destructive(r.plan));
	assert_string_equal(drop->down, "CREATE TABLE users (\n    id bigint NOT NULL,\n    email text NOT NULL,\n"
					"    CONSTRAINT users_pkey PRIMARY KEY (id)\n);\n"
					"CREATE INDEX users_email_idx ON users (email);");
	assert_int_equal(drop->ndown_hazards, 1);
	assert_int_equal(drop->down_hazards[0].code, SG_HAZARD_IRREVERSIBLE);
	assert_non_null(
	    strstr(r.text, "-- hazard: data-loss: drops table 'users' and all its rows\nDROP TABLE users;"));
	ut_free_result(&r, a, b);
}

static void test_diff__column_changes_and_hazards(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ua = &a->tables[0], *ub = &b->tables[0];
	ut_add_column(ua, "name", "character varying(10)", true);
	ut_add_column(ub, "name", "character varying(20)", true);
	ut_add_column(ua, "score", "integer", true)->default_expr = "0";
	ut_add_column(ub, "score", "bigint", true)->default_expr = "0";
	ut_add_column(ua, "code", "bigint", true);
	ut_add_column(ub, "code", "integer", false);
	ut_add_column(ub, "age", "integer", false); /* NOT NULL, no default */
	ut_add_column(ub, "token", "uuid", true)->default_expr = "gen_random_uuid()";
	ut_result r = ut_run_diff(a, b, false);

	const sg_op *widen = ut_find_op(&r, "change type of users.name to character varying(20)");
	assert_int_equal(widen->nhazards, 0); /* binary coercible */
	const sg_op *score = ut_find_op(&r, "change type of users.score to bigint");
	assert_true(sg_op_has_hazard(score, SG_HAZARD_REWRITE));
	assert_false(sg_op_has_hazard(score, SG_HAZARD_DATA_LOSS));
	assert_string_equal(score->up, "ALTER TABLE users ALTER COLUMN score DROP DEFAULT;\n"
				       "ALTER TABLE users ALTER COLUMN score TYPE bigint USING score::bigint;\n"
				       "ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;");
	const sg_op *narrow = ut_find_op(&r, "change type of users.code to integer");
	assert_true(sg_op_has_hazard(narrow, SG_HAZARD_DATA_LOSS));
	const sg_op *nn = ut_find_op(&r, "set NOT NULL on users.code");
	assert_true(sg_op_has_hazard(nn, SG_HAZARD_BLOCKING));
	assert_string_equal(nn->down, "ALTER TABLE users ALTER COLUMN code DROP NOT NULL;");
	assert_true(sg_op_has_hazard(ut_find_op(&r, "add column users.age"), SG_HAZARD_NEEDS_BACKFILL));
	assert_true(sg_op_has_hazard(ut_find_op(&r, "add column users.token"), SG_HAZARD_REWRITE));
	ut_free_result(&r, a, b);
}

static void test_diff__renames_from_hints(void **state)
{
	(void)state;
	sg_schema *a = sg_schema_new("public"), *b = sg_schema_new("public");
	sg_table *acc = ut_add_table(a, "accounts", 2);
	ut_add_column(acc, "id", "bigint", false);
	ut_add_column(acc, "mail", "text", true);
	add_pk(a, acc, "accounts_pkey", "id");
	sg_table *u = ut_add_table(b, "users", 2);
	u->renamed_from = "accounts";
	ut_add_column(u, "id", "bigint", false);
	ut_add_column(u, "email", "text", true)->renamed_from = "mail";
	add_pk(b, u, "users_pkey", "id");
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 3);
	assert_string_equal(ut_find_op(&r, "rename table accounts to users")->up,
			    "ALTER TABLE accounts RENAME TO users;");
	assert_string_equal(ut_find_op(&r, "rename column users.mail to email")->up,
			    "ALTER TABLE users RENAME COLUMN mail TO email;");
	/* The default-named key follows the table's new name instead of being rebuilt. */
	const sg_op *key = ut_find_op(&r, "rename constraint accounts_pkey on users to users_pkey");
	assert_string_equal(key->down, "ALTER TABLE users RENAME CONSTRAINT users_pkey TO accounts_pkey;");
	assert_true(op_index(&r, "rename table accounts to users") < op_index(&r, "rename column users.mail to email"));
	assert_false(sg_plan_is_destructive(r.plan));
	ut_free_result(&r, a, b);
}

static void test_diff__drop_and_add_suggests_rename(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	ut_add_column(&a->tables[0], "nick", "text", true);
	ut_add_column(&b->tables[0], "handle", "text", true);
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *drop = ut_find_op(&r, "drop column users.nick");
	assert_true(sg_op_has_hazard(drop, SG_HAZARD_DATA_LOSS));
	assert_true(sg_op_has_hazard(drop, SG_HAZARD_RENAME_HINT));
	assert_non_null(strstr(r.text, "`renamed_from: nick` to column 'handle'"));
	ut_free_result(&r, a, b);
}

static void test_diff__enum_values_added_in_place(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	add_enum(a, "status", names(a, 2, "draft", "archived"), 2);
	add_enum(b, "status", names(b, 4, "new", "draft", "published", "archived"), 4);
	sg_table *p = ut_add_table(b, "posts", 1);
	ut_add_column(p, "status", "status", true)->default_expr = "'published'::status";
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *add = ut_find_op(&r, "add values to enum status");
	assert_string_equal(add->up, "ALTER TYPE status ADD VALUE 'new' BEFORE 'draft';\n"
				     "ALTER TYPE status ADD VALUE 'published' BEFORE 'archived';");
	/* The values get a migration of their own, committed before the table uses them. */
	assert_int_equal(r.steps.nsteps, 2);
	assert_int_equal(r.steps.steps[0].kind, SG_STEP_ENUM_VALUES);
	assert_string_equal(r.steps.steps[0].name_suffix, "_enum_values");
	assert_string_equal(r.steps.steps[1].name_suffix, "");
	ut_free_result(&r, a, b);
}

static void test_diff__enum_value_removed_is_flagged_recreate(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	add_enum(a, "status", names(a, 3, "draft", "published", "archived"), 3);
	add_enum(b, "status", names(b, 2, "draft", "published"), 2);
	ut_add_column(&a->tables[0], "state", "status", true)->default_expr = "'draft'::status";
	ut_add_column(&b->tables[0], "state", "status", true)->default_expr = "'draft'::status";
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *re = ut_find_op(&r, "re-create enum status");
	assert_true(sg_op_has_hazard(re, SG_HAZARD_IRREVERSIBLE));
	assert_true(sg_op_has_hazard(re, SG_HAZARD_DATA_LOSS));
	assert_string_equal(re->up, "ALTER TYPE status RENAME TO status__old;\n"
				    "CREATE TYPE status AS ENUM ('draft', 'published');\n"
				    "ALTER TABLE users ALTER COLUMN state DROP DEFAULT;\n"
				    "ALTER TABLE users ALTER COLUMN state TYPE status USING state::text::status;\n"
				    "ALTER TABLE users ALTER COLUMN state SET DEFAULT 'draft'::status;\n"
				    "DROP TYPE status__old;");
	assert_non_null(strstr(re->down, "CREATE TYPE status AS ENUM ('draft', 'published', 'archived');"));
	ut_free_result(&r, a, b);
}

static void test_diff__online_forms_and_steps(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ub = &b->tables[0];
	add_index(b, ub, "users_email_idx", "email");
	sg_constraint *chk = &ub->constraints[ub->nconstraints++];
	chk->kind = SG_CON_CHECK;
	chk->name = "users_email_check";
	chk->expression = "email <> ''";
	ut_add_column(&a->tables[0], "nick", "text", true);
	ut_add_column(ub, "nick", "text", false);
	ut_result r = ut_run_diff(a, b, true);
	assert_int_equal(r.steps.nsteps, 3);
	assert_int_equal(r.steps.steps[0].kind, SG_STEP_MAIN);
	assert_int_equal(r.steps.steps[1].kind, SG_STEP_VALIDATE);
	assert_int_equal(r.steps.steps[2].kind, SG_STEP_CONCURRENT);
	assert_false(r.steps.steps[2].transactional);
	assert_string_equal(ut_find_op(&r, "create index users_email_idx on users")->up,
			    "CREATE INDEX CONCURRENTLY users_email_idx ON users (email);");
	assert_string_equal(ut_find_op(&r, "add check users_email_check on users")->up,
			    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;");
	assert_string_equal(ut_find_op(&r, "validate and set NOT NULL on users.nick")->up,
			    "ALTER TABLE users VALIDATE CONSTRAINT users_nick_not_null;\n"
			    "ALTER TABLE users ALTER COLUMN nick SET NOT NULL;\n"
			    "ALTER TABLE users DROP CONSTRAINT users_nick_not_null;");
	sg_strbuf file = SG_STRBUF_INIT;
	sg_emit_step_file(&file, &r.steps.steps[2], false);
	assert_int_equal(strncmp(file.data, "-- migrate:no-transaction\n", 26), 0);
	sg_strbuf_release(&file);
	ut_free_result(&r, a, b);
}

/* --online: a new UNIQUE key and a new PRIMARY KEY are built CONCURRENTLY, then attached USING INDEX. */
static void test_diff__online_keys_use_an_index_built_concurrently(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	for (int side = 0; side < 2; side++) {
		sg_schema *s = side ? b : a;
		sg_table *o = ut_add_table(s, "orgs", 2);
		ut_add_column(o, "id", "bigint", false);
		ut_add_column(o, "owner_email", "text", true);
	}
	sg_table *ub = &b->tables[0], *ob = &b->tables[1];
	sg_constraint *k = &ub->constraints[ub->nconstraints++];
	k->kind = SG_CON_UNIQUE;
	k->name = "users_email_key";
	k->columns = names(b, 1, "email");
	k->ncolumns = 1;
	k->deferrable = true;
	add_pk(b, ob, "orgs_pkey", "id");
	/* A foreign key to the new key can only come once the key exists. */
	add_fk(b, ob, "orgs_owner_email_fkey", "owner_email", "users", "email");
	ut_result r = ut_run_diff(a, b, true);
	assert_int_equal(r.steps.nsteps, 1);
	assert_int_equal(r.steps.steps[0].kind, SG_STEP_CONCURRENT);
	assert_false(r.steps.steps[0].transactional);
	const sg_op *key =
	    ut_find_op(&r, "add unique constraint users_email_key on users using an index built CONCURRENTLY");
	assert_string_equal(key->up,
			    "CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);\n"
			    "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key "
			    "DEFERRABLE;");
	assert_string_equal(key->down, "ALTER TABLE users DROP CONSTRAINT users_email_key;");
	assert_int_equal(key->nhazards, 0);
	const sg_op *pk = ut_find_op(&r, "add primary key orgs_pkey on orgs using an index built CONCURRENTLY");
	assert_string_equal(pk->up, "CREATE UNIQUE INDEX CONCURRENTLY orgs_pkey ON orgs (id);\n"
				    "ALTER TABLE orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY USING INDEX orgs_pkey;");
	size_t fk = op_index(&r, "add foreign key orgs_owner_email_fkey on orgs");
	size_t validate = op_index(&r, "validate foreign key orgs_owner_email_fkey on orgs");
	assert_true(op_index(&r, "add unique constraint users_email_key on users using an index built CONCURRENTLY") <
		    fk);
	assert_true(fk < validate);
	assert_string_equal(r.plan->ops[fk].up, "ALTER TABLE orgs ADD CONSTRAINT orgs_owner_email_fkey FOREIGN KEY "
						"(owner_email) REFERENCES users(email) NOT VALID;");
	ut_free_result(&r, a, b);
}

/* A key whose catalog definition says more than its fields (INCLUDE) keeps the direct form, and says so. */
static void test_diff__online_key_with_include_is_added_directly(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ub = &b->tables[0];
	sg_constraint *k = &ub->constraints[ub->nconstraints++];
	k->kind = SG_CON_UNIQUE;
	k->name = "users_email_key";
	k->columns = names(b, 1, "email");
	k->ncolumns = 1;
	k->definition = "UNIQUE (email) INCLUDE (id)";
	ut_result r = ut_run_diff(a, b, true);
	const sg_op *op = ut_find_op(&r, "add unique constraint users_email_key on users");
	assert_int_equal(op->phase, SG_PHASE_ADD_CONSTRAINT);
	assert_true(sg_op_has_hazard(op, SG_HAZARD_BLOCKING));
	ut_free_result(&r, a, b);
}

/*
 * --online drops an index CONCURRENTLY: after the new indexes are built when
 * the main step leaves it alone, else in a file of its own before the main
 * step (here its column is dropped).
 */
static void test_diff__online_drops_indexes_concurrently(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ua = &a->tables[0], *ub = &b->tables[0];
	ut_add_column(ua, "nick", "text", true);
	add_index(a, ua, "users_email_idx", "email");
	add_index(a, ua, "users_nick_idx", "nick");
	add_index(b, ub, "users_lower_idx", "lower(email)");
	ut_result r = ut_run_diff(a, b, true);
	assert_int_equal(r.steps.nsteps, 3);
	assert_int_equal(r.steps.steps[0].kind, SG_STEP_DROP_CONCURRENT);
	assert_false(r.steps.steps[0].transactional);
	assert_int_equal(r.steps.steps[1].kind, SG_STEP_MAIN);
	assert_int_equal(r.steps.steps[2].kind, SG_STEP_CONCURRENT);
	const sg_op *before = ut_find_op(&r, "drop index users_nick_idx on users");
	assert_int_equal(before->phase, SG_PHASE_DROP_INDEX_CONCURRENTLY);
	assert_string_equal(before->up, "DROP INDEX CONCURRENTLY users_nick_idx;");
	assert_string_equal(before->down, "CREATE INDEX CONCURRENTLY users_nick_idx ON users (nick);");
	const sg_op *after = ut_find_op(&r, "drop index users_email_idx on users");
	assert_int_equal(after->phase, SG_PHASE_DROP_INDEX_AFTER);
	assert_string_equal(after->up, "DROP INDEX CONCURRENTLY users_email_idx;");
	assert_true(op_index(&r, "create index users_lower_idx on users") <
		    op_index(&r, "drop index users_email_idx on users"));
	sg_strbuf file = SG_STRBUF_INIT;
	sg_emit_step_file(&file, &r.steps.steps[0], true);
	assert_int_equal(strncmp(file.data, "-- migrate:no-transaction\n", 26), 0);
	sg_strbuf_release(&file);
	ut_free_result(&r, a, b);
}

/*
 * --online: an index that calls a function the main step drops is dropped
 * before the main step (after it, the DROP FUNCTION found the index still
 * there: random class functions, seed 5171).
 */
static void test_diff__online_drops_an_index_calling_a_dropped_function_first(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_function *fn = sg_arena_array(a->arena, 1, sizeof(sg_function));
	fn->name = "ok";
	fn->types = "text";
	fn->identity = "v text";
	fn->arguments = "v text";
	fn->result = "boolean";
	fn->definition = "CREATE OR REPLACE FUNCTION public.ok(v text)\n RETURNS boolean\n LANGUAGE sql\n IMMUTABLE\n"
			 "RETURN (v IS NOT NULL)\n";
	a->functions = fn;
	a->nfunctions = 1;
	sg_index *x = add_index(a, &a->tables[0], "users_ok_idx", "ok(email)");
	x->definition = "CREATE INDEX users_ok_idx ON public.users USING btree (ok(email))";
	ut_result r = ut_run_diff(a, b, true);
	const sg_op *drop = ut_find_op(&r, "drop index users_ok_idx on users");
	assert_int_equal(drop->phase, SG_PHASE_DROP_INDEX_CONCURRENTLY);
	assert_int_equal(ut_find_op(&r, "drop function ok(v text)")->phase, SG_PHASE_DROP_FUNCTION);
	ut_free_result(&r, a, b);
}

/*
 * --online: a materialized view created again (its query changes) is
 * dropped early and computed again in the main step, which blocks its
 * readers; the hazard says so of the view (it spoke of "every table with a
 * column of this type", the message of a re-created type).
 */
static void test_diff__online_materialized_view_recreated_blocks(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_schema *sides[] = {a, b};
	for (int i = 0; i < 2; i++) {
		sg_view *v = sg_arena_array(sides[i]->arena, 1, sizeof(sg_view));
		v->name = "m";
		v->materialized = true;
		v->query =
		    i ? " SELECT users.id,\n    users.email\n   FROM users;" : " SELECT users.id\n   FROM users;";
		v->columns = i ? names(sides[i], 2, "id", "email") : names(sides[i], 1, "id");
		v->types = i ? names(sides[i], 2, "bigint", "text") : names(sides[i], 1, "bigint");
		v->ncolumns = i ? 2 : 1;
		sides[i]->views = v;
		sides[i]->nviews = 1;
	}
	ut_result r = ut_run_diff(a, b, true);
	const sg_op *op = ut_find_op(&r, "create again materialized view m");
	bool blocking = false;
	for (size_t i = 0; i < op->nhazards; i++)
		if (op->hazards[i].code == SG_HAZARD_BLOCKING) {
			blocking = true;
			assert_non_null(strstr(op->hazards[i].message, "materialized view 'm' is dropped"));
		}
	assert_true(blocking);
	ut_free_result(&r, a, b);
}

/*
 * --online adds a column whose default is volatile without it, sets the
 * default, fills the rows in batches in a file without a transaction, and
 * makes it NOT NULL through a validated check; rewrites that have no such
 * form say so.
 */
static void test_diff__online_volatile_default_is_backfilled(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ua = &a->tables[0], *ub = &b->tables[0];
	ut_add_column(ua, "n", "integer", true);
	ut_add_column(ub, "n", "bigint", true);
	ut_add_column(ub, "token", "uuid", false)->default_expr = "gen_random_uuid()";
	ut_result r = ut_run_diff(a, b, true);
	assert_int_equal(r.steps.nsteps, 3);
	assert_int_equal(r.steps.steps[1].kind, SG_STEP_BACKFILL);
	assert_false(r.steps.steps[1].transactional);
	const sg_op *add = ut_find_op(&r, "add column users.token");
	assert_string_equal(add->up, "ALTER TABLE users ADD COLUMN token uuid;\n"
				     "ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();");
	assert_string_equal(add->down, "ALTER TABLE users DROP COLUMN token;");
	assert_false(sg_op_has_hazard(add, SG_HAZARD_REWRITE));
	const sg_op *fill = ut_find_op(&r, "fill users.token with its default, in batches");
	assert_non_null(strstr(fill->up, "UPDATE users SET token = DEFAULT\n"));
	assert_non_null(strstr(fill->up, "COMMIT;"));
	assert_non_null(strstr(fill->up,
			       "\nALTER TABLE users ADD CONSTRAINT users_token_not_null CHECK (token IS NOT NULL) "
			       "NOT VALID;"));
	assert_string_equal(fill->down, "ALTER TABLE users DROP CONSTRAINT users_token_not_null;");
	assert_string_equal(ut_find_op(&r, "validate and set NOT NULL on users.token")->up,
			    "ALTER TABLE users VALIDATE CONSTRAINT users_token_not_null;\n"
			    "ALTER TABLE users ALTER COLUMN token SET NOT NULL;\n"
			    "ALTER TABLE users DROP CONSTRAINT users_token_not_null;");
	const sg_op *retype = ut_find_op(&r, "change type of users.n to bigint");
	assert_true(sg_op_has_hazard(retype, SG_HAZARD_REWRITE));
	assert_true(sg_op_has_hazard(retype, SG_HAZARD_BLOCKING));
	ut_free_result(&r, a, b);
}

/*
 * A statistics target comes with a column --online adds (after its default is
 * set, before the rows are filled); a changed one is set in one statement
 * that the down sets back, to -1 (the default) when the column had none.
 */
static void test_diff__statistics_targets(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	sg_table *ua = &a->tables[0], *ub = &b->tables[0];
	ut_add_column(ua, "bio", "text", true);
	sg_column *bio = ut_add_column(ub, "bio", "text", true);
	bio->has_statistics = true;
	bio->statistics = 0;
	sg_column *token = ut_add_column(ub, "token", "uuid", true);
	token->default_expr = "gen_random_uuid()";
	token->has_statistics = true;
	token->statistics = 800;
	ut_result r = ut_run_diff(a, b, true);
	assert_string_equal(ut_find_op(&r, "add column users.token")->up,
			    "ALTER TABLE users ADD COLUMN token uuid;\n"
			    "ALTER TABLE users ALTER COLUMN token SET DEFAULT gen_random_uuid();\n"
			    "ALTER TABLE users ALTER COLUMN token SET STATISTICS 800;");
	const sg_op *set = ut_find_op(&r, "set statistics of users.bio to 0");
	assert_string_equal(set->up, "ALTER TABLE users ALTER COLUMN bio SET STATISTICS 0;");
	assert_string_equal(set->down, "ALTER TABLE users ALTER COLUMN bio SET STATISTICS -1;");
	assert_int_equal(set->nhazards + set->ndown_hazards, 0);
	ut_free_result(&r, a, b);
}

static void test_diff__changed_primary_key_recreates_referencing_fk(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	for (int side = 0; side < 2; side++) {
		sg_schema *s = side ? b : a;
		sg_table *p = ut_add_table(s, "posts", 2);
		ut_add_column(p, "id", "bigint", false);
		ut_add_column(p, "author_id", "bigint", true);
		add_fk(s, p, "posts_author_id_fkey", "author_id", "users", "id");
	}
	/* The primary key users_pkey is replaced by a UNIQUE constraint on the same column. */
	b->tables[0].constraints[0].kind = SG_CON_UNIQUE;
	b->tables[0].constraints[0].name = "users_id_key";
	ut_result r = ut_run_diff(a, b, false);
	size_t drop_fk = op_index(&r, "drop foreign key posts_author_id_fkey on posts");
	size_t drop_pk = op_index(&r, "drop primary key users_pkey on users");
	size_t add_fk_i = op_index(&r, "add foreign key posts_author_id_fkey on posts");
	size_t add_key = op_index(&r, "add unique constraint users_id_key on users");
	assert_true(drop_fk < drop_pk);
	assert_true(add_key < add_fk_i);
	ut_free_result(&r, a, b);
}

/* DEFERRABLE is part of a key: a change re-creates it, and the DDL says it (the loader accepts it on UNIQUE). */
static void test_diff__deferrable_unique_is_a_change(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	for (int side = 0; side < 2; side++) {
		sg_schema *s = side ? b : a;
		sg_constraint *k = &s->tables[0].constraints[s->tables[0].nconstraints++];
		k->kind = SG_CON_UNIQUE;
		k->name = "users_email_key";
		k->columns = names(s, 1, "email");
		k->ncolumns = 1;
		k->deferrable = side == 1;
		k->initially_deferred = side == 1;
	}
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *drop = ut_find_op(&r, "drop unique constraint users_email_key on users");
	const sg_op *add = ut_find_op(&r, "add unique constraint users_email_key on users");
	assert_string_equal(
	    add->up, "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email) DEFERRABLE INITIALLY DEFERRED;");
	assert_string_equal(drop->down, "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);");
	assert_int_equal(r.plan->nops, 2);
	ut_free_result(&r, a, b);
}

static void test_diff__identity_order_around_not_null_and_default(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	/* n: nullable with a default -> identity; m: identity -> nullable with a default */
	ut_add_column(&a->tables[0], "n", "bigint", true)->default_expr = "0";
	ut_add_column(&b->tables[0], "n", "bigint", false)->identity = SG_IDENTITY_BY_DEFAULT;
	sg_column *m = ut_add_column(&a->tables[0], "m", "bigint", false);
	m->identity = SG_IDENTITY_ALWAYS;
	ut_add_column(&b->tables[0], "m", "bigint", true)->default_expr = "0";
	ut_result r = ut_run_diff(a, b, false);
	assert_true(op_index(&r, "drop default of users.n") < op_index(&r, "change identity of users.n"));
	assert_true(op_index(&r, "set NOT NULL on users.n") < op_index(&r, "change identity of users.n"));
	assert_true(op_index(&r, "change identity of users.m") < op_index(&r, "set default of users.m"));
	assert_true(op_index(&r, "change identity of users.m") < op_index(&r, "drop NOT NULL on users.m"));
	assert_string_equal(
	    ut_find_op(&r, "change identity of users.n")->up,
	    "ALTER TABLE users ALTER COLUMN n ADD GENERATED BY DEFAULT AS IDENTITY;\n"
	    "SELECT setval(pg_get_serial_sequence('users', 'n'), GREATEST(COALESCE(max(n), 0), 0) + 1, false) "
	    "FROM users;");
	assert_string_equal(ut_find_op(&r, "change identity of users.m")->up,
			    "ALTER TABLE users ALTER COLUMN m DROP IDENTITY;");
	ut_free_result(&r, a, b);
}

static void test_diff__output_is_deterministic(void **state)
{
	(void)state;
	char *texts[2];
	for (int run = 0; run < 2; run++) {
		sg_schema *a = base_schema(), *b = sg_schema_new("public");
		for (int i = 0; i < 3; i++) {
			static const char *const tn[] = {"zeta", "alpha", "mid"};
			sg_table *t = ut_add_table(b, tn[i], 1);
			ut_add_column(t, "id", "integer", false);
		}
		ut_result r = ut_run_diff(a, b, false);
		texts[run] = strdup(r.text);
		ut_free_result(&r, a, b);
	}
	assert_string_equal(texts[0], texts[1]);
	/* Tables are created in name order, whatever order the input had. */
	assert_true(strstr(texts[0], "CREATE TABLE alpha") < strstr(texts[0], "CREATE TABLE mid"));
	assert_true(strstr(texts[0], "CREATE TABLE mid") < strstr(texts[0], "CREATE TABLE zeta"));
	free(texts[0]);
	free(texts[1]);
}

static void test_diff__json_output(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = sg_schema_new("public");
	ut_result r = ut_run_diff(a, b, false);
	sg_strbuf sb = SG_STRBUF_INIT;
	const char *stems[] = {"000002_drop_users"};
	sg_emit_plan_json(&sb, &r.steps, stems);
	assert_non_null(strstr(sb.data, "\"changes\":true"));
	assert_non_null(strstr(sb.data, "\"destructive\":1"));
	assert_non_null(strstr(sb.data, "\"name\":\"000002_drop_users\""));
	assert_non_null(
	    strstr(sb.data, "{\"code\":\"data-loss\",\"message\":\"drops table 'users' and all its rows\"}"));
	sg_strbuf_release(&sb);
	ut_free_result(&r, a, b);
}

/* users plus orgs(id pk), users.org_id -> orgs, and a check on users.email: each constraint `not_valid` or not. */
static sg_schema *validity_schema(bool check_not_valid, bool fk_not_valid)
{
	sg_schema *s = base_schema();
	ut_add_column(&s->tables[0], "org_id", "bigint", true);
	sg_constraint *k = &s->tables[0].constraints[s->tables[0].nconstraints++];
	k->kind = SG_CON_CHECK;
	k->name = "users_email_check";
	k->expression = "email <> ''";
	k->not_valid = check_not_valid;
	add_fk(s, &s->tables[0], "users_org_id_fkey", "org_id", "orgs", "id")->not_valid = fk_not_valid;
	sg_table *o = ut_add_table(s, "orgs", 1);
	ut_add_column(o, "id", "bigint", false);
	add_pk(s, o, "orgs_pkey", "id");
	return s;
}

/*
 * NOT VALID in the database, valid in the model: VALIDATE CONSTRAINT in the
 * validations step, whose down drops the constraint and adds it back NOT
 * VALID.  Valid in the database where the model allows NOT VALID: nothing.
 */
static void test_diff__not_valid_constraints_are_validated(void **state)
{
	(void)state;
	sg_schema *a = validity_schema(true, true), *b = validity_schema(false, false);
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 2);
	const sg_op *chk = ut_find_op(&r, "validate check users_email_check on users");
	assert_int_equal(chk->phase, SG_PHASE_VALIDATE);
	assert_string_equal(chk->up, "ALTER TABLE users VALIDATE CONSTRAINT users_email_check;");
	assert_string_equal(chk->down,
			    "ALTER TABLE users DROP CONSTRAINT users_email_check;\n"
			    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;");
	assert_true(sg_op_has_hazard(chk, SG_HAZARD_NEEDS_BACKFILL));
	assert_false(sg_op_has_hazard(chk, SG_HAZARD_BLOCKING));
	const sg_op *fk = ut_find_op(&r, "validate foreign key users_org_id_fkey on users");
	assert_string_equal(fk->down, "ALTER TABLE users DROP CONSTRAINT users_org_id_fkey;\n"
				      "ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) "
				      "REFERENCES orgs(id) NOT VALID;");
	assert_int_equal(r.steps.nsteps, 1);
	assert_int_equal(r.steps.steps[0].kind, SG_STEP_VALIDATE);
	ut_free_result(&r, a, b);

	a = validity_schema(false, false);
	b = validity_schema(true, true);
	r = ut_run_diff(a, b, true);
	assert_int_equal(r.plan->nops, 0);
	ut_free_result(&r, a, b);
}

/*
 * A new constraint the model keeps NOT VALID is added so, with no scan to
 * warn about and nothing to validate, --online or not; a dropped NOT VALID
 * constraint comes back NOT VALID in the down (a validated one could fail).
 */
static void test_diff__not_valid_constraints_are_added_not_valid(void **state)
{
	(void)state;
	for (int online = 0; online < 2; online++) {
		sg_schema *a = base_schema(), *b = validity_schema(true, true);
		ut_add_column(&a->tables[0], "org_id", "bigint", true);
		ut_result r = ut_run_diff(a, b, online);
		const sg_op *chk = ut_find_op(&r, "add check users_email_check on users");
		assert_string_equal(
		    chk->up, "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;");
		assert_int_equal(chk->nhazards, 0);
		assert_string_equal(
		    ut_find_op(&r, "add foreign key users_org_id_fkey on users")->up,
		    "ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES "
		    "orgs(id) NOT VALID;");
		for (size_t i = 0; i < r.plan->nops; i++)
			assert_int_not_equal(r.plan->ops[i].phase, SG_PHASE_VALIDATE);
		ut_free_result(&r, a, b);
	}
	sg_schema *a = validity_schema(true, true), *b = base_schema();
	ut_add_column(&b->tables[0], "org_id", "bigint", true);
	sg_table *o = ut_add_table(b, "orgs", 1);
	ut_add_column(o, "id", "bigint", false);
	add_pk(b, o, "orgs_pkey", "id");
	ut_result r = ut_run_diff(a, b, false);
	assert_string_equal(ut_find_op(&r, "drop check users_email_check on users")->down,
			    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;");
	assert_string_equal(
	    ut_find_op(&r, "drop foreign key users_org_id_fkey on users")->down,
	    "ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs(id) "
	    "NOT VALID;");
	ut_free_result(&r, a, b);
}

/* NO INHERIT is part of a check: a change drops and adds it again, and the DDL says it. */
static void test_diff__no_inherit_is_a_change(void **state)
{
	(void)state;
	sg_schema *a = validity_schema(false, false), *b = validity_schema(false, false);
	a->tables[0].constraints[1].no_inherit = true;
	assert_string_equal(a->tables[0].constraints[1].name, "users_email_check");
	ut_result r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 2);
	assert_string_equal(ut_find_op(&r, "drop check users_email_check on users")->down,
			    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NO INHERIT;");
	assert_string_equal(ut_find_op(&r, "add check users_email_check on users")->up,
			    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '');");
	ut_free_result(&r, a, b);
	a = validity_schema(false, false);
	b = validity_schema(true, false);
	b->tables[0].constraints[1].no_inherit = true;
	r = ut_run_diff(a, b, false);
	assert_string_equal(
	    ut_find_op(&r, "add check users_email_check on users")->up,
	    "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NO INHERIT NOT VALID;");
	ut_free_result(&r, a, b);
}

/* A type change takes the model's conversions, up and down; once the types match they are ignored. */
static void test_diff__type_change_with_using(void **state)
{
	(void)state;
	sg_schema *a = base_schema(), *b = base_schema();
	ut_add_column(&a->tables[0], "seen", "bigint", true);
	sg_column *w = ut_add_column(&b->tables[0], "seen", "timestamp without time zone", true);
	w->using_expr = "to_timestamp(seen) AT TIME ZONE 'UTC'";
	w->using_down = "extract(epoch FROM seen AT TIME ZONE 'UTC')::bigint";
	ut_result r = ut_run_diff(a, b, false);
	const sg_op *op = ut_find_op(&r, "change type of users.seen to timestamp without time zone");
	assert_string_equal(op->up, "ALTER TABLE users ALTER COLUMN seen TYPE timestamp without time zone USING "
				    "to_timestamp(seen) AT TIME ZONE 'UTC';");
	assert_string_equal(
	    op->down, "ALTER TABLE users ALTER COLUMN seen TYPE bigint USING extract(epoch FROM seen AT TIME ZONE "
		      "'UTC')::bigint;");
	ut_free_result(&r, a, b);
	a = base_schema();
	b = base_schema();
	ut_add_column(&a->tables[0], "seen", "timestamp without time zone", true);
	ut_add_column(&b->tables[0], "seen", "timestamp without time zone", true)->using_expr = "to_timestamp(seen)";
	r = ut_run_diff(a, b, false);
	assert_int_equal(r.plan->nops, 0);
	ut_free_result(&r, a, b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_diff__identical_is_empty),
	    cmocka_unit_test(test_diff__create_table_with_fk_orders_key_last),
	    cmocka_unit_test(test_diff__cyclic_foreign_keys),
	    cmocka_unit_test(test_diff__drop_table_is_destructive_and_reversible),
	    cmocka_unit_test(test_diff__column_changes_and_hazards),
	    cmocka_unit_test(test_diff__renames_from_hints),
	    cmocka_unit_test(test_diff__drop_and_add_suggests_rename),
	    cmocka_unit_test(test_diff__enum_values_added_in_place),
	    cmocka_unit_test(test_diff__enum_value_removed_is_flagged_recreate),
	    cmocka_unit_test(test_diff__online_forms_and_steps),
	    cmocka_unit_test(test_diff__online_keys_use_an_index_built_concurrently),
	    cmocka_unit_test(test_diff__online_key_with_include_is_added_directly),
	    cmocka_unit_test(test_diff__online_drops_indexes_concurrently),
	    cmocka_unit_test(test_diff__online_drops_an_index_calling_a_dropped_function_first),
	    cmocka_unit_test(test_diff__online_materialized_view_recreated_blocks),
	    cmocka_unit_test(test_diff__online_volatile_default_is_backfilled),
	    cmocka_unit_test(test_diff__statistics_targets),
	    cmocka_unit_test(test_diff__changed_primary_key_recreates_referencing_fk),
	    cmocka_unit_test(test_diff__deferrable_unique_is_a_change),
	    cmocka_unit_test(test_diff__identity_order_around_not_null_and_default),
	    cmocka_unit_test(test_diff__output_is_deterministic),
	    cmocka_unit_test(test_diff__json_output),
	    cmocka_unit_test(test_diff__not_valid_constraints_are_validated),
	    cmocka_unit_test(test_diff__not_valid_constraints_are_added_not_valid),
	    cmocka_unit_test(test_diff__no_inherit_is_a_change),
	    cmocka_unit_test(test_diff__type_change_with_using),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
