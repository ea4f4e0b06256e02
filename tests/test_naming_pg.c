/*
 * Default names against the real server: each case creates the same objects
 * twice, once as YAML models (names chosen by naming.c through the loader)
 * and once with plain SQL on PostgreSQL, in the order docs/models.md
 * documents (tables in model order, each CREATE TABLE with its keys inline,
 * then its CREATE INDEX statements), and every constraint and index name the
 * server chose must equal ours.
 */
#include "harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ddl.h"
#include "model.h"
#include "strbuf.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "table name" lines, sorted bytewise, one per line. */
static char *join_sorted(char **items, size_t n)
{
	qsort(items, n, sizeof(char *), cmp_str);
	sg_strbuf sb = SG_STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		sg_strbuf_addf(&sb, "%s\n", items[i]);
	return sg_strbuf_detach(&sb, NULL);
}

static char *model_names(const char *yaml)
{
	sg_model_source src = {"case.yaml", yaml, strlen(yaml)};
	sg_schema *s = NULL;
	sg_model_diags diags = {0};
	sg_error err = {0};
	if (sg_model_load_sources(&s, &src, 1, &diags, &err) != 0) {
		for (size_t i = 0; i < diags.count; i++)
			print_error("%s\n", diags.items[i].text);
		print_error("%s\n", sg_error_message(&err));
		fail();
	}
	char *items[512];
	size_t n = 0;
	for (size_t t = 0; t < s->ntables; t++) {
		const sg_table *tab = &s->tables[t];
		for (size_t i = 0; i < tab->nconstraints && n < 512; i++) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_strbuf_addf(&sb, "%s %s", tab->name, tab->constraints[i].name);
			items[n++] = sg_strbuf_detach(&sb, NULL);
		}
		for (size_t i = 0; i < tab->nindexes && n < 512; i++) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_strbuf_addf(&sb, "%s %s", tab->name, tab->indexes[i].name);
			items[n++] = sg_strbuf_detach(&sb, NULL);
		}
	}
	char *out = join_sorted(items, n);
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	sg_schema_free(s);
	sg_model_diags_release(&diags);
	sg_error_clear(&err);
	return out;
}

static const char *server_query =
    "SELECT t.relname || ' ' || con.conname FROM pg_constraint con JOIN pg_class t ON t.oid = con.conrelid "
    "WHERE t.relnamespace = 'public'::regnamespace "
    "UNION ALL "
    "SELECT t.relname || ' ' || i.relname FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid "
    "JOIN pg_class t ON t.oid = x.indrelid WHERE t.relnamespace = 'public'::regnamespace "
    "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid "
    "AND c.contype IN ('p', 'u'))";

