/*
 * A schema's life against a real server: model versions one after another,
 * as an application's models evolve (columns added, dropped, renamed, widened
 * and retyped; defaults and nullability changed; indexes, keys, checks and
 * foreign keys added and dropped; enum values added and removed; domains
 * added, altered, renamed and re-created under their columns; tables with
 * composite keys and self-references added, renamed and dropped).  Each step
 * is planned, applied and must reach a fixpoint; then every step's down SQL
 * is applied in reverse and must give back the previous version's catalog
 * (columns compared by name), down to an empty schema.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff_util.h"

static const char *const versions[] = {
    /* v1: one table */
    "tables:\n"
    "  - name: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: varchar(100), nullable: false, unique: true }\n"
    "      - { name: name, type: text }\n",

    /* v2: a referenced table, an expression index, a check */
    "functions:\n"
    "  - { name: nonblank, definition: \"CREATE FUNCTION nonblank(t text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "RETURN t <> ''\" }\n"
    "  - { name: org_label, definition: \"CREATE FUNCTION org_label(o orgs) RETURNS text LANGUAGE sql AS $$ SELECT "
    "o.name $$\" }\n"
    "tables:\n"
    "  - name: orgs\n"
    "    columns:\n"
    "      - { name: id, type: int, identity: always, primary_key: true }\n"
    "      - { name: name, type: text, nullable: false }\n"
    "  - name: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: varchar(100), nullable: false, unique: true }\n"
    "      - { name: name, type: text }\n"
    "      - { name: org_id, type: int, references: { table: orgs, on_delete: set_null } }\n"
    "    checks:\n"
    "      - { expression: \"nonblank(name)\" }\n"
    "    indexes:\n"
    "      - { columns: [\"lower(email)\"] }\n",

    /* v3: an enum column, a widened type (to a domain), a renamed column, new defaults */
    "views:\n"
    "  - { name: user_emails, query: \"SELECT id, email FROM users\" }\n"
    "  - { name: org_sizes, materialized: true, query: \"SELECT org_id, count(*) AS n FROM users GROUP BY org_id\", "
    "indexes: [{ name: org_sizes_org, columns: [org_id] }] }\n"
    "functions:\n"
    "  - { name: stamp, definition: \"CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := "
    "now(); RETURN NEW; END $$\" }\n"
    "  - { name: nonblank, definition: \"CREATE FUNCTION nonblank(t text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "RETURN length(t) > 0\" }\n"
    "  - { name: org_label, definition: \"CREATE FUNCTION org_label(o orgs) RETURNS text LANGUAGE sql AS $$ SELECT "
    "o.name $$\" }\n"
    "  - { name: display, definition: \"CREATE FUNCTION display(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN "
    "RETURN upper(t); END $$\" }\n"
    "enums:\n"
    "  - { name: user_status, values: [active, banned] }\n"
    "domains:\n"
    "  - { name: email_address, type: varchar(255), checks: [{ expression: \"VALUE LIKE '%@%'\" }] }\n"
    "tables:\n"
    "  - name: audit_log\n"
    "    columns:\n"
    "      - { name: id, type: int }\n"
    "      - { name: at, type: timestamptz }\n"
    "    triggers:\n"
    "      - { name: audit_log_stamp, timing: before, events: [insert], for_each: row, function: stamp() }\n"
    "  - name: orgs\n"
    "    columns:\n"
    "      - { name: id, type: int, identity: always, primary_key: true }\n"
    "      - { name: name, type: text, nullable: false, default: \"'unnamed'\" }\n"
    "  - name: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: email_address, nullable: false, unique: true }\n"
    "      - { name: full_name, type: text, renamed_from: name }\n"
    "      - { name: org_id, type: int, references: { table: orgs, on_delete: set_null } }\n"
    "      - { name: status, type: user_status, nullable: false, default: \"'active'\" }\n"
    "      - { name: created_at, type: timestamptz, nullable: false, default: now() }\n"
    "    checks:\n"
    "      - { expression: \"nonblank(full_name)\" }\n"
    "    indexes:\n"
    "      - { columns: [\"lower(email)\"] }\n",

    /* v4: an enum value before another, a composite key, a self-reference, int -> bigint on both FK sides */
    "views:\n"
    "  - { name: user_emails, query: \"SELECT id, email, org_id FROM users\" }\n"
    "  - { name: org_sizes, materialized: true, query: \"SELECT org_id, count(*) AS n FROM users GROUP BY org_id\", "
    "indexes: [{ name: org_sizes_org, columns: [org_id], unique: true }] }\n"
    "  - { name: unassigned, query: \"SELECT id FROM user_emails WHERE org_id IS NULL\" }\n"
    "functions:\n"
    "  - { name: stamp, definition: \"CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := "
    "now(); RETURN NEW; END $$\" }\n"
    "  - { name: nonblank, definition: \"CREATE FUNCTION nonblank(t text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "RETURN length(t) > 0\" }\n"
    "  - { name: org_label, definition: \"CREATE FUNCTION org_label(o orgs) RETURNS text LANGUAGE sql AS $$ SELECT "
    "o.name $$\" }\n"
    "  - { name: shown, renamed_from: display, definition: \"CREATE FUNCTION shown(t text) RETURNS text LANGUAGE "
    "plpgsql AS $$ BEGIN RETURN upper(t); END $$\" }\n"
    "enums:\n"
    "  - { name: user_status, values: [pending, active, banned] }\n"
    "domains:\n"
    "  - name: email_address\n"
    "    type: varchar(255)\n"
    "    default: \"'nobody@example.com'\"\n"
    "    comment: An address\n"
    "    checks: [{ expression: \"VALUE LIKE '%@%'\" }]\n"
    "tables:\n"
    "  - name: audit_log\n"
    "    columns:\n"
    "      - { name: id, type: int }\n"
    "      - { name: at, type: timestamptz }\n"
    "    triggers:\n"
    "      - { name: audit_log_stamp, timing: before, events: [insert, update], for_each: row, function: stamp() }\n"
    "  - name: orgs\n"
    "    columns:\n"
    "      - { name: id, type: bigint, identity: always, primary_key: true }\n"
    "      - { name: name, type: text, nullable: false, default: \"'unnamed'\" }\n"
    "      - { name: parent_id, type: bigint, references: { table: orgs, on_delete: cascade } }\n"
    "  - name: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: email_address, nullable: false, unique: true }\n"
    "      - { name: full_name, type: text }\n"
    "      - { name: org_id, type: bigint, references: { table: orgs, on_delete: set_null } }\n"
    "      - { name: status, type: user_status, nullable: false, default: \"'pending'\" }\n"
    "      - { name: created_at, type: timestamptz, nullable: false, default: now() }\n"
    "    checks:\n"
    "      - { expression: \"full_name <> ''\" }\n"
    "    indexes:\n"
    "      - { columns: [\"lower(email)\"] }\n"
    "  - name: memberships\n"
    "    columns:\n"
    "      - { name: org_id, type: bigint }\n"
    "      - { name: user_id, type: bigint }\n"
    "      - { name: role, type: text, nullable: false, default: \"'member'\" }\n"
    "    primary_key: [org_id, user_id]\n"
    "    foreign_keys:\n"
    "      - { columns: [org_id], references: { table: orgs }, on_delete: cascade }\n"
    "      - { columns: [user_id], references: { table: users }, on_delete: cascade, deferrable: true }\n",

    /* v5: keys and indexes change, a partial index on an enum literal, a value at the end, NOT NULL, a
       composite foreign key, a dropped column */
    "views:\n"
    "  - { name: user_emails, query: \"SELECT id, email, org_id FROM users\" }\n"
    "  - { name: unassigned, query: \"SELECT id FROM user_emails WHERE org_id IS NULL\" }\n"
    "functions:\n"
    "  - { name: stamp, definition: \"CREATE FUNCTION stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.at := "
    "now(); RETURN NEW; END $$\" }\n"
    "  - { name: nonblank, definition: \"CREATE FUNCTION nonblank(t text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "RETURN length(t) > 0\" }\n"
    "  - { name: org_label, definition: \"CREATE FUNCTION org_label(o orgs) RETURNS text LANGUAGE sql STABLE AS $$ "
    "SELECT o.name $$\" }\n"
    "  - { name: shown, definition: \"CREATE FUNCTION shown(t text) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN "
    "upper(t); END $$\" }\n"
    "enums:\n"
    "  - { name: user_status, values: [pending, active, banned, archived] }\n"
    "domains:\n"
    "  - name: email_address\n"
    "    type: varchar(255)\n"
    "    nullable: false\n"
    "    comment: An address\n"
    "    checks: [{ expression: \"VALUE LIKE '%@%'\" }, { name: long_enough, expression: length(VALUE) > 3 }]\n"
    "  - { name: amount_t, type: \"numeric(10,2)\", checks: [{ expression: VALUE > -100 }] }\n"
    "tables:\n"
    "  - name: audit_log\n"
    "    columns:\n"
    "      - { name: id, type: int }\n"
    "      - { name: at, type: timestamptz }\n"
    "    triggers:\n"
    "      - { name: audit_log_stamp, timing: before, events: [insert, \"update of at\"], for_each: row, function: "
    "stamp(), enabled: false }\n"
    "  - name: orgs\n"
    "    columns:\n"
    "      - { name: id, type: bigint, identity: always, primary_key: true }\n"
    "      - { name: name, type: text, nullable: false, default: \"'unnamed'\" }\n"
    "      - { name: parent_id, type: bigint, references: { table: orgs, on_delete: cascade } }\n"
    "  - name: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: email_address, nullable: false }\n"
    "      - { name: full_name, type: text, nullable: false, default: \"''\" }\n"
    "      - { name: org_id, type: bigint, references: { table: orgs, on_delete: set_null } }\n"
    "      - { name: status, type: user_status, nullable: false, default: \"'pending'\" }\n"
    "    unique:\n"
    "      - { columns: [org_id, email] }\n"
    "    indexes:\n"
    "      - { columns: [\"lower(email)\"], unique: true }\n"
    "      - { columns: [id DESC], where: \"status = 'active'\" }\n"
    "  - name: memberships\n"
    "    columns:\n"
    "      - { name: org_id, type: bigint }\n"
    "      - { name: user_id, type: bigint }\n"
    "      - { name: role, type: text, nullable: false, default: \"'member'\" }\n"
    "    primary_key: [org_id, user_id]\n"
    "    foreign_keys:\n"
    "      - { columns: [org_id], references: { table: orgs }, on_delete: cascade }\n"
    "      - { columns: [user_id], references: { table: users }, on_delete: cascade, deferrable: true }\n"
    "  - name: grants\n"
    "    columns:\n"
    "      - { name: id, type: serial, primary_key: true }\n"
    "      - { name: org_id, type: bigint, nullable: false }\n"
    "      - { name: user_id, type: bigint, nullable: false }\n"
    "      - { name: amount, type: amount_t, default: \"-1.5\" }\n"
    "    foreign_keys:\n"
    "      - { columns: [org_id, user_id], references: { table: memberships }, on_delete: cascade }\n",

    /* v6: a renamed table, an enum value removed (re-create), a retyped column, a dropped table */
    "functions:\n"
    "  - { name: nonblank, definition: \"CREATE FUNCTION nonblank(t text) RETURNS boolean LANGUAGE sql IMMUTABLE "
    "RETURN length(t) > 0\" }\n"
    "  - { name: shown, definition: \"CREATE FUNCTION shown(t text) RETURNS varchar LANGUAGE plpgsql AS $$ BEGIN "
    "RETURN upper(t); END $$\" }\n"
    "enums:\n"
    "  - { name: user_status, values: [pending, active, archived] }\n"
    "domains:\n"
    "  - name: email_text\n"
    "    renamed_from: email_address\n"
    "    type: varchar(255)\n"
    "    nullable: false\n"
    "    checks: [{ expression: \"VALUE LIKE '%@%'\" }, { name: long_enough, expression: length(VALUE) > 3 }]\n"
    "  - { name: amount_t, type: \"numeric(12,2)\", checks: [{ expression: VALUE > -100 }] }\n"
    "tables:\n"
    "  - name: orgs\n"
    "    columns:\n"
    "      - { name: id, type: bigint, identity: always, primary_key: true }\n"
    "      - { name: name, type: text, nullable: false, default: \"'unnamed'\" }\n"
    "      - { name: parent_id, type: bigint, references: { table: orgs, on_delete: cascade } }\n"
    "  - name: accounts\n"
    "    renamed_from: users\n"
    "    columns:\n"
    "      - { name: id, type: bigserial, primary_key: true }\n"
    "      - { name: email, type: email_text, nullable: false }\n"
    "      - { name: full_name, type: text, nullable: false, default: \"''\" }\n"
    "      - { name: org_id, type: bigint, references: { table: orgs, on_delete: set_null } }\n"
    "      - { name: status, type: user_status, nullable: false, default: \"'pending'\" }\n"
    "    unique:\n"
    "      - { columns: [org_id, email] }\n"
    "    indexes:\n"
    "      - { columns: [\"lower(email)\"], unique: true }\n"
    "      - { columns: [id DESC], where: \"status = 'active'\" }\n"
    "  - name: grants\n"
    "    columns:\n"
    "      - { name: id, type: serial, primary_key: true }\n"
    "      - { name: org_id, type: bigint, nullable: false, references: { table: orgs } }\n"
    "      - { name: user_id, type: bigint, nullable: false, references: { table: accounts } }\n"
    "      - { name: amount, type: amount_t, default: \"0\" }\n",
};

