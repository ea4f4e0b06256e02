/*
 * Constraint validity and NO INHERIT against a real server, on tables with
 * rows: the models say that a CHECK or foreign key is left NOT VALID
 * (`not_valid`) and that a check is NO INHERIT (`no_inherit`).  Every step is
 * planned, applied, must reach a fixpoint, keep the seeded rows, and its down
 * must give back the catalog and the rows it started from.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff_util.h"

static PGconn *conn_of(void **state)
{
	return ((sg_test_db *)*state)->conn;
}

/*
 * Plan from the database to `model`; the up must hold each of `want_up`.
 * Apply it: fixpoint, and `rows_sql` gives `rows_after`.  Apply its down:
 * the catalog and the rows are what they were, and the plan to `before`
 * (the models of the starting point) is empty again.
 */
static void round_trip(PGconn *conn, const sg_schema *before, const sg_schema *model, const char *const *want_up,
		       size_t nwant, const char *rows_sql, const char *rows_after)
{
	char *catalog0 = difftest_catalog_text(conn, "public");
	char *rows0 = sg_test_scalar(conn, rows_sql);
	difftest_plan p;
	difftest_plan_make(&p, conn, model, false);
	for (size_t i = 0; i < nwant; i++)
		if (!strstr(p.up.data, want_up[i]))
			fail_msg("the plan lacks '%s':\n%s", want_up[i], p.up.data);
	difftest_apply(conn, &p.steps, false, "up");
	difftest_expect_fixpoint(conn, model, "after the up,");
	char *rows = sg_test_scalar(conn, rows_sql);
	difftest_expect_same_text(rows_after, rows, "rows after the up");
	free(rows);
	difftest_apply(conn, &p.steps, true, "down");
	char *catalog = difftest_catalog_text(conn, "public");
	difftest_expect_same_text(catalog0, catalog, "catalog after the down");
	rows = sg_test_scalar(conn, rows_sql);
	difftest_expect_same_text(rows0, rows, "rows after the down");
	difftest_expect_fixpoint(conn, before, "after the down,");
	free(rows);
	free(catalog);
	free(rows0);
	free(catalog0);
	difftest_plan_release(&p);
}

static const char validity_setup[] =
	"CREATE TABLE orgs (id bigint PRIMARY KEY);"
	"CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint, email text);"
	"INSERT INTO orgs VALUES (1), (2);"
	"INSERT INTO users VALUES (1, 1, 'a@x'), (2, 2, 'b@x'), (3, NULL, 'c');"
	"ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email <> '') NOT VALID;"
	"ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs NOT VALID;"
	"ALTER TABLE users ADD CONSTRAINT users_id_check CHECK (id > 0) NO INHERIT;";

static const char users_rows[] =
	"SELECT string_agg(id || ':' || coalesce(org_id::text, '-') || ':' || email, ',' ORDER BY id) FROM users";

/* What validity_setup built, said by the models. */
static const char validity_as_is[] =
	"tables:\n"
	"  - name: orgs\n"
	"    columns:\n"
	"      - { name: id, type: bigint, primary_key: true }\n"
	"  - name: users\n"
	"    columns:\n"
	"      - { name: id, type: bigint, primary_key: true }\n"
	"      - { name: org_id, type: bigint, references: { table: orgs, not_valid: true } }\n"
	"      - { name: email, type: text }\n"
	"    checks:\n"
	"      - { expression: \"email <> ''\", not_valid: true }\n"
	"      - { expression: \"id > 0\", no_inherit: true }\n";

/*
 * The models say NOT VALID and NO INHERIT as the database has them: no
 * change.  Models that want the constraints valid and the check inheritable,
 * written in the catalog's own text as `inspect` writes it (the spelling
 * that hid NO INHERIT): VALIDATE CONSTRAINT for both, the check dropped and
 * added back; the down brings back NOT VALID and NO INHERIT exactly.  Once
 * valid, models that allow NOT VALID ask for nothing.
 */
