/*
 * The fast paths of a comparison against a real server.  Normalization
 * (normalize.h, verbatim.h): what a model writes exactly as the catalog
 * prints the live schema does not go through the scratch schema, and the
 * desired schema is the same as when everything does
 * (sg_normalize_options.everything).  Downs (compare.h,
 * sg_compare_fix_downs): only the live tables whose expressions the diff
 * may create again are checked in a scratch schema.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "compare.h"
#include "fixpoint.h"
#include "harness.h"
#include "model.h"
#include "normalize.h"
#include "quote.h"
#include "schema_print.h"

/* The schema as printed (triggers, views and their column types included). */
static char *schema_text(const sg_schema *s)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_schema_print(&sb, s);
	return sg_strbuf_detach(&sb, NULL);
}

/*
 * Normalize `yaml` against the database; *normalized receives how many tables went through the server,
 * *views_live how many views were taken from the live schema.
 */
static char *normalized_text(PGconn *conn, const char *yaml, bool everything, size_t *normalized, size_t *views_live)
{
	sg_model_diags diags = {0};
	sg_schema *model = NULL, *live = NULL, *norm = NULL;
	sg_error err = {0};
	sg_model_source src = {.name = "app.yaml", .text = yaml, .len = strlen(yaml)};
	if (sg_model_load_sources(&model, &src, 1, &diags, &err) != 0)
		fail_msg("models: %s", sg_error_message(&err));
	sg_model_diags_release(&diags);
	sg_catalog_options copts = {.schema = model->name};
	if (sg_catalog_load(&live, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	sg_normalize_options nopts = {.everything = everything};
	if (sg_normalize(&norm, conn, model, live, &nopts, &err) != 0)
		fail_msg("normalize: %s", sg_error_message(&err));
	*normalized = nopts.normalized;
	*views_live = nopts.views_live;
	char *text = schema_text(norm);
	sg_schema_free(norm);
	sg_schema_free(live);
	sg_schema_free(model);
	return text;
}

/*
 * The fast path takes `expect_normalized` tables to the server, and `expect_views` views from the live
 * schema (SIZE_MAX: not counted), and agrees with the full normalization.
 */
static void expect_fast_views(PGconn *conn, const char *yaml, size_t expect_normalized, size_t expect_views)
{
	size_t fast_n = 0, full_n = 0, fast_v = 0, full_v = 0;
	char *fast = normalized_text(conn, yaml, false, &fast_n, &fast_v);
	char *full = normalized_text(conn, yaml, true, &full_n, &full_v);
	if (strcmp(fast, full) != 0)
		fail_msg("fast and full normalization disagree:\n%s\n---\n%s", fast, full);
	if (fast_n != expect_normalized)
		fail_msg("%zu tables went through the server, expected %zu:\n%s", fast_n, expect_normalized, fast);
	if (expect_views != SIZE_MAX && fast_v != expect_views)
		fail_msg("%zu views taken from the live schema, expected %zu:\n%s", fast_v, expect_views, fast);
	assert_int_equal(full_v, 0);
	free(fast);
	free(full);
}

static void expect_fast(PGconn *conn, const char *yaml, size_t expect_normalized)
{
	expect_fast_views(conn, yaml, expect_normalized, SIZE_MAX);
}

static const char trigger_sql[] =
    "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
    "CREATE FUNCTION log_it() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;"
    "CREATE TABLE users (id bigint PRIMARY KEY, name text, nick text);"
    "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch();"
    "CREATE TRIGGER users_log AFTER UPDATE OF name, nick ON users FOR EACH ROW"
    " WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION log_it('users', 'it''s');"
    "CREATE CONSTRAINT TRIGGER users_defer AFTER INSERT ON users DEFERRABLE INITIALLY DEFERRED"
    " FOR EACH ROW EXECUTE FUNCTION log_it();"
    "CREATE TRIGGER users_quiet AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION log_it();"
    "ALTER TABLE users DISABLE TRIGGER users_quiet;"
    "CREATE TABLE plain (id bigint PRIMARY KEY);";

/* The models' functions, then users' columns; the triggers follow. */
#define TRIGGER_MODEL_HEAD                                                                                             \
	"functions:\n"                                                                                                 \
	"  - name: touch\n"                                                                                            \
	"    definition: |\n"                                                                                          \
	"      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n"             \
	"  - name: log_it\n"                                                                                           \
	"    definition: |\n"                                                                                          \
	"      CREATE FUNCTION log_it() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;\n"           \
	"tables:\n"                                                                                                    \
	"  - name: plain\n"                                                                                            \
	"    columns:\n"                                                                                               \
	"      - { name: id, type: bigint, primary_key: true }\n"                                                      \
	"  - name: users\n"                                                                                            \
	"    columns:\n"                                                                                               \
	"      - { name: id, type: bigint, primary_key: true }\n"                                                      \
	"      - { name: name, type: text }\n"                                                                         \
	"      - { name: nick, type: text }\n"                                                                         \
	"    triggers:\n"                                                                                              \
	"      - { name: users_touch, timing: before, events: [update], for_each: row, function: touch() }\n"          \
	"      - { name: users_defer, timing: after, events: [insert], for_each: row, function: log_it(),"             \
	" initially_deferred: true }\n"                                                                                \
	"      - { name: users_quiet, timing: after, events: [truncate], for_each: statement, function: log_it,"       \
	" enabled: false }\n"

/* A table whose triggers the models write as pg_get_triggerdef() prints them stays live. */
static void test_fast_paths__triggers_as_printed(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, trigger_sql);
	expect_fast(db->conn,
		    TRIGGER_MODEL_HEAD "      - { name: users_log, timing: after, events: [\"update of name, nick\"],"
				       " for_each: row, when: \"old.name IS DISTINCT FROM new.name\","
				       " function: \"log_it('users', 'it''s')\" }\n",
		    0);
}

/* Any other spelling, or any difference, goes through the server. */
static void test_fast_paths__triggers_otherwise(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, trigger_sql);
	/* The condition in the server's words but not its case: the same trigger, decided by the server. */
	expect_fast(db->conn,
		    TRIGGER_MODEL_HEAD "      - { name: users_log, timing: after, events: [\"update of name, nick\"],"
				       " for_each: row, when: \"OLD.name IS DISTINCT FROM NEW.name\","
				       " function: \"log_it('users', 'it''s')\" }\n",
		    1);
	/* An argument the server prints quoted. */
	expect_fast(db->conn,
		    TRIGGER_MODEL_HEAD "      - { name: users_log, timing: after, events: [\"update of name, nick\"],"
				       " for_each: row, when: \"old.name IS DISTINCT FROM new.name\","
				       " function: \"log_it(users, 'it''s')\" }\n",
		    1);
	/* Enabled where the live one is disabled, and a trigger fewer. */
	const char *enabled = strstr(TRIGGER_MODEL_HEAD, " enabled: false");
	assert_non_null(enabled);
	sg_strbuf yaml = SG_STRBUF_INIT;
	sg_strbuf_add(&yaml, TRIGGER_MODEL_HEAD, (size_t)(enabled - TRIGGER_MODEL_HEAD));
	sg_strbuf_adds(&yaml, " enabled: true }\n");
	expect_fast(db->conn, yaml.data, 1);
	sg_strbuf_release(&yaml);
}