#define NVERSIONS (sizeof(versions) / sizeof(versions[0]))

static void test_diff_evolution__up_then_down(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	difftest_plan plans[NVERSIONS];
	char *before[NVERSIONS];
	sg_schema *models[NVERSIONS];
	for (size_t v = 0; v < NVERSIONS; v++) {
		char name[32], when[64];
		snprintf(name, sizeof(name), "v%zu.yaml", v + 1);
		snprintf(when, sizeof(when), "after v%zu,", v + 1);
		models[v] = difftest_model_yaml(name, versions[v]);
		before[v] = difftest_catalog_text_by_name(conn, "public");
		difftest_plan_make(&plans[v], conn, models[v], false);
		assert_true(plans[v].plan->nops > 0);
		difftest_apply(conn, &plans[v].steps, false, name);
		difftest_expect_fixpoint(conn, models[v], when);
	}
	for (size_t v = NVERSIONS; v-- > 0;) {
		char what[64];
		snprintf(what, sizeof(what), "catalog after the down of v%zu vs before its up", v + 1);
		difftest_apply(conn, &plans[v].steps, true, what);
		char *now = difftest_catalog_text_by_name(conn, "public");
		difftest_expect_same_text(before[v], now, what);
		free(now);
		if (v > 0)
			difftest_expect_fixpoint(conn, models[v - 1], "after a down,");
		free(before[v]);
		difftest_plan_release(&plans[v]);
		sg_schema_free(models[v]);
	}
}