static char *server_names(PGconn *conn, const char *sql)
{
	sg_test_exec(conn, sql);
	PGresult *res = PQexec(conn, server_query);
	assert_int_equal(PQresultStatus(res), PGRES_TUPLES_OK);
	size_t n = (size_t)PQntuples(res);
	char **items = calloc(n ? n : 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		items[i] = strdup(PQgetvalue(res, (int)i, 0));
	PQclear(res);
	char *out = join_sorted(items, n);
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
	return out;
}

static void compare(void **state, const char *yaml, const char *sql)
{
	sg_test_db *db = *state;
	char *ours = model_names(yaml);
	char *theirs = server_names(db->conn, sql);
	assert_string_equal(ours, theirs);
	free(ours);
	free(theirs);
}

static void test_naming_pg__keys_checks_indexes(void **state)
{
	compare(
	    state,
	    "tables:\n"
	    "  - name: orgs\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, identity: always, primary_key: true }\n"
	    "      - { name: name, type: text }\n"
	    "    unique: [ { columns: [id, name] } ]\n"
	    "  - name: users\n"
	    "    columns:\n"
	    "      - { name: id, type: bigint, primary_key: true }\n"
	    "      - { name: org_id, type: bigint, references: { table: orgs, column: id } }\n"
	    "      - { name: email, type: text, unique: true }\n"
	    "      - { name: fname, type: text }\n"
	    "      - { name: lname, type: text }\n"
	    "      - { name: score, type: int }\n"
	    "      - { name: created_at, type: timestamptz }\n"
	    "      - { name: org_name, type: text }\n"
	    "    unique:\n"
	    "      - { columns: [org_id, email] }\n"
	    "      - { columns: [fname, lname], nulls_not_distinct: true }\n"
	    "    checks:\n"
	    "      - { expression: \"score > 0 AND score < 100\" }\n"
	    "      - { expression: \"fname <> lname\" }\n"
	    "      - { expression: \"true\" }\n"
	    "      - { expression: \"users.email <> ''\" }\n"
	    "    foreign_keys:\n"
	    "      - { columns: [org_id, org_name], references: { table: orgs, columns: [id, name] } }\n"
	    "    indexes:\n"
	    "      - { columns: [email] }\n"
	    "      - { columns: [\"lower(email)\"] }\n"
	    "      - { columns: [fname, lname] }\n"
	    "      - { columns: [created_at DESC], include: [score] }\n"
	    "      - { columns: [\"lower(fname)\", \"lower(lname)\"] }\n"
	    "      - { columns: [\"(score + 1)\"] }\n"
	    "      - { columns: [\"coalesce(fname, lname)\"] }\n"
	    "      - { columns: [\"(fname::varchar)\"] }\n"
	    "      - { columns: [\"(CASE WHEN score > 0 THEN fname END)\"] }\n"
	    "      - { columns: [email], unique: true }\n"
	    "      - { columns: [\"(score::text)\", \"(fname || lname)\"] }\n",
	    "CREATE TABLE orgs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name text, UNIQUE (id, name));\n"
	    "CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint REFERENCES orgs (id), email text UNIQUE,\n"
	    "  fname text, lname text, score int, created_at timestamptz, org_name text,\n"
	    "  UNIQUE (org_id, email), UNIQUE NULLS NOT DISTINCT (fname, lname),\n"
	    "  CHECK (score > 0 AND score < 100), CHECK (fname <> lname), CHECK (true), CHECK (users.email <> ''),\n"
	    "  FOREIGN KEY (org_id, org_name) REFERENCES orgs (id, name));\n"
	    "CREATE INDEX ON users (email);\n"
	    "CREATE INDEX ON users (lower(email));\n"
	    "CREATE INDEX ON users (fname, lname);\n"
	    "CREATE INDEX ON users (created_at DESC) INCLUDE (score);\n"
	    "CREATE INDEX ON users (lower(fname), lower(lname));\n"
	    "CREATE INDEX ON users ((score + 1));\n"
	    "CREATE INDEX ON users (coalesce(fname, lname));\n"
	    "CREATE INDEX ON users ((fname::varchar));\n"
	    "CREATE INDEX ON users ((CASE WHEN score > 0 THEN fname END));\n"
	    "CREATE UNIQUE INDEX ON users (email);\n"
	    "CREATE INDEX ON users ((score::text), (fname || lname));\n");
}

static void test_naming_pg__collisions(void **state)
{
	compare(
	    state,
	    "tables:\n"
	    "  - name: a\n"
	    "    columns: [ { name: b_c, type: int, unique: true }, { name: x, type: int } ]\n"
	    "    checks: [ { expression: \"b_c > 0\" }, { expression: \"b_c < 10\" }, { expression: \"b_c <> x\" } ]\n"
	    "  - name: a_b\n"
	    "    columns: [ { name: c, type: int, unique: true } ]\n"
	    "    checks: [ { expression: \"c > 0\" } ]\n"
	    "  - name: t_x_idx\n"
	    "    columns: [ { name: id, type: int } ]\n"
	    "  - name: p\n"
	    "    columns: [ { name: id, type: int } ]\n"
	    "    indexes: [ { name: q_pkey, columns: [id] } ]\n"
	    "  - name: q\n"
	    "    columns: [ { name: id, type: int, primary_key: true } ]\n"
	    "  - name: t\n"
	    "    columns:\n"
	    "      - { name: x, type: int }\n"
	    "      - { name: y, type: int, unique: true }\n"
	    "      - { name: z, type: int, references: { table: q } }\n"
	    "    checks:\n"
	    "      - { name: t_y_key, expression: \"y > 0\" }\n"
	    "      - { name: t_z_fkey, expression: \"z > 0\" }\n"
	    "    indexes: [ { columns: [x] }, { columns: [x] }, { columns: [y] } ]\n",
	    "CREATE TABLE a (b_c int UNIQUE, x int, CHECK (b_c > 0), CHECK (b_c < 10), CHECK (b_c <> x));\n"
	    "CREATE TABLE a_b (c int UNIQUE, CHECK (c > 0));\n"
	    "CREATE TABLE t_x_idx (id int);\n"
	    "CREATE TABLE p (id int);\n"
	    "CREATE INDEX q_pkey ON p (id);\n"
	    "CREATE TABLE q (id int PRIMARY KEY);\n"
	    "CREATE TABLE t (x int, y int UNIQUE, z int REFERENCES q,\n"
	    "  CONSTRAINT t_y_key CHECK (y > 0), CONSTRAINT t_z_fkey CHECK (z > 0));\n"
	    "CREATE INDEX ON t (x);\n"
	    "CREATE INDEX ON t (x);\n"
	    "CREATE INDEX ON t (y);\n");
}

#define LONG_TABLE "t_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define LONG_COL "c_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy"
#define LONG_COL2 "d_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"

static void test_naming_pg__truncation(void **state)
{
	compare(state,
		"tables:\n"
		"  - name: " LONG_TABLE "\n"
		"    columns:\n"
		"      - { name: id, type: int, primary_key: true }\n"
		"      - { name: " LONG_COL ", type: int, unique: true, references: { table: " LONG_TABLE " } }\n"
		"      - { name: " LONG_COL2 ", type: int }\n"
		"    unique: [ { columns: [" LONG_COL ", " LONG_COL2 "] } ]\n"
		"    checks: [ { expression: \"" LONG_COL " > 0\" }, { expression: \"" LONG_COL " > 1\" },\n"
		"              { expression: \"" LONG_COL " <> " LONG_COL2 "\" } ]\n"
		"    indexes:\n"
		"      - { columns: [" LONG_COL "] }\n"
		"      - { columns: [" LONG_COL "] }\n"
		"      - { columns: [" LONG_COL ", " LONG_COL2 "] }\n"
		"      - { columns: [" LONG_COL2 ", " LONG_COL2 "] }\n"
		"  - name: s\n"
		"    columns: [ { name: " LONG_COL2 ", type: int, unique: true } ]\n"
		"    indexes: [ { columns: [" LONG_COL2 "] }, { columns: [" LONG_COL2 "] } ]\n",
		"CREATE TABLE " LONG_TABLE " (id int PRIMARY KEY, " LONG_COL " int UNIQUE REFERENCES " LONG_TABLE ",\n"
		"  " LONG_COL2 " int, UNIQUE (" LONG_COL ", " LONG_COL2 "),\n"
		"  CHECK (" LONG_COL " > 0), CHECK (" LONG_COL " > 1), CHECK (" LONG_COL " <> " LONG_COL2 "));\n"
		"CREATE INDEX ON " LONG_TABLE " (" LONG_COL ");\n"
		"CREATE INDEX ON " LONG_TABLE " (" LONG_COL ");\n"
		"CREATE INDEX ON " LONG_TABLE " (" LONG_COL ", " LONG_COL2 ");\n"
		"CREATE INDEX ON " LONG_TABLE " (" LONG_COL2 ", " LONG_COL2 ");\n"
		"CREATE TABLE s (" LONG_COL2 " int UNIQUE);\n"
		"CREATE INDEX ON s (" LONG_COL2 ");\n"
		"CREATE INDEX ON s (" LONG_COL2 ");\n");
}

/* 30 x "ü" (60 bytes) and 20 x "é" (40 bytes): cuts fall inside characters unless clipped. */
#define MB_TABLE "üüüüüüüüüüüüüüüüüüüüüüüüüüüüüü"
#define MB_COL "éééééééééééééééééééé"
#define MB_COL2 "aéééééééééééééééééééé"

static void test_naming_pg__multibyte(void **state)
{
	sg_test_db *db = *state;
	char *enc = sg_test_scalar(db->conn, "SHOW server_encoding");
	assert_string_equal(enc, "UTF8"); /* pg_mbcliplen clips characters only in a multi-byte encoding */
	free(enc);
	compare(state,
		"tables:\n"
		"  - name: " MB_TABLE "\n"
		"    columns:\n"
		"      - { name: id, type: int, primary_key: true }\n"
		"      - { name: " MB_COL ", type: int, unique: true, references: { table: " MB_TABLE " } }\n"
		"      - { name: " MB_COL2 ", type: int }\n"
		"    checks: [ { expression: \"" MB_COL " > 0\" } ]\n"
		"    indexes: [ { columns: [" MB_COL "] }, { columns: [" MB_COL ", " MB_COL2 "] }, { columns: [" MB_COL
		"] } ]\n",
		"CREATE TABLE " MB_TABLE " (id int PRIMARY KEY, " MB_COL " int UNIQUE REFERENCES " MB_TABLE ", " MB_COL2
		" int,\n"
		"  CHECK (" MB_COL " > 0));\n"
		"CREATE INDEX ON " MB_TABLE " (" MB_COL ");\n"
		"CREATE INDEX ON " MB_TABLE " (" MB_COL ", " MB_COL2 ");\n"
		"CREATE INDEX ON " MB_TABLE " (" MB_COL ");\n");
}

static void test_naming_pg__expression_names(void **state)
{
	compare(state,
		"tables:\n"
		"  - name: e\n"
		"    columns:\n"
		"      - { name: a, type: int }\n"
		"      - { name: b, type: int }\n"
		"      - { name: s, type: text }\n"
		"      - { name: j, type: jsonb }\n"
		"    indexes:\n"
		"      - { columns: [\"nullif(a, b)\"] }\n"
		"      - { columns: [\"greatest(a, b)\"] }\n"
		"      - { columns: [\"least(a, b)\"] }\n"
		"      - { columns: [\"(ARRAY[a, b])\"] }\n"
		"      - { columns: [\"(j->>'k')\"] }\n"
		"      - { columns: [\"s COLLATE \\\"C\\\"\"] }\n"
		"      - { columns: [\"lower(s) text_pattern_ops\"] }\n"
		"      - { columns: [\"(a::numeric)\", \"(-a)\"] }\n"
		"      - { columns: [\"(CASE WHEN a > 0 THEN 1 ELSE b END)\"] }\n"
		"      - { columns: [\"(1::int)\"] }\n"
		"      - { columns: [\"(s COLLATE \\\"C\\\")\"] }\n"
		"      - { columns: [a], where: \"b > 0\", unique: true }\n"
		"      - { columns: [j], method: gin }\n",
		"CREATE TABLE e (a int, b int, s text, j jsonb);\n"
		"CREATE INDEX ON e (nullif(a, b));\n"
		"CREATE INDEX ON e (greatest(a, b));\n"
		"CREATE INDEX ON e (least(a, b));\n"
		"CREATE INDEX ON e ((ARRAY[a, b]));\n"
		"CREATE INDEX ON e ((j->>'k'));\n"
		"CREATE INDEX ON e (s COLLATE \"C\");\n"
		"CREATE INDEX ON e (lower(s) text_pattern_ops);\n"
		"CREATE INDEX ON e ((a::numeric), (-a));\n"
		"CREATE INDEX ON e ((CASE WHEN a > 0 THEN 1 ELSE b END));\n"
		"CREATE INDEX ON e ((1::int));\n"
		"CREATE INDEX ON e ((s COLLATE \"C\"));\n"
		"CREATE UNIQUE INDEX ON e (a) WHERE b > 0;\n"
		"CREATE INDEX ON e USING gin (j);\n");
}

/*
 * The example application's models (models/): created on the server as a
 * person would write them (no names where the models have none), they must
 * be valid PostgreSQL and get exactly the names the loader chose.
 */
static void test_naming_pg__example_models(void **state)
{
	sg_test_db *db = *state;
	sg_schema *s = NULL;
	sg_error err = {0};
	if (sg_model_load(&s, SG_SOURCE_ROOT "/models", &err) != 0)
		print_error("%s\n", sg_error_message(&err));
	assert_non_null(s);
	sg_strbuf sql = SG_STRBUF_INIT;
	for (size_t i = 0; i < s->nextensions; i++)
		sg_strbuf_addf(&sql, "CREATE EXTENSION %s;\n", s->extensions[i].name);
	for (size_t i = 0; i < s->nenums; i++)
		sg_ddl_create_enum(&sql, NULL, &s->enums[i]);
	static const sg_constraint_kind inline_order[] = {SG_CON_CHECK, SG_CON_PRIMARY_KEY, SG_CON_UNIQUE};
	for (size_t t = 0; t < s->ntables; t++) {
		const sg_table *tab = &s->tables[t];
		sg_strbuf_addf(&sql, "CREATE TABLE %s (", tab->name);
		for (size_t c = 0; c < tab->ncolumns; c++) {
			sg_strbuf_adds(&sql, c ? ", " : "");
			sg_ddl_column(&sql, &tab->columns[c]);
		}
		for (size_t k = 0; k < 3; k++)
			for (size_t c = 0; c < tab->nconstraints; c++) {
				const sg_constraint *con = &tab->constraints[c];
				if (con->kind != inline_order[k])
					continue;
				sg_strbuf_adds(&sql, ", ");
				if (!con->name_is_default)
					sg_strbuf_addf(&sql, "CONSTRAINT %s ", con->name);
				sg_ddl_constraint_body(&sql, con, NULL);
			}
		sg_strbuf_adds(&sql, ");\n");
		sg_ddl_table_comments(&sql, NULL, tab);
		for (size_t i = 0; i < tab->nindexes; i++) {
			const sg_index *x = &tab->indexes[i];
			sg_strbuf_addf(&sql, "CREATE %sINDEX %s ON %s", x->unique ? "UNIQUE " : "",
				       x->name_is_default ? "" : x->name, tab->name);
			if (x->method)
				sg_strbuf_addf(&sql, " USING %s", x->method);
			sg_strbuf_adds(&sql, " (");
			for (size_t e = 0; e < x->nelements; e++)
				sg_strbuf_addf(&sql, "%s%s", e ? ", " : "", x->elements[e]);
			sg_strbuf_adds(&sql, ")");
			for (size_t e = 0; e < x->ninclude; e++)
				sg_strbuf_addf(&sql, "%s%s", e ? ", " : " INCLUDE (", x->include[e]);
			sg_strbuf_adds(&sql, x->ninclude ? ")" : "");
			if (x->where)
				sg_strbuf_addf(&sql, " WHERE %s", x->where);
			sg_strbuf_adds(&sql, ";\n");
		}
	}
	for (size_t t = 0; t < s->ntables; t++) {
		const sg_table *tab = &s->tables[t];
		for (size_t c = 0; c < tab->nconstraints; c++) {
			const sg_constraint *con = &tab->constraints[c];
			if (con->kind != SG_CON_FOREIGN_KEY)
				continue;
			sg_strbuf_addf(&sql, "ALTER TABLE %s ADD ", tab->name);
			if (!con->name_is_default)
				sg_strbuf_addf(&sql, "CONSTRAINT %s ", con->name);
			sg_ddl_constraint_body(&sql, con, NULL);
			sg_strbuf_adds(&sql, ";\n");
		}
	}
	char *theirs = server_names(db->conn, sql.data);
	sg_strbuf_release(&sql);
	char *items[512];
	size_t n = 0;
	for (size_t t = 0; t < s->ntables; t++) {
		const sg_table *tab = &s->tables[t];
		for (size_t i = 0; i < tab->nconstraints + tab->nindexes && n < 512; i++) {
			sg_strbuf sb = SG_STRBUF_INIT;
			sg_strbuf_addf(&sb, "%s %s", tab->name,
				       i < tab->nconstraints ? tab->constraints[i].name
							     : tab->indexes[i - tab->nconstraints].name);
			items[n++] = sg_strbuf_detach(&sb, NULL);
		}
	}
	char *ours = join_sorted(items, n);
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	assert_true(n >= 20);
	assert_string_equal(ours, theirs);
	free(ours);
	free(theirs);
	sg_schema_free(s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_naming_pg__keys_checks_indexes, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_naming_pg__collisions, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_naming_pg__truncation, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_naming_pg__multibyte, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_naming_pg__expression_names, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_naming_pg__example_models, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
