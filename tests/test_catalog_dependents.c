/*
 * The catalog reader's dependents (generator/catalog/catalog_dependents.c,
 * sg_catalog_load_dependents) against a real server: the objects outside the
 * models that depend on the managed objects named, and only those; managed
 * dependents left out; one round trip whatever the number of names, none
 * for no names; inside the caller's transaction its settings and state kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog_util.h"

/* Managed objects in public, and objects outside the models (schema other) that depend on them. */
static const char setup_sql[] = "CREATE DOMAIN d0 AS int CHECK (VALUE > 0);"
				"CREATE TYPE mood AS ENUM ('a', 'b');"
				"CREATE TABLE t0 (id int PRIMARY KEY, score d0, m mood);"
				"CREATE TABLE t1 (id int PRIMARY KEY, t0_id int REFERENCES t0 (id));"
				"CREATE TABLE t3 (id int PRIMARY KEY);"
				"CREATE SEQUENCE s0;"
				/* managed dependents: a table storing t0's row type, a view, a function, a default */
				"CREATE TABLE t2 (id int DEFAULT nextval('s0'), x t0, ds d0[]);"
				"CREATE VIEW v AS SELECT id, score FROM t0;"
				"CREATE FUNCTION f(t0) RETURNS int LANGUAGE sql AS 'SELECT 1';"
				"CREATE TABLE ledger (id int);"
				"CREATE SCHEMA other;"
				"CREATE VIEW other.v AS SELECT id, score FROM public.t0;"
				"CREATE TYPE other.pair AS (a public.d0, b int);"
				"CREATE FUNCTION other.fx(public.t1) RETURNS int LANGUAGE sql AS 'SELECT 1';"
				"CREATE TABLE other.ref (x int REFERENCES public.t3 (id));"
				"CREATE TABLE other.holds (r public.t0);"
				"CREATE VIEW other.mv AS SELECT 'a'::public.mood AS m;"
				"CREATE TABLE other.seqs (n bigint DEFAULT nextval('public.s0'));"
				/* on a table the reader leaves out (the ledger): not a dependent of a managed object */
				"CREATE VIEW other.lv AS SELECT id FROM public.ledger;"
				/* a member of an extension: named with it (only the extension can drop it) */
				"CREATE FUNCTION other.member(public.t3) RETURNS int LANGUAGE sql AS 'SELECT 1';"
				"ALTER EXTENSION plpgsql ADD FUNCTION other.member(public.t3);";

/* Each dependent as one line: kind name.column <- what [row] [fk] [extension]. */
static char *lines(const sg_schema *s)
{
	size_t cap = 64;
	for (size_t i = 0; i < s->ndependents; i++)
		cap += strlen(s->dependents[i].what) + 128;
	char *out = calloc(1, cap), *p = out;
	assert_non_null(out);
	for (size_t i = 0; i < s->ndependents; i++) {
		const sg_dependent *d = &s->dependents[i];
		p += sprintf(p, "%s %s%s%s <- %s%s%s%s%s%s\n", d->kind, d->name, d->column ? "." : "",
			     d->column ? d->column : "", d->what, d->stores_row ? " [row]" : "",
			     d->foreign_key ? " [fk]" : "", d->extension ? " [" : "", d->extension ? d->extension : "",
			     d->extension ? "]" : "");
	}
	return out;
}

static sg_catalog_options options(sg_catalog_stats *stats)
{
	static const char *const exclude[] = {"ledger"};
	return (sg_catalog_options){
	    .schema = "public", .exclude_tables = exclude, .nexclude_tables = 1, .stats = stats};
}

static char *read_for(PGconn *conn, sg_schema *s, const char *const *names, size_t n, sg_catalog_stats *stats)
{
	sg_catalog_options opts = options(stats);
	sg_error err = {0};
	if (sg_catalog_load_dependents(s, conn, &opts, names, n, &err) != 0)
		fail_msg("sg_catalog_load_dependents: %s", sg_error_message(&err));
	return lines(s);
}

static sg_schema *load_public(PGconn *conn)
{
	sg_catalog_options opts = options(NULL);
	sg_schema *s = NULL;
	sg_error err = {0};
	if (sg_catalog_load(&s, conn, &opts, &err) != 0)
		fail_msg("sg_catalog_load: %s", sg_error_message(&err));
	assert_int_equal(s->ndependents, 0); /* read after planning only */
	return s;
}