/*
 * Models of a schema other than public, applied from a session whose
 * search_path does not name it (as `migrate` runs them): names are qualified,
 * and every file pins search_path for the catalog's unqualified text
 * (enum-typed defaults and checks, foreign keys, serial sequences).  The
 * second version adds an enum value (its own step) and, --online, builds an
 * index CONCURRENTLY (a file without a transaction).
 */
static void test_diff_evolution__other_schema(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	static const char *const app[] = {
	    "schema: app\n"
	    "enums:\n"
	    "  - { name: mood, values: [ok, sad] }\n"
	    "tables:\n"
	    "  - name: people\n"
	    "    columns:\n"
	    "      - { name: id, type: serial, primary_key: true }\n"
	    "      - { name: mood, type: mood, nullable: false, default: \"'ok'\" }\n"
	    "      - { name: boss_id, type: int, references: { table: people } }\n"
	    "    checks:\n"
	    "      - { expression: \"mood <> 'sad' OR boss_id IS NOT NULL\" }\n"
	    "    indexes:\n"
	    "      - { columns: [boss_id], where: \"mood = 'ok'\" }\n",

	    "schema: app\n"
	    "enums:\n"
	    "  - { name: mood, values: [ok, meh, sad] }\n"
	    "tables:\n"
	    "  - name: people\n"
	    "    columns:\n"
	    "      - { name: id, type: serial, primary_key: true }\n"
	    "      - { name: mood, type: mood, nullable: false, default: \"'meh'\" }\n"
	    "      - { name: boss_id, type: int, references: { table: people } }\n"
	    "      - { name: team, type: text }\n"
	    "    checks:\n"
	    "      - { expression: \"mood <> 'sad' OR boss_id IS NOT NULL\" }\n"
	    "    indexes:\n"
	    "      - { columns: [boss_id], where: \"mood = 'ok'\" }\n"
	    "      - { columns: [team, mood] }\n"
	    "  - name: teams\n"
	    "    columns:\n"
	    "      - { name: id, type: bigserial, primary_key: true }\n"
	    "      - { name: lead_id, type: int, references: { table: people, on_delete: set_null } }\n",
	};
	sg_test_exec(conn,
		     "CREATE SCHEMA app; CREATE TABLE public.people (id text); CREATE TYPE public.mood AS ENUM ('x')");
	char *before[2];
	difftest_plan plans[2];
	sg_schema *models[2];
	for (int v = 0; v < 2; v++) {
		models[v] = difftest_model_yaml("app.yaml", app[v]);
		before[v] = difftest_catalog_text_by_name(conn, "app");
		sg_diff_options dopts = {.qual = "app", .online = v == 1};
		difftest_plan_make_opts(&plans[v], conn, models[v], false, &dopts);
		assert_non_null(strstr(plans[v].up.data, "SET LOCAL search_path = app;\n"));
		if (v == 1)
			assert_non_null(strstr(plans[v].up.data, "SET search_path = app;\n"));
		difftest_apply(conn, &plans[v].steps, false, "up");
		char *path = sg_test_scalar(conn, "SHOW search_path");
		assert_string_equal(path, "\"$user\", public");
		free(path);
		difftest_expect_fixpoint(conn, models[v], "in schema app,");
	}
	for (int v = 2; v-- > 0;) {
		difftest_apply(conn, &plans[v].steps, true, "down");
		char *now = difftest_catalog_text_by_name(conn, "app");
		difftest_expect_same_text(before[v], now, "schema app after a down");
		free(now);
		free(before[v]);
		difftest_plan_release(&plans[v]);
		sg_schema_free(models[v]);
	}
	/* public was never touched. */
	char *n = sg_test_scalar(conn, "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace");
	assert_string_equal(n, "1");
	free(n);
}