/* The models of the test below, `domain` the lines of domain money2 after its name. */
static char *domain_model(const char *domain)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb,
		       "domains:\n"
		       "  - name: money2\n"
		       "%s"
		       "tables:\n"
		       "  - name: accounts\n"
		       "    columns:\n"
		       "      - { name: id, type: bigint, primary_key: true }\n"
		       "      - { name: balance, type: money2, unique: true }\n"
		       "  - name: payments\n"
		       "    columns:\n"
		       "      - { name: id, type: int8, primary_key: true }\n"
		       "      - { name: amount, type: money2 }\n"
		       "      - { name: account, type: money2, references: { table: accounts, column: balance } }\n"
		       "views:\n"
		       "  - name: balances\n"
		       "    query: SELECT id, balance FROM accounts\n",
		       domain);
	return sg_strbuf_detach(&sb, NULL);
}

/*
 * A domain whose default or checks change, its base type kept, types the
 * columns of the tables that use it as before: they stay live (payments
 * goes through the server for its own spelling), and the view that reads
 * one of them still reads its type unqualified.  Another base type takes
 * every table of the domain through the server.
 */
static void test_fast_paths__domain_kept_type(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn,
		     "CREATE DOMAIN money2 AS numeric(10,2) CONSTRAINT money2_check"
		     " CHECK (VALUE >= (0)::numeric);"
		     "CREATE TABLE accounts (id bigint PRIMARY KEY, balance money2 CONSTRAINT accounts_balance_key"
		     " UNIQUE);"
		     "CREATE TABLE payments (id bigint PRIMARY KEY, amount money2,"
		     " account money2 REFERENCES accounts (balance));"
		     "CREATE VIEW balances AS SELECT id, balance FROM accounts;");
	char *same =
	    domain_model("    type: numeric(10,2)\n"
			 "    checks:\n      - { name: money2_check, expression: \"(VALUE >= (0)::numeric)\" }\n");
	expect_fast(db->conn, same, 1);
	char *changed = domain_model("    type: numeric(10,2)\n    default: \"0\"\n    nullable: false\n"
				     "    checks:\n      - { name: money2_check, expression: \"VALUE > 0\" }\n");
	expect_fast(db->conn, changed, 1);
	char *retyped =
	    domain_model("    type: numeric(12,2)\n"
			 "    checks:\n      - { name: money2_check, expression: \"(VALUE >= (0)::numeric)\" }\n");
	expect_fast(db->conn, retyped, 2);
	free(same);
	free(changed);
	free(retyped);
}