static void test_catalog_dependents__named_objects(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, setup_sql);
	sg_schema *s = load_public(db->conn);
	static const char *const all[] = {"d0", "f", "ledger", "mood", "s0", "t0", "t1", "t2", "t3", "t3_pkey", "v"};
	sg_catalog_stats stats = {0};
	char *got = read_for(db->conn, s, all, sizeof(all) / sizeof(all[0]), &stats);
	assert_string_equal(got, "domain d0 <- column a of composite type other.pair\n"
				 "domain d0 <- column score of view other.v\n"
				 "enum mood <- column m of view other.mv\n"
				 "enum mood <- view other.mv\n"
				 "index t3_pkey <- constraint ref_x_fkey on table other.ref [fk]\n"
				 "sequence s0 <- default value for column n of table other.seqs\n"
				 "table t0 <- column r of table other.holds [row]\n"
				 "table t0.id <- view other.v\n"
				 "table t0.score <- view other.v\n"
				 "table t1 <- function other.fx(t1)\n"
				 "table t3 <- function other.member(t3) [plpgsql]\n"
				 "table t3.id <- constraint ref_x_fkey on table other.ref [fk]\n");
	free(got);
	/* BEGIN, the settings, the dependents, COMMIT: one round trip, the connection idle after it */
	assert_int_equal(stats.queries, 4);
	assert_int_equal(stats.round_trips, 1);
	assert_int_equal(PQtransactionStatus(db->conn), PQTRANS_IDLE);

	/* only the objects named */
	static const char *const some[] = {"d0", "t3"};
	got = read_for(db->conn, s, some, 2, NULL);
	assert_string_equal(got, "domain d0 <- column a of composite type other.pair\n"
				 "domain d0 <- column score of view other.v\n"
				 "table t3 <- function other.member(t3) [plpgsql]\n"
				 "table t3.id <- constraint ref_x_fkey on table other.ref [fk]\n");
	free(got);
	/* a name the schema does not have, the excluded table: nothing */
	static const char *const none[] = {"ledger", "nothing", "other"};
	got = read_for(db->conn, s, none, 3, NULL);
	assert_string_equal(got, "");
	free(got);
	/* no names: no statement at all, and what the schema held is gone */
	got = read_for(db->conn, s, all, sizeof(all) / sizeof(all[0]), NULL);
	free(got);
	memset(&stats, 0, sizeof(stats));
	got = read_for(db->conn, s, NULL, 0, &stats);
	assert_string_equal(got, "");
	assert_int_equal(stats.queries, 0);
	assert_int_equal(stats.round_trips, 0);
	free(got);
	sg_schema_free(s);
}

/* Inside the caller's transaction: a savepoint, the caller's settings and transaction as they were. */
static void test_catalog_dependents__inside_callers_transaction(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, setup_sql);
	sg_schema *s = load_public(db->conn);
	sg_test_exec(db->conn, "BEGIN; SET LOCAL search_path = other, public;"
			       "CREATE VIEW other.uncommitted AS SELECT id FROM public.t3");
	static const char *const names[] = {"t3"};
	sg_catalog_stats stats = {0};
	char *got = read_for(db->conn, s, names, 1, &stats);
	/* read in the caller's snapshot, described under the pinned search_path (public) */
	assert_string_equal(got, "table t3 <- function other.member(t3) [plpgsql]\n"
				 "table t3.id <- constraint ref_x_fkey on table other.ref [fk]\n"
				 "table t3.id <- view other.uncommitted\n");
	free(got);
	assert_int_equal(stats.queries, 5);
	assert_int_equal(stats.round_trips, 1);
	assert_int_equal(PQtransactionStatus(db->conn), PQTRANS_INTRANS);
	char *path = sg_test_scalar(db->conn, "SELECT current_setting('search_path')");
	assert_string_equal(path, "other, public");
	free(path);
	sg_test_exec(db->conn, "ROLLBACK");
	sg_schema_free(s);
}

/* The statements and round trips do not grow with the names or the schema. */
static void test_catalog_dependents__constant_statements(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "DO $$ BEGIN FOR i IN 1..300 LOOP "
			       "EXECUTE format('CREATE TABLE t%s (id int PRIMARY KEY)', i); END LOOP; END $$;"
			       "CREATE VIEW elsewhere AS SELECT 1 AS one;"
			       "CREATE SCHEMA other; CREATE VIEW other.v AS SELECT id FROM public.t300");
	sg_schema *s = load_public(db->conn);
	char *names[300];
	for (int i = 0; i < 300; i++) {
		names[i] = malloc(16);
		snprintf(names[i], 16, "t%d", i + 1);
	}
	sg_catalog_stats one = {0}, many = {0};
	free(read_for(db->conn, s, (const char *const *)names + 299, 1, &one));
	assert_int_equal(s->ndependents, 1);
	char *got = read_for(db->conn, s, (const char *const *)names, 300, &many);
	assert_string_equal(got, "table t300.id <- view other.v\n");
	free(got);
	assert_int_equal(one.queries, many.queries);
	assert_int_equal(one.round_trips, 1);
	assert_int_equal(many.round_trips, 1);
	for (int i = 0; i < 300; i++)
		free(names[i]);
	sg_schema_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_catalog_dependents__named_objects, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog_dependents__inside_callers_transaction, sg_test_db_setup,
					    sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_catalog_dependents__constant_statements, sg_test_db_setup,
					    sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