/*
 * Sequences as objects of their own (issue 13), in a schema other than public
 * so every name is qualified: created with a table whose defaults read them,
 * owned, renamed (the default follows), altered, disowned and kept when their
 * owner's table goes, dropped; a foreign key MATCH FULL comes and goes.  Each
 * step reaches a fixpoint and each down gives back the catalog before it.
 */
static void test_diff_evolution__sequences(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	static const char *const app[] = {
	    "schema: app\n"
	    "sequences:\n"
	    "  - { name: counter, owned_by: items.n }\n"
	    "  - { name: gaps, type: integer, start: 100 }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: serial, primary_key: true }\n"
	    "      - { name: n, type: bigint, default: \"nextval('counter')\" }\n"
	    "      - { name: code, type: int, default: \"nextval('gaps')\" }\n",

	    "schema: app\n"
	    "sequences:\n"
	    "  - { name: item_no, renamed_from: counter, increment: 5 }\n"
	    "  - { name: fresh, owned_by: boxes.k, comment: box keys }\n"
	    "tables:\n"
	    "  - name: boxes\n"
	    "    columns:\n"
	    "      - { name: k, type: bigint, default: \"nextval('fresh')\", unique: true }\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: serial, primary_key: true }\n"
	    "      - { name: n, type: bigint, default: \"nextval('item_no')\" }\n"
	    "      - { name: code, type: int }\n"
	    "      - { name: box_k, type: bigint, references: { table: boxes, column: k, match: full } }\n",

	    "schema: app\n"
	    "sequences:\n"
	    "  - { name: item_no, type: integer, increment: 5, max: 1000000, cycle: true }\n"
	    "  - { name: fresh }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: serial, primary_key: true }\n"
	    "      - { name: n, type: bigint, default: \"nextval('item_no')\" }\n"
	    "      - { name: code, type: int }\n",
	};
	enum { N = sizeof(app) / sizeof(app[0]) };
	sg_test_exec(conn, "CREATE SCHEMA app");
	char *before[N];
	difftest_plan plans[N];
	sg_schema *models[N];
	for (int v = 0; v < N; v++) {
		models[v] = difftest_model_yaml("app.yaml", app[v]);
		before[v] = difftest_catalog_text_by_name(conn, "app");
		sg_diff_options dopts = {.qual = "app"};
		difftest_plan_make_opts(&plans[v], conn, models[v], true, &dopts);
		difftest_apply(conn, &plans[v].steps, false, "up");
		difftest_expect_fixpoint(conn, models[v], "sequences in schema app,");
	}
	for (int v = N; v-- > 0;) {
		difftest_apply(conn, &plans[v].steps, true, "down");
		char *now = difftest_catalog_text_by_name(conn, "app");
		difftest_expect_same_text(before[v], now, "sequences in schema app after a down");
		free(now);
		free(before[v]);
		difftest_plan_release(&plans[v]);
		sg_schema_free(models[v]);
	}
}