static const char view_sql[] =
    "CREATE TYPE mood AS ENUM ('ok', 'bad');"
    "CREATE FUNCTION twice(integer) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2';"
    "CREATE TABLE t (id bigint PRIMARY KEY, n integer, flag boolean);"
    "CREATE TABLE u (id bigint PRIMARY KEY, m mood);"
    "CREATE VIEW v1 AS SELECT t.id, t.n FROM t WHERE t.flag;"
    "CREATE VIEW v2 AS SELECT v1.id, v1.n + 1 AS n1 FROM v1;"
    "CREATE VIEW v3 AS SELECT t.id, twice(t.n) AS n2 FROM t;"
    "CREATE VIEW v4 AS SELECT u.id, u.m FROM u;"
    "CREATE VIEW v5 AS SELECT t.id, 'ok'::mood AS m FROM t;"
    "CREATE VIEW v6 AS SELECT t.id FROM t;";

/* The models of view_sql; `t_n` is column t.n's type, `moods` the enum's values. */
static char *view_model(const char *t_n, const char *moods)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(
	    &sb,
	    "enums:\n"
	    "  - { name: mood, values: [%s] }\n"
	    "functions:\n"
	    "  - name: twice\n"
	    "    definition: CREATE FUNCTION twice(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 * 2'\n"
	    "tables:\n"
	    "  - name: t\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, primary_key: true }\n"
	    "      - { name: n, type: %s }\n"
	    "      - { name: flag, type: boolean }\n"
	    "  - name: u\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, primary_key: true }\n"
	    "      - { name: m, type: mood }\n"
	    "views:\n"
	    "  - name: v1\n"
	    "    query: |\n"
	    "      select T.id, t.n -- the flagged ones\n"
	    "      FROM t\n"
	    "      WHERE t.flag\n"
	    "  - { name: v2, query: \"SELECT v1.id, (v1.n + 1) AS n1 FROM v1\" }\n"
	    "  - { name: v3, query: \"SELECT t.id, twice(t.n) AS n2 FROM t\" }\n"
	    "  - { name: v4, query: \"SELECT u.id, u.m FROM u\" }\n"
	    "  - { name: v5, query: \"SELECT t.id, 'ok'::mood AS m FROM t\" }\n"
	    "  - { name: v6, query: \"SELECT id FROM t\" }\n",
	    moods, t_n);
	return sg_strbuf_detach(&sb, NULL);
}

