/*
 * The catalog reader's domains (generator/catalog/catalog_domains.c) against
 * a real server: every field read back from domains created by SQL, domains
 * owned by an extension left out, and the number of statements unchanged by
 * how many domains there are.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "harness.h"

static sg_schema *load(PGconn *conn, sg_catalog_stats *stats)
{
	sg_catalog_options opts = {.schema = "public", .stats = stats};
	sg_schema *s = NULL;
	sg_error err = {0};
	if (sg_catalog_load(&s, conn, &opts, &err) != 0)
		fail_msg("sg_catalog_load: %s", sg_error_message(&err));
	return s;
}

static void assert_text(const char *what, const char *want, const char *got)
{
	if (!want && !got)
		return;
	if (!want || !got || strcmp(want, got) != 0)
		fail_msg("%s: want %s, got %s", what, want ? want : "NULL", got ? got : "NULL");
}

static const sg_domain *domain(const sg_schema *s, const char *name)
{
	const sg_domain *d = sg_schema_find_domain(s, name);
	if (!d)
		fail_msg("domain '%s' not read", name);
	return d;
}

static void test_catalog_domains__fields(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE TYPE mood AS ENUM ('ok', 'sad');"
			       "CREATE DOMAIN d_name AS text CHECK (VALUE <> '') CHECK (length(VALUE) < 10);"
			       "CREATE DOMAIN posint AS int NOT NULL DEFAULT 1 CONSTRAINT pos CHECK (VALUE > 0);"
			       "CREATE DOMAIN code AS varchar(20) COLLATE \"C\" CHECK (VALUE IN ('a', 'b'));"
			       "CREATE DOMAIN \"Small\" AS posint;"
			       "CREATE DOMAIN feeling AS mood DEFAULT 'ok';"
			       "COMMENT ON DOMAIN posint IS 'positive';"
			       "ALTER DOMAIN d_name ADD CONSTRAINT later CHECK (VALUE <> 'x') NOT VALID;"
			       "CREATE TABLE t (a d_name, b \"Small\", c code[]);");
	sg_schema *s = load(db->conn, NULL);
	assert_int_equal(s->ndomains, 5);
	assert_int_equal(s->nunmanaged, 0);
	const sg_domain *d = domain(s, "d_name");
	assert_text("base type", "text", d->type);
	assert_true(d->nullable);
	assert_null(d->default_expr);
	assert_null(d->collation);
	assert_int_equal(d->nchecks, 3);
	/* Sorted by name; PostgreSQL names a second unnamed check with a number. */
	assert_text("check 1", "d_name_check", d->checks[0].name);
	assert_text("check 1 text", "(VALUE <> ''::text)", d->checks[0].expression);
	assert_text("check 2", "d_name_check1", d->checks[1].name);
	assert_text("check 2 text", "(length(VALUE) < 10)", d->checks[1].expression);
	assert_text("check 3", "later", d->checks[2].name);
	assert_false(d->checks[0].not_valid);
	assert_true(d->checks[2].not_valid);
	d = domain(s, "posint");
	assert_text("int", "integer", d->type);
	assert_false(d->nullable);
	assert_text("default", "1", d->default_expr);
	assert_text("comment", "positive", d->comment);
	assert_text("named check", "pos", d->checks[0].name);
	d = domain(s, "code");
	assert_text("varchar", "character varying(20)", d->type);
	assert_text("collation", "C", d->collation);
	assert_text("varchar IN",
		    "((VALUE)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
		    d->checks[0].expression);
	assert_text("based on a domain", "posint", domain(s, "Small")->type);
	assert_text("based on an enum", "mood", domain(s, "feeling")->type);
	assert_text("enum default", "'ok'::mood", domain(s, "feeling")->default_expr);
	const sg_table *t = sg_schema_find_table(s, "t");
	assert_text("column of a domain", "d_name", t->columns[0].type);
	assert_text("quoted domain", "\"Small\"", t->columns[1].type);
	assert_text("array of a domain", "code[]", t->columns[2].type);
	assert_null(t->columns[2].collation);
	sg_schema_free(s);
}

/* A domain an extension owns is the extension's: not read, not listed. */
static void test_catalog_domains__extension_members_left_out(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE DOMAIN mine AS int;"
			       "CREATE DOMAIN theirs AS int;"
			       "ALTER EXTENSION plpgsql ADD DOMAIN theirs;");
	sg_schema *s = load(db->conn, NULL);
	assert_int_equal(s->ndomains, 1);
	assert_non_null(sg_schema_find_domain(s, "mine"));
	assert_int_equal(s->nunmanaged, 0);
	sg_test_exec(db->conn, "ALTER EXTENSION plpgsql DROP DOMAIN theirs;");
	sg_schema_free(s);
}

/* The same statements whatever the number of domains. */
static void test_catalog_domains__constant_queries(void **state)
{
	sg_test_db *db = *state;
	sg_catalog_stats one = {0}, many = {0};
	sg_test_exec(db->conn, "CREATE DOMAIN d0 AS int CHECK (VALUE > 0)");
	sg_schema_free(load(db->conn, &one));
	sg_test_exec(db->conn, "DO $$ BEGIN FOR i IN 1..300 LOOP "
			       "EXECUTE format('CREATE DOMAIN d%s AS text DEFAULT ''x'' CHECK (VALUE <> '''') "
			       "CHECK (length(VALUE) < %s)', i, i + 1); END LOOP; END $$");
	sg_schema *s = load(db->conn, &many);
	assert_int_equal(s->ndomains, 301);
	assert_int_equal(domain(s, "d300")->nchecks, 2);
	assert_int_equal(one.queries, many.queries);
	assert_int_equal(one.round_trips, many.round_trips);
	sg_schema_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_catalog_domains__fields, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog_domains__extension_members_left_out, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog_domains__constant_queries, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
