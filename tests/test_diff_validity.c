/*
 * Constraint validity, NO INHERIT and type conversions against a real
 * server, on tables with rows: the models say that a CHECK or foreign key is
 * left NOT VALID (`not_valid`), that a check is NO INHERIT (`no_inherit`),
 * and how a column's values convert when its type changes (`using`,
 * `using_down`).  Every step is planned, applied, must reach a fixpoint, keep
 * or convert the seeded rows as expected, and its down must give back the
 * catalog and the rows it started from.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "diff_util.h"
#include "normalize.h"

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
	sg_schema *valid =
	    difftest_model_yaml("users.yaml", "tables:\n"
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
		sg_diff_options dopts = {.online = online == 1};
		difftest_plan p;
		difftest_plan_make_opts(&p, conn, more, false, &dopts);
		if (strstr(p.up.data, "VALIDATE"))
			fail_msg("a NOT VALID constraint is validated:\n%s", p.up.data);
		difftest_plan_release(&p);
	}
	sg_schema_free(more);
	sg_schema_free(as_is);
}

static const char events_setup[] = "CREATE TABLE events (id int PRIMARY KEY, at bigint, n int);"
				   "INSERT INTO events VALUES (1, 1700000000, 5), (2, 0, 6), (3, NULL, 7);";

static const char events_rows[] =
    "SELECT string_agg(id || ':' || coalesce(at::text, '-') || ':' || n::text, ',' ORDER BY id) FROM events";

/* events with `at` of type `at_type` and the given extra keys, `n` of type `n_type`. */
static sg_schema *events_model(const char *at_type, const char *at_keys, const char *n_type)
{
	char yaml[1024];
	snprintf(yaml, sizeof(yaml),
		 "tables:\n"
		 "  - name: events\n"
		 "    columns:\n"
		 "      - { name: id, type: int, primary_key: true }\n"
		 "      - { name: at, type: %s%s }\n"
		 "      - { name: n, type: %s }\n",
		 at_type, at_keys, n_type);
	return difftest_model_yaml("events.yaml", yaml);
}

/* sg_normalize must refuse `model` as bad input, with a message starting `prefix` and holding `part`. */
static void expect_refused(PGconn *conn, const sg_schema *model, const char *prefix, const char *part)
{
	sg_schema *live = NULL, *desired = NULL;
	sg_error err = {0};
	assert_int_equal(sg_catalog_load(&live, conn, NULL, &err), 0);
	if (sg_normalize(&desired, conn, model, live, NULL, &err) != -1)
		fail_msg("accepted a conversion the server refuses (expected '%s')", part);
	const char *msg = sg_error_message(&err);
	if (err.kind != SG_ERR_INPUT || strncmp(msg, prefix, strlen(prefix)) != 0 || !strstr(msg, part))
		fail_msg("unexpected error (kind %d): %s", (int)err.kind, msg);
	sg_error_clear(&err);
	sg_schema_free(live);
}

/*
 * bigint epoch seconds to timestamp and back: there is no cast, so the
 * plain conversion is refused at diff time, naming the column and the key
 * to give (never SQL that `migrate` would fail on); with `using` and
 * `using_down` the values convert both ways, and the hints cause no change
 * once the type matches.
 */
static void test_diff_validity__type_change_using(void **state)
{
	PGconn *conn = conn_of(state);
	sg_test_exec(conn, events_setup);
	sg_schema *start = events_model("bigint", "", "int");
	difftest_expect_fixpoint(conn, start, "the starting models:");

	sg_schema *m = events_model("timestamp", "", "int");
	expect_refused(conn, m,
		       "events.yaml:5:17: column 'at' of table 'events' cannot change from bigint to "
		       "timestamp without time zone by a cast: cannot cast type bigint to timestamp",
		       "give the conversion as 'using: EXPR'");
	sg_schema_free(m);
	m = events_model("timestamp", ", using: \"to_timestamp(at) AT TIME ZONE 'UTC'\"", "int");
	expect_refused(conn, m,
		       "events.yaml:5:17: column 'at' of table 'events' cannot change back (in the down "
		       "migration) from timestamp without time zone to bigint by a cast",
		       "give the conversion as 'using_down: EXPR'");
	sg_schema_free(m);
	m = events_model("timestamp", ", using: \"to_timestamp(at, 'YYYY')\", using_down: \"0\"", "int");
	expect_refused(conn, m,
		       "events.yaml:5:45: 'using' of column 'at' of table 'events' does not convert bigint to "
		       "timestamp without time zone: function to_timestamp(bigint, unknown) does not exist",
		       "(SQLSTATE 42883)");
	sg_schema_free(m);

	m = events_model("timestamp",
			 ", using: \"to_timestamp(at) AT TIME ZONE 'UTC'\","
			 " using_down: \"extract(epoch FROM at AT TIME ZONE 'UTC')::bigint\"",
			 "text");
	const char *want[] = {
	    "ALTER TABLE events ALTER COLUMN at TYPE timestamp without time zone USING to_timestamp(at) AT TIME "
	    "ZONE 'UTC';",
	    "ALTER TABLE events ALTER COLUMN n TYPE text USING n::text;",
	};
	round_trip(conn, start, m, want, 2, events_rows, "1:2023-11-14 22:13:20:5,2:1970-01-01 00:00:00:6,3:-:7");
	sg_schema_free(m);
	sg_schema_free(start);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_diff_validity__validate_and_no_inherit, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_validity__new_not_valid_constraints, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_validity__type_change_using, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