/*
 * A view the models write as the catalog prints it, but for blanks,
 * comments and case, and that reads only what stays (v1; v2 on v1), is the
 * live one.  The others go through the scratch schema: one that calls a
 * function (v3), reads a table that changes (v4, when its enum does), names
 * an enum the scratch schema creates (v5), or is written otherwise (v6: the
 * server prints `t.id`).  A column type changed in t takes every view that
 * reads that column through the server too, v2 with v1 (v5 reads t.id only).
 */
static void test_fast_paths__views_as_printed(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, view_sql);
	char *yaml = view_model("integer", "ok, bad");
	expect_fast_views(db->conn, yaml, 0, 4);
	free(yaml);
	yaml = view_model("integer", "ok, bad, meh");
	expect_fast_views(db->conn, yaml, 1, 2);
	free(yaml);
	yaml = view_model("smallint", "ok, bad");
	expect_fast_views(db->conn, yaml, 1, 2);
	free(yaml);
}

static const char view_columns_sql[] = "CREATE TABLE t (id bigint PRIMARY KEY, n integer, flag boolean);"
				       "CREATE TABLE p (id bigint PRIMARY KEY, name text);"
				       "CREATE VIEW v1 AS SELECT t.id, t.n FROM t WHERE t.flag;"
				       "CREATE VIEW v2 AS SELECT v1.id, v1.n + 1 AS n1 FROM v1;"
				       "CREATE VIEW pv AS SELECT t.id, p.name FROM t JOIN p ON p.id = t.id;";

/* The models of view_columns_sql; `t_columns` are the lines of table t's columns after id. */
static char *view_columns_model(const char *t_columns)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_strbuf_addf(&sb,
		       "tables:\n"
		       "  - name: t\n"
		       "    columns:\n"
		       "      - { name: id, type: bigint, primary_key: true }\n"
		       "%s"
		       "  - name: p\n"
		       "    columns:\n"
		       "      - { name: id, type: bigint, primary_key: true }\n"
		       "      - { name: name, type: text }\n"
		       "views:\n"
		       "  - { name: v1, query: \"SELECT t.id, t.n FROM t WHERE t.flag\" }\n"
		       "  - { name: v2, query: \"SELECT v1.id, (v1.n + 1) AS n1 FROM v1\" }\n"
		       "  - { name: pv, query: \"SELECT t.id, p.name FROM (t JOIN p ON ((p.id = t.id)))\" }\n",
		       t_columns);
	return sg_strbuf_detach(&sb, NULL);
}

/*
 * A table that goes through the server keeps the views that read only
 * columns of it that stay (same name, type and collation) live: a column
 * added leaves v1, v2 (on v1) and pv live.  A column v1 reads that changes
 * type takes v1 and v2 through the server; pv reads only t.id of t.
 */
static void test_fast_paths__views_of_changed_tables(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, view_columns_sql);
	char *yaml = view_columns_model("      - { name: n, type: integer }\n      - { name: flag, type: boolean }\n");
	expect_fast_views(db->conn, yaml, 0, 3);
	free(yaml);
	yaml = view_columns_model("      - { name: n, type: integer }\n      - { name: flag, type: boolean }\n"
				  "      - { name: note, type: text }\n");
	expect_fast_views(db->conn, yaml, 1, 3);
	free(yaml);
	yaml = view_columns_model("      - { name: n, type: bigint }\n      - { name: flag, type: boolean }\n"
				  "      - { name: note, type: text }\n");
	expect_fast_views(db->conn, yaml, 1, 1);
	free(yaml);
}