static void test_diff_validity__validate_and_no_inherit(void **state)
{
	PGconn *conn = conn_of(state);
	sg_test_exec(conn, validity_setup);
	sg_schema *as_is = difftest_model_yaml("users.yaml", validity_as_is);
	difftest_expect_fixpoint(conn, as_is, "models that say NOT VALID and NO INHERIT:");
	sg_schema *valid = difftest_model_yaml("users.yaml",
					       "tables:\n"
					       "  - name: orgs\n"
					       "    columns:\n"
					       "      - { name: id, type: bigint, primary_key: true }\n"
					       "  - name: users\n"
					       "    columns:\n"
					       "      - { name: id, type: bigint, primary_key: true }\n"
					       "      - { name: org_id, type: bigint, references: { table: orgs } }\n"
					       "      - { name: email, type: text }\n"
					       "    checks:\n"
					       "      - { expression: \"(email <> ''::text)\" }\n"
					       "      - { expression: \"(id > 0)\" }\n");
	const char *want[] = {
		"ALTER TABLE users DROP CONSTRAINT users_id_check;",
		"ALTER TABLE users ADD CONSTRAINT users_id_check CHECK ((id > 0));",
		"ALTER TABLE users VALIDATE CONSTRAINT users_email_check;",
		"ALTER TABLE users VALIDATE CONSTRAINT users_org_id_fkey;",
	};
	round_trip(conn, as_is, valid, want, 4, users_rows, "1:1:a@x,2:2:b@x,3:-:c");

	/* Valid where the models allow NOT VALID: nothing to do. */
	difftest_plan p;
	difftest_plan_make(&p, conn, valid, false);
	difftest_apply(conn, &p.steps, false, "up");
	difftest_plan_release(&p);
	char *n = sg_test_scalar(conn, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'users'::regclass "
				       "AND (NOT convalidated OR (contype = 'c' AND connoinherit))");
	assert_string_equal(n, "0");
	free(n);
	sg_schema *allow = difftest_model_yaml(
		"users.yaml", "tables:\n"
			      "  - name: orgs\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "  - name: users\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "      - { name: org_id, type: bigint, references: { table: orgs, not_valid: true } }\n"
			      "      - { name: email, type: text }\n"
			      "    checks:\n"
			      "      - { expression: \"email <> ''\", not_valid: true }\n"
			      "      - { expression: \"id > 0\" }\n");
	difftest_expect_fixpoint(conn, allow, "valid constraints, models that allow NOT VALID:");
	sg_schema_free(allow);
	sg_schema_free(valid);
	sg_schema_free(as_is);
}

/*
 * A new constraint the models keep NOT VALID is added so: rows that violate
 * it stay, with or without --online.
 */
static void test_diff_validity__new_not_valid_constraints(void **state)
{
	PGconn *conn = conn_of(state);
	sg_test_exec(conn, validity_setup);
	sg_test_exec(conn, "ALTER TABLE users ADD COLUMN owner_id bigint;"
			   "UPDATE users SET owner_id = 9 WHERE id = 3;");
	sg_schema *as_is = difftest_model_yaml(
		"users.yaml", "tables:\n"
			      "  - name: orgs\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "  - name: users\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "      - { name: org_id, type: bigint, references: { table: orgs, not_valid: true } }\n"
			      "      - { name: email, type: text }\n"
			      "      - { name: owner_id, type: bigint }\n"
			      "    checks:\n"
			      "      - { expression: \"email <> ''\", not_valid: true }\n"
			      "      - { expression: \"id > 0\", no_inherit: true }\n");
	sg_schema *more = difftest_model_yaml(
		"users.yaml", "tables:\n"
			      "  - name: orgs\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "  - name: users\n"
			      "    columns:\n"
			      "      - { name: id, type: bigint, primary_key: true }\n"
			      "      - { name: org_id, type: bigint, references: { table: orgs, not_valid: true } }\n"
			      "      - { name: email, type: text }\n"
			      "      - { name: owner_id, type: bigint }\n"
			      "    checks:\n"
			      "      - { expression: \"email <> ''\", not_valid: true }\n"
			      "      - { expression: \"id > 0\", no_inherit: true }\n"
			      "      - { name: email_has_at, expression: \"email LIKE '%@%'\", not_valid: true }\n"
			      "    foreign_keys:\n"
			      "      - { columns: [owner_id], references: { table: orgs }, not_valid: true }\n");
	const char *want[] = {
		"ALTER TABLE users ADD CONSTRAINT email_has_at CHECK (email LIKE '%@%') NOT VALID;",
		"ALTER TABLE users ADD CONSTRAINT users_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES orgs(id) NOT "
		"VALID;",
	};
	const char rows[] = "SELECT string_agg(id || ':' || email || ':' || coalesce(owner_id::text, '-'), ',' "
			    "ORDER BY id) FROM users";
	round_trip(conn, as_is, more, want, 2, rows, "1:a@x:-,2:b@x:-,3:c:9");
	for (int online = 0; online < 2; online++) {
		sg_diff_options dopts = { .online = online == 1 };
		difftest_plan p;
		difftest_plan_make_opts(&p, conn, more, false, &dopts);
		if (strstr(p.up.data, "VALIDATE"))
			fail_msg("a NOT VALID constraint is validated:\n%s", p.up.data);
		difftest_plan_release(&p);
	}
	sg_schema_free(more);
	sg_schema_free(as_is);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_diff_validity__validate_and_no_inherit, sg_test_db_setup,
						sg_test_db_teardown),
		cmocka_unit_test_setup_teardown(test_diff_validity__new_not_valid_constraints, sg_test_db_setup,
						sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