/*
 * The code next to the tables through four versions (issue 14): functions
 * called by a default, a check and an index; an overload; a procedure; a
 * SECURITY DEFINER function with search_path; a trigger and its function;
 * views on a table and on a view, a materialized view with an index.  They
 * are renamed, replaced, given other arguments (the caller changing in the
 * same step), swapped, retyped under the views, and dropped.  Each step
 * reaches a fixpoint and each down gives back the catalog before it.
 */
static void test_diff_evolution__code(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	static const char *const code[] = {
	    "functions:\n"
	    "  - { name: ok, definition: \"CREATE FUNCTION ok(v text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v "
	    "IS NULL OR length(v) >= 0\" }\n"
	    "  - { name: seven, definition: \"CREATE FUNCTION seven() RETURNS int LANGUAGE sql RETURN 7\" }\n"
	    "  - { name: touch, definition: \"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
	    "RETURN NEW; END $$\" }\n"
	    "  - { name: bump, definition: \"CREATE PROCEDURE bump(n int) LANGUAGE plpgsql AS $$ BEGIN PERFORM n; END "
	    "$$\" }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: label, type: text }\n"
	    "      - { name: qty, type: int, default: seven() }\n"
	    "    checks: [{ name: label_ok, expression: ok(label) }]\n"
	    "    indexes: [{ name: items_ok, columns: [\"ok(label)\"] }]\n"
	    "    triggers:\n"
	    "      - { name: items_touch, timing: before, events: [update], for_each: row, function: touch() }\n"
	    "views:\n"
	    "  - { name: labels, query: \"SELECT id, label FROM items\" }\n"
	    "  - { name: totals, materialized: true, query: \"SELECT label, sum(qty) AS n FROM items GROUP BY label\", "
	    "indexes: [{ name: totals_label, columns: [label] }] }\n",

	    "functions:\n"
	    "  - { name: ok, definition: \"CREATE FUNCTION ok(v text) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v "
	    "IS NULL OR length(v) >= 0\" }\n"
	    "  - { name: ok, definition: \"CREATE FUNCTION ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v "
	    "IS NULL OR v >= 0\" }\n"
	    "  - { name: lucky, renamed_from: seven, definition: \"CREATE FUNCTION lucky() RETURNS int LANGUAGE sql "
	    "SECURITY DEFINER SET search_path = public, pg_temp RETURN 7\" }\n"
	    "  - { name: touch, definition: \"CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
	    "PERFORM 1; RETURN NEW; END $$\" }\n"
	    "  - { name: bump, definition: \"CREATE PROCEDURE bump(n int) LANGUAGE sql BEGIN ATOMIC SELECT n; END\" }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: label, type: text }\n"
	    "      - { name: qty, type: int, default: lucky() }\n"
	    "    checks: [{ name: label_ok, expression: ok(label) }, { name: qty_ok, expression: ok(qty) }]\n"
	    "    indexes: [{ name: items_ok, columns: [\"ok(label)\"] }]\n"
	    "    triggers:\n"
	    "      - { name: items_touch, timing: before, events: [insert, update], for_each: row, function: touch(), "
	    "when: \"NEW.label IS NOT NULL\" }\n"
	    "views:\n"
	    "  - { name: labels, query: \"SELECT id, label, qty FROM items\" }\n"
	    "  - { name: short_labels, query: \"SELECT id, label FROM labels WHERE qty < 10\", options: { "
	    "security_barrier: true } }\n"
	    "  - { name: totals, materialized: true, query: \"SELECT label, sum(qty) AS n FROM items GROUP BY label\", "
	    "indexes: [{ name: totals_label, columns: [label] }, { name: totals_n, columns: [n] }] }\n",

	    "functions:\n"
	    "  - { name: ok, definition: \"CREATE FUNCTION ok(v text, w int DEFAULT 0) RETURNS boolean LANGUAGE sql "
	    "IMMUTABLE RETURN v IS NULL OR length(v) >= w\" }\n"
	    "  - { name: ok, definition: \"CREATE FUNCTION ok(v int) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN v "
	    "IS NULL OR v >= 0\" }\n"
	    "  - { name: lucky, definition: \"CREATE FUNCTION lucky() RETURNS int LANGUAGE sql SECURITY DEFINER SET "
	    "search_path = public, pg_temp RETURN 7\" }\n"
	    "  - { name: touch2, definition: \"CREATE FUNCTION touch2() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
	    "RETURN COALESCE(NEW, OLD); END $$\" }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: title, type: text, renamed_from: label }\n"
	    "      - { name: qty, type: bigint, default: lucky() }\n"
	    "    checks: [{ name: label_ok, expression: \"ok(title, 0)\" }, { name: qty_ok, expression: "
	    "\"ok(qty::int)\" }]\n"
	    "    triggers:\n"
	    "      - { name: items_touch, timing: after, events: [insert, delete], for_each: row, function: touch2() "
	    "}\n"
	    "views:\n"
	    "  - { name: labels, query: \"SELECT id, title, qty FROM items\" }\n"
	    "  - { name: short_labels, query: \"SELECT id, title FROM labels WHERE qty < 10\" }\n"
	    "  - { name: totals, materialized: true, query: \"SELECT title, sum(qty) AS n FROM items GROUP BY title\", "
	    "indexes: [{ name: totals_title, columns: [title] }] }\n",

	    "functions:\n"
	    "  - { name: lucky, definition: \"CREATE FUNCTION lucky() RETURNS int LANGUAGE sql SECURITY DEFINER SET "
	    "search_path = public, pg_temp RETURN 7\" }\n"
	    "tables:\n"
	    "  - name: items\n"
	    "    columns:\n"
	    "      - { name: id, type: int, primary_key: true }\n"
	    "      - { name: title, type: text }\n"
	    "      - { name: qty, type: bigint, default: lucky() }\n"
	    "views:\n"
	    "  - { name: labels, query: \"SELECT id, title FROM items\" }\n",
	};
	enum { N = sizeof(code) / sizeof(code[0]) };
	char *before[N];
	difftest_plan plans[N];
	sg_schema *models[N];
	sg_test_exec(conn, "SET client_min_messages = warning");
	for (int v = 0; v < N; v++) {
		char name[32];
		snprintf(name, sizeof(name), "code v%d", v + 1);
		models[v] = difftest_model_yaml("code.yaml", code[v]);
		before[v] = difftest_catalog_text_by_name(conn, "public");
		difftest_plan_make(&plans[v], conn, models[v], v % 2 == 1);
		assert_true(plans[v].plan->nops > 0);
		difftest_apply(conn, &plans[v].steps, false, name);
		if (v == 0)
			sg_test_exec(conn, "INSERT INTO items (id, label) VALUES (1, 'a'), (2, NULL)");
		difftest_expect_fixpoint(conn, models[v], name);
	}
	for (int v = N; v-- > 0;) {
		difftest_apply(conn, &plans[v].steps, true, "code down");
		char *now = difftest_catalog_text_by_name(conn, "public");
		difftest_expect_same_text(before[v], now, "code: the catalog after a down");
		free(now);
		free(before[v]);
		difftest_plan_release(&plans[v]);
		sg_schema_free(models[v]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_diff_evolution__up_then_down, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_evolution__other_schema, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_evolution__sequences, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_evolution__code, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