/* How many expressions sg_compare_fix_downs() checks on the server for the models `yaml`. */
static size_t downs_checked(PGconn *conn, const char *yaml)
{
	sg_model_diags diags = {0};
	sg_schema *model = NULL, *live = NULL, *norm = NULL;
	sg_error err = {0};
	sg_model_source src = {.name = "app.yaml", .text = yaml, .len = strlen(yaml)};
	if (sg_model_load_sources(&model, &src, 1, &diags, &err) != 0)
		fail_msg("models: %s", sg_error_message(&err));
	sg_model_diags_release(&diags);
	sg_catalog_options copts = {.schema = model->name};
	if (sg_catalog_load(&live, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	sg_normalize_options nopts = {0};
	if (sg_normalize(&norm, conn, model, live, &nopts, &err) != 0)
		fail_msg("normalize: %s", sg_error_message(&err));
	sg_fixpoint_report fix;
	if (sg_compare_fix_downs(live, model, norm, conn, &fix, &err) != 0)
		fail_msg("fixpoint: %s", sg_error_message(&err));
	size_t checked = fix.checked;
	sg_fixpoint_report_release(&fix);
	sg_schema_free(norm);
	sg_schema_free(live);
	sg_schema_free(model);
	return checked;
}

#define DOWNS_MODEL_HEAD                                                                                               \
	"tables:\n"                                                                                                    \
	"  - name: t\n"                                                                                                \
	"    columns:\n"                                                                                               \
	"      - { name: id, type: int8, primary_key: true }\n"                                                        \
	"      - { name: n, type: int, nullable: false, default: \"0\" }\n"                                            \
	"      - { name: code, type: varchar(10) }\n"

/*
 * A table the models write in other words (not verbatim) but whose every
 * expression the diff keeps: its down creates none of them again, so none is
 * checked; a changed default or check is.
 */
static void test_fast_paths__downs_of_kept_expressions(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE TABLE t (id bigint PRIMARY KEY, n integer NOT NULL DEFAULT 0,"
			       " code varchar(10) CONSTRAINT t_code_check CHECK (code IN ('a', 'b')));"
			       "CREATE INDEX t_lower_idx ON t (lower(code)) WHERE n > 0");
	const char *checks = "    checks:\n      - { name: t_code_check, expression: \"code IN ('a', 'b')\" }\n";
	const char *index =
	    "    indexes:\n      - { name: t_lower_idx, columns: [\"lower(code)\"], where: \"n > 0\" }\n";
	sg_strbuf yaml = SG_STRBUF_INIT;
	/* As it is, and with a column added. */
	sg_strbuf_addf(&yaml, "%s%s%s", DOWNS_MODEL_HEAD, checks, index);
	assert_int_equal(downs_checked(db->conn, yaml.data), 0);
	sg_strbuf_reset(&yaml);
	sg_strbuf_addf(&yaml, "%s      - { name: extra, type: text, default: \"'x'\" }\n%s%s", DOWNS_MODEL_HEAD, checks,
		       index);
	assert_int_equal(downs_checked(db->conn, yaml.data), 0);
	/* The check changed, the index gone, a default changed: the table's expressions are checked. */
	sg_strbuf_reset(&yaml);
	sg_strbuf_addf(&yaml, "%s    checks:\n      - { name: t_code_check, expression: \"code IN ('a')\" }\n%s",
		       DOWNS_MODEL_HEAD, index);
	assert_true(downs_checked(db->conn, yaml.data) > 0);
	sg_strbuf_reset(&yaml);
	sg_strbuf_addf(&yaml, "%s%s", DOWNS_MODEL_HEAD, checks);
	assert_true(downs_checked(db->conn, yaml.data) > 0);
	sg_strbuf_reset(&yaml);
	sg_strbuf_addf(&yaml, "%s%s%s", DOWNS_MODEL_HEAD, checks, index);
	char *at = strstr(yaml.data, "default: \"0\"");
	assert_non_null(at);
	at[10] = '1';
	assert_true(downs_checked(db->conn, yaml.data) > 0);
	sg_strbuf_release(&yaml);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_fast_paths__triggers_as_printed, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fast_paths__triggers_otherwise, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fast_paths__domain_kept_type, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fast_paths__views_as_printed, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fast_paths__views_of_changed_tables, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fast_paths__downs_of_kept_expressions, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
