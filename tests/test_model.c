/*
 * Unit tests of the models loader: every diagnostic with its line and
 * column, the conversion into the schema graph, and the directory loader.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model.h"
#include "naming.h"
#include "unit_util.h"

/* The load succeeds with exactly one warning, `want`. */
static void expect_warning(const char *yaml, const char *want)
{
	ut_loaded l;
	ut_load(&l, yaml);
	if (l.rc != 0 || l.diags.count != 1 || strcmp(l.diags.items[0].text, want) != 0) {
		print_error("expected warning: %s\n", want);
		ut_dump(&l);
	}
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.diags.count, 1);
	assert_int_equal(l.diags.items[0].severity, SG_MODEL_WARNING);
	assert_string_equal(l.diags.items[0].text, want);
	ut_release(&l);
}

#define T1 "tables:\n  - name: t\n    columns:\n"

static void test_model__structure(void **state)
{
	(void)state;
	ut_expect_error(T1 "      - { name: a, type: int, nulable: true }\n",
			"m.yaml:4:31: unknown key 'nulable' in column 'a' of table 't' (did you mean 'nullable'?)");
	ut_expect_error("tables:\n  - name: t\n    colour: red\n", "m.yaml:3:5: unknown key 'colour' in table 't'");
	ut_expect_error("tablez: []\n", "m.yaml:1:1: unknown key 'tablez' in the model file (did you mean 'tables'?)");
	ut_expect_error(T1 "      - name: a\n        type: int\n        nullable: maybe\n",
			"m.yaml:6:19: 'nullable' of column 'a' of table 't' must be true or false, not 'maybe'");
	ut_expect_error("tables:\n  - name: t\n    columns: a\n",
			"m.yaml:3:14: 'columns' of table 't' must be a list, not a string");
	ut_expect_error(T1 "      - { name: a, type: int, references: users }\n",
			"m.yaml:4:43: 'references' of column 'a' of table 't' must be a mapping, not a string");
	ut_expect_error(T1 "      - { name: a, type: [int] }\n",
			"m.yaml:4:26: 'type' of column 'a' of table 't' must be a string, not a list");
	ut_expect_error(T1 "      - { name: a }\n", "m.yaml:4:9: missing key 'type' in column 'a' of table 't'");
	ut_expect_error(T1 "      - { name: a, type: int, type: text }\n",
			"m.yaml:4:31: duplicate key 'type' in column 'a' of table 't'");
	ut_expect_error(
	    T1 "      - { name: a, type: int, identity: yes }\n",
	    "m.yaml:4:41: 'identity' of column 'a' of table 't' must be one of always, by_default, not 'yes'");
	ut_expect_error(T1 "      - { name: a, type: int, references: { table: t, on_delete: explode } }\n",
			"m.yaml:4:66: 'on_delete' of 'references' of column 'a' of table 't' must be one of no_action, "
			"restrict, cascade, set_null, set_default, not 'explode'");
	ut_expect_error(T1 "      - { name: a, type: int }\n    indexes: [ { columns: [] } ]\n",
			"m.yaml:5:27: 'columns' of index #1 of table 't' must not be empty");
	ut_expect_error(T1 "      - { name: a, type: }\n",
			"m.yaml:4:26: 'type' of column 'a' of table 't' has no value");
	ut_expect_error("- a\n- b\n", "m.yaml:1:1: a model file must be a mapping (schema, extensions, enums, domains, "
				      "sequences, tables), not a list");
	ut_expect_error("tables: [\n",
			"m.yaml:2:1: invalid YAML: did not find expected node content while parsing a flow node");
	ut_expect_error("tables: []\n---\ntables: []\n",
			"m.yaml:3:1: a model file holds one YAML document; this is a second one");
	ut_expect_error("extensions: [citext, [x]]\n",
			"m.yaml:1:22: entry 2 of 'extensions' of the model file must be a string, not a list");
}

static void test_model__several_errors_in_one_run(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(&l,
		T1 "      - { name: a, typ: int }\n      - { name: b, type: int, unique: perhaps }\n    checkz: []\n");
	assert_int_equal(l.rc, -1);
	assert_int_equal(l.diags.nerrors, 4); /* missing type, unknown typ, bad bool, unknown checkz */
	assert_string_equal(l.diags.items[0].text, "m.yaml:4:9: missing key 'type' in column 'a' of table 't'");
	assert_non_null(strstr(sg_error_message(&l.err), "(and 3 more errors in the models)"));
	ut_release(&l);
}

static void test_model__duplicates(void **state)
{
	(void)state;
	const char *a = "tables:\n  - name: users\n    columns: [ { name: id, type: int } ]\n";
	const char *b = "\n\ntables:\n  - name: users\n    columns: [ { name: id, type: int } ]\n";
	sg_model_source src[] = {{"a.yaml", a, strlen(a)}, {"b.yaml", b, strlen(b)}};
	ut_loaded l;
	ut_load_n(&l, src, 2);
	assert_int_equal(l.rc, -1);
	assert_int_equal(l.diags.count, 1);
	assert_string_equal(l.diags.items[0].text,
			    "b.yaml:4:11: duplicate table 'users' (first defined at a.yaml:2:11)");
	ut_release(&l);

	ut_expect_error(T1 "      - { name: a, type: int }\n      - { name: a, type: text }\n",
			"m.yaml:5:17: duplicate column 'a' in table 't' (first at line 4)");
	ut_expect_error(T1 "      - { name: a, type: int }\n    checks:\n      - { name: c, expression: a > 0 }\n"
			   "      - { name: c, expression: a < 9 }\n",
			"m.yaml:7:17: duplicate constraint 'c' in table 't' (first at line 6)");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    indexes: [ { name: t, columns: [a] } ]\n",
	    "m.yaml:5:24: index 't' of table 't' has the name of table 't' (m.yaml:2:11); tables, indexes and "
	    "keys share one namespace");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    unique: [ { name: k, columns: [a] } ]\n"
	       "  - name: u\n    columns: [ { name: b, type: int } ]\n    indexes: [ { name: k, columns: [b] } ]\n",
	    "m.yaml:8:24: index 'k' of table 'u' has the name of unique constraint 'k' of table 't' "
	    "(m.yaml:5:23); tables, indexes and keys share one namespace");
	ut_expect_error("enums:\n  - { name: e, values: [a] }\n  - { name: e, values: [b] }\n",
			"m.yaml:3:13: duplicate enum 'e' (first defined at m.yaml:2:13)");
	ut_expect_error("enums:\n  - { name: e, values: [a, b, a] }\n", "m.yaml:2:31: enum 'e' lists value 'a' twice");
	ut_expect_error("enums:\n  - { name: e, values: [a, ''] }\n", "m.yaml:2:28: enum 'e' has an empty value");
	ut_expect_error(
	    "enums:\n  - { name: t, values: [a] }\n" T1 "      - { name: a, type: int }\n",
	    "m.yaml:2:13: enum 't' has the name of table 't' (m.yaml:4:11), whose row type takes that name");
	ut_expect_error("extensions: [citext, citext]\n",
			"m.yaml:1:22: duplicate extension 'citext' (first at m.yaml:1:14)");
}

static void test_model__references(void **state)
{
	(void)state;
#define ORGS                                                                                                           \
	"tables:\n  - name: orgs\n    columns: [ { name: id, type: int, primary_key: true }, { name: x, type: int } "  \
	"]\n"
	ut_expect_error(
	    ORGS "  - name: u\n    columns: [ { name: o, type: int, references: { table: orgz } } ]\n",
	    "m.yaml:5:59: foreign key on (o) of table 'u' references unknown table 'orgz' (did you mean 'orgs'?)");
	ut_expect_error(
	    ORGS "  - name: u\n    columns: [ { name: o, type: int, references: { table: orgs, column: idd } } ]\n",
	    "m.yaml:5:59: foreign key on (o) of table 'u' references unknown column 'idd' of table 'orgs'");
	ut_expect_error(ORGS "  - name: u\n    columns: [ { name: o, type: int } ]\n"
			     "    foreign_keys: [ { columns: [p], references: { table: orgs } } ]\n",
			"m.yaml:6:33: foreign key #1 of table 'u' names unknown column 'p' of table 'u'");
	ut_expect_error(
	    ORGS "  - name: u\n    columns: [ { name: o, type: int } ]\n"
		 "    foreign_keys: [ { name: f, columns: [o], references: { table: orgs, columns: [id, x] } } ]\n",
	    "m.yaml:6:29: foreign key 'f' of table 'u' has 1 column but references 2 columns of table 'orgs'");
	ut_expect_error(
	    ORGS "  - name: u\n    columns: [ { name: o, type: int, references: { table: orgs, column: x } } ]\n",
	    "m.yaml:5:59: foreign key on (o) of table 'u' references columns of table 'orgs' that are not its "
	    "primary key or a unique key");
	ut_expect_error(
	    ORGS "  - name: u\n    columns: [ { name: o, type: int } ]\n"
		 "  - name: v\n    columns: [ { name: p, type: int, references: { table: u } } ]\n",
	    "m.yaml:7:59: foreign key on (p) of table 'v' references table 'u', which has no primary key; name "
	    "the referenced columns");
	/* A unique index (not partial, plain columns) is a valid target, as PostgreSQL allows. */
	ut_loaded l;
	ut_load(&l,
		ORGS "    indexes: [ { columns: [x], unique: true } ]\n"
		     "  - name: u\n    columns: [ { name: o, type: int, references: { table: orgs, column: x } } ]\n");
	ut_dump(&l);
	assert_int_equal(l.rc, 0);
	ut_release(&l);
	/* Another schema's table is the server's business. */
	ut_load(&l, T1 "      - { name: a, type: int, references: { schema: auth, table: users, column: id } }\n");
	assert_int_equal(l.rc, 0);
	assert_string_equal(l.schema->tables[0].constraints[0].ref_schema, "auth");
	ut_release(&l);
}

static void test_model__keys(void **state)
{
	(void)state;
	ut_expect_error(
	    T1 "      - { name: a, type: int, primary_key: true }\n      - { name: b, type: int, primary_key: true }\n",
	    "m.yaml:5:44: primary key of table 't' declared twice (columns 'a' and 'b'); list a composite key in "
	    "the table's 'primary_key'");
	ut_expect_error(
	    T1 "      - { name: a, type: int, primary_key: true }\n    primary_key: [a]\n",
	    "m.yaml:5:18: primary key of table 't' declared twice (column 'a' at line 4 and 'primary_key')");
	ut_expect_error(T1 "      - { name: a, type: int, primary_key: true, nullable: true }\n",
			"m.yaml:4:60: column 'a' of table 't' is in the primary key and cannot be nullable");
	ut_expect_error(T1 "      - { name: a, type: int }\n    primary_key: [a, b]\n",
			"m.yaml:5:22: primary key of table 't' names unknown column 'b' of table 't'");
	ut_expect_error(T1 "      - { name: a, type: int }\n    unique: [ { columns: [a, a] } ]\n",
			"m.yaml:5:30: unique constraint #1 of table 't' lists column 'a' twice");
	ut_expect_error(T1 "      - { name: a, type: int, primary_key: true }\n    unique: [ { columns: [a] } ]\n",
			"m.yaml:5:15: unique constraint on (a) of table 't' repeats the primary key at line 4");
	ut_expect_error(T1
			"      - { name: a, type: int }\n    unique: [ { columns: [a], initially_deferred: true } ]\n",
			"m.yaml:5:15: unique constraint #1 of table 't' is initially deferred but not deferrable; add "
			"'deferrable: true'");
	ut_expect_error(T1 "      - { name: a, type: int }\n    primary_key_name: t_pk\n",
			"m.yaml:5:23: table 't' names a primary key it does not have");
}

static void test_model__columns(void **state)
{
	(void)state;
	ut_expect_error(T1 "      - { name: a, type: bigint, identity: always, default: \"1\" }\n",
			"m.yaml:4:61: identity column 'a' of table 't' cannot also have a default");
	ut_expect_error(
	    T1 "      - { name: a, type: text, identity: always }\n",
	    "m.yaml:4:42: identity column 'a' of table 't' must be smallint, integer or bigint, not 'text'");
	ut_expect_error(T1 "      - { name: a, type: int, identity: always, nullable: true }\n",
			"m.yaml:4:59: identity column 'a' of table 't' is always NOT NULL; remove 'nullable: true'");
	ut_expect_error(T1 "      - { name: a, type: serial, default: \"1\" }\n",
			"m.yaml:4:43: serial column 'a' of table 't' cannot also have a default");
	ut_expect_error(T1 "      - { name: a, type: int, generated: a + 1, default: \"1\" }\n",
			"m.yaml:4:58: generated column 'a' of table 't' cannot also have a default");
	ut_expect_error(T1 "      - { name: a, type: int }\n      - { name: b, type: int, generated: a + 1 }\n"
			   "      - { name: c, type: int, generated: b + 1 }\n",
			"m.yaml:6:42: generated column 'c' of table 't' uses generated column 'b'");
	ut_expect_error(T1 "      - { name: a, type: int, generated: z + 1 }\n",
			"m.yaml:4:42: generation expression refers to unknown column 'z' of table 't'");
	ut_expect_error(
	    T1 "      - { name: status, type: text, default: 'draft' }\n",
	    "m.yaml:4:46: default of column 'status' of table 't' refers to column 'draft'; a default cannot use "
	    "columns (a string literal is written \"'draft'\")");
	ut_expect_error(
	    T1 "      - { name: a, type: int, default: \"1 +\" }\n",
	    "m.yaml:4:40: default of column 'a' of table 't' is not an SQL expression: syntax error at or near \")\"");
	ut_expect_error(
	    T1 "      - { name: a, type: \"varchar(\" }\n",
	    "m.yaml:4:26: type 'varchar(' of column 'a' of table 't' is not a type: syntax error at or near \")\"");
	ut_expect_error(T1 "      - { name: a, type: pg_catalog.nosuch }\n",
			"m.yaml:4:26: type 'pg_catalog.nosuch' of column 'a' of table 't' is not a built-in type");
	ut_expect_error(T1 "      - { name: a, type: \"\" }\n",
			"m.yaml:4:26: column 'a' of table 't' has an empty type");
	ut_expect_error(T1 "      - { name: \"\", type: int }\n",
			"m.yaml:4:17: column '' of table 't' has an empty name");
	ut_expect_error(T1 "      - { name: a, type: int, comment: \"\" }\n",
			"m.yaml:4:40: 'comment' of column 'a' of table 't' is empty");
	ut_expect_error(
	    T1 "      - { name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, type: int }\n",
	    "m.yaml:4:17: name 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' of column "
	    "'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' of table 't' is 64 bytes long; "
	    "PostgreSQL keeps at most 63");
	ut_expect_error(T1 "      - { name: a, type: int, renamed_from: a }\n",
			"m.yaml:4:45: column 'a' of table 't' is renamed from itself");
	ut_expect_error("tables:\n  - { name: t, renamed_from: u, columns: [] }\n  - { name: u, columns: [] }\n",
			"m.yaml:2:30: table 't' is renamed from 'u', which is still a table of the models");
}

static void test_model__expressions_and_indexes(void **state)
{
	(void)state;
	ut_expect_error(T1 "      - { name: a, type: int }\n    checks: [ { expression: \"b > 0\" } ]\n",
			"m.yaml:5:29: check #1 of table 't' refers to unknown column 'b' of table 't'");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    checks: [ { name: c, expression: \"a >\" } ]\n",
	    "m.yaml:5:38: expression of check 'c' of table 't' is not an SQL expression: syntax error at or "
	    "near \")\"");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    checks: [ { expression: \"a > 0); DROP TABLE t; SELECT (1\" } ]\n",
	    "m.yaml:5:29: expression of check #1 of table 't' is not an SQL expression: not a single SQL fragment");
	ut_expect_error(T1 "      - { name: a, type: int }\n    indexes: [ { columns: [\"lower(b)\"] } ]\n",
			"m.yaml:5:28: index #1 of table 't' refers to unknown column 'b' of table 't'");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    indexes: [ { columns: [\"a DESC NULLS\"] } ]\n",
	    "m.yaml:5:28: 'a DESC NULLS' of index #1 of table 't' is not an index element: syntax error at or "
	    "near \"NULLS\"");
	ut_expect_error(T1 "      - { name: a, type: int }\n    indexes: [ { columns: [a], include: [z] } ]\n",
			"m.yaml:5:42: index #1 of table 't' names unknown column 'z' of table 't'");
	ut_expect_error(T1 "      - { name: a, type: int }\n    indexes: [ { columns: [a], where: \"z > 0\" } ]\n",
			"m.yaml:5:39: index #1 of table 't' refers to unknown column 'z' of table 't'");
	ut_expect_error(
	    T1 "      - { name: a, type: int }\n    indexes: [ { columns: [a], unique: true, method: gin } ]\n",
	    "m.yaml:5:54: index #1 of table 't' is unique, but access method 'gin' does not support unique indexes");
	ut_expect_error(T1
			"      - { name: a, type: int }\n    indexes: [ { columns: [a], nulls_not_distinct: true } ]\n",
			"m.yaml:5:52: index #1 of table 't' has nulls_not_distinct but is not unique");
	ut_expect_error(T1 "      - { name: a, type: int }\n    indexes: [ { columns: [a], where: \"\" } ]\n",
			"m.yaml:5:39: 'where' of index #1 of table 't' is empty");
	const char *x = "schema: app\n", *y = "schema: other\n";
	sg_model_source src[] = {{"x.yaml", x, strlen(x)}, {"y.yaml", y, strlen(y)}};
	ut_loaded l;
	ut_load_n(&l, src, 2);
	assert_int_equal(l.rc, -1);
	assert_int_equal(l.diags.count, 1);
	assert_string_equal(l.diags.items[0].text,
			    "y.yaml:1:9: schema 'other' differs from schema 'app' at x.yaml:1:9; "
			    "one models directory is one schema");
	ut_release(&l);
	ut_load_n(&l, src, 1);
	assert_int_equal(l.rc, 0);
	assert_string_equal(l.schema->name, "app");
	ut_release(&l);
}

static void test_model__types(void **state)
{
	(void)state;
	expect_warning(T1 "      - { name: s, type: post_state }\n",
		       "m.yaml:4:26: type 'post_state' of column 's' of table 't' is neither built in nor an enum or a "
		       "domain of the "
		       "models; it must exist in the database");
	expect_warning("enums: [ { name: post_status, values: [a] } ]\n" T1 "      - { name: s, type: post_statu }\n",
		       "m.yaml:5:26: type 'post_statu' of column 's' of table 't' is neither built in nor an enum or a "
		       "domain of the "
		       "models (did you mean 'post_status'?); it must exist in the database");
	expect_warning(T1 "      - { name: e, type: citext }\n",
		       "m.yaml:4:26: type 'citext' of column 'e' of table 't' comes from extension 'citext', which the "
		       "models do not list; it must be installed in the database");
	ut_loaded l;
	ut_load(
	    &l,
	    "extensions: [citext]\nenums: [ { name: mood, values: [ok] } ]\n" T1
	    "      - { name: a, type: citext }\n      - { name: b, type: \"mood[]\" }\n"
	    "      - { name: c, type: double precision }\n      - { name: d, type: \"timestamp(3) with time zone\" }\n"
	    "      - { name: e, type: other_schema.thing }\n      - { name: f, type: \"numeric(10,2)\" }\n");
	ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.diags.count, 0);
	ut_release(&l);
}

static void test_model__conversion(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(&l,
		"tables:\n"
		"  - name: orgs\n"
		"    columns: [ { name: id, type: bigserial, primary_key: true } ]\n"
		"  - name: users\n"
		"    columns:\n"
		"      - name: id\n"
		"        type: bigint\n"
		"        identity: by_default\n"
		"        primary_key: true\n"
		"      - { name: email, type: text, unique: true, collation: \"C\", comment: the address }\n"
		"      - { name: org_id, type: bigint, references: { table: orgs, on_delete: CASCADE, on_update: set "
		"null,\n"
		"          deferrable: true, initially_deferred: yes } }\n"
		"    indexes: [ { columns: [email], method: BTREE }, { columns: [org_id], method: hash } ]\n");
	ut_dump(&l);
	assert_int_equal(l.rc, 0);
	sg_schema *s = l.schema;
	assert_string_equal(s->name, "public");
	assert_int_equal(s->ntables, 2);
	sg_table *orgs = sg_schema_find_table(s, "orgs");
	assert_true(orgs->columns[0].from_serial);
	assert_string_equal(orgs->columns[0].type, "bigserial");
	assert_false(orgs->columns[0].nullable);
	sg_table *u = sg_schema_find_table(s, "users");
	assert_int_equal(u->ncolumns, 3);
	assert_string_equal(u->columns[0].name, "id"); /* columns keep their order */
	assert_false(u->columns[0].nullable);
	assert_int_equal(u->columns[0].identity, SG_IDENTITY_BY_DEFAULT);
	assert_true(u->columns[1].nullable);
	assert_string_equal(u->columns[1].collation, "C");
	assert_string_equal(u->columns[1].comment, "the address");
	assert_int_equal(u->columns[1].pos.line, 10);
	assert_int_equal(u->nconstraints, 3);
	sg_constraint *pk = sg_table_find_constraint(u, "users_pkey");
	assert_non_null(pk);
	assert_true(pk->name_is_default);
	assert_int_equal(pk->kind, SG_CON_PRIMARY_KEY);
	sg_constraint *uq = sg_table_find_constraint(u, "users_email_key");
	assert_non_null(uq);
	assert_int_equal(uq->kind, SG_CON_UNIQUE);
	sg_constraint *fk = sg_table_find_constraint(u, "users_org_id_fkey");
	assert_non_null(fk);
	assert_string_equal(fk->ref_table, "orgs");
	assert_int_equal(fk->nref_columns, 1);
	assert_string_equal(fk->ref_columns[0], "id"); /* the target's primary key */
	assert_int_equal(fk->on_delete, SG_FK_CASCADE);
	assert_int_equal(fk->on_update, SG_FK_SET_NULL);
	assert_true(fk->deferrable && fk->initially_deferred);
	assert_null(fk->ref_schema);
	sg_index *x = sg_table_find_index(u, "users_email_idx");
	assert_non_null(x);
	assert_null(x->method); /* btree is the default */
	assert_string_equal(sg_table_find_index(u, "users_org_id_idx")->method, "hash");
	ut_release(&l);
}

/* statistics: a column's SET STATISTICS target, 0 to 10000; -1 or absent is the server's default. */
static void test_model__statistics(void **state)
{
	(void)state;
	ut_loaded l;
	ut_load(&l, T1 "      - { name: a, type: text, statistics: 1000 }\n"
		       "      - { name: b, type: text, statistics: 0 }\n"
		       "      - { name: c, type: text, statistics: -1 }\n"
		       "      - { name: d, type: text }\n"
		       "      - { name: e, type: text, statistics: 10000 }\n");
	ut_dump(&l);
	assert_int_equal(l.rc, 0);
	const sg_table *t = sg_schema_find_table(l.schema, "t");
	assert_true(t->columns[0].has_statistics);
	assert_int_equal(t->columns[0].statistics, 1000);
	assert_true(t->columns[1].has_statistics); /* 0: no statistics gathered, not the default */
	assert_int_equal(t->columns[1].statistics, 0);
	assert_false(t->columns[2].has_statistics);
	assert_false(t->columns[3].has_statistics);
	assert_int_equal(t->columns[4].statistics, 10000);
	ut_release(&l);
	ut_expect_error(T1 "      - { name: a, type: int, statistics: 10001 }\n",
			"m.yaml:4:43: 'statistics' of column 'a' of table 't' is 10001, out of range: a statistics "
			"target is 0 to 10000, or -1 for the default");
	ut_expect_error(T1 "      - { name: a, type: int, statistics: -2 }\n",
			"m.yaml:4:43: 'statistics' of column 'a' of table 't' is -2, out of range: a statistics "
			"target is 0 to 10000, or -1 for the default");
	ut_expect_error(T1 "      - { name: a, type: int, statistics: lots }\n",
			"m.yaml:4:43: 'statistics' of column 'a' of table 't' must be an integer, not 'lots'");
	ut_expect_error(T1 "      - { name: a, type: int, statistics: 1.5 }\n",
			"m.yaml:4:43: 'statistics' of column 'a' of table 't' must be an integer, not '1.5'");
	ut_expect_error(T1 "      - { name: a, type: int, statistic: 100 }\n",
			"m.yaml:4:31: unknown key 'statistic' in column 'a' of table 't' (did you mean 'statistics'?)");
}

/* The same model in block and in flow style loads to the same schema. */
/* functions: each definition parsed at load time; a syntax error at its place inside the YAML scalar. */
static void test_model__functions(void **state)
{
	(void)state;
	/* A block scalar: the error's line and column in the file, not in the text. */
	ut_expect_error("functions:\n"
			"  - name: f\n"
			"    definition: |\n"
			"      CREATE FUNCTION f() RETURNS int\n"
			"      LANGUAGE sql AS $$ SELECT 1 $$ STABLEE;\n",
			"m.yaml:5:38: function 'f': syntax error at or near \"STABLEE\"");
	/* A block scalar indented otherwise, with an indentation indicator. */
	ut_expect_error("functions:\n"
			"- name: f\n"
			"  definition: |2\n"
			"      CREATE FUNCTION f() RETURNS int\n"
			"    LANGUAGE sql AS $$ SELECT 1 $$ STABLEE;\n",
			"m.yaml:5:36: function 'f': syntax error at or near \"STABLEE\"");
	/* A flow scalar: on its line, after the quote. */
	ut_expect_error("functions:\n  - { name: f, definition: \"CREATE FUNCTION f( RETURNS int AS 'x'\" }\n",
			"m.yaml:2:60: function 'f': syntax error at or near \"AS\"");
	/*
	 * Escapes before the error take more characters in the file than in the
	 * text: \" and \\ in a double-quoted scalar, '' in a single-quoted one
	 * (the error was reported 3, 2 and 9 columns early).
	 */
	ut_expect_error(
	    "functions:\n  - name: F\n    definition: \"CREATE FUNCTION \\\"F\\\"() RETURNS text LANGUAGE sql "
	    "RETURN '\\\\x' WHERE\"\n",
	    "m.yaml:3:81: function 'F': syntax error at or near \"WHERE\"");
	ut_expect_error("functions:\n  - name: F\n    definition: 'CREATE FUNCTION \"F\"() RETURNS text LANGUAGE sql "
			"RETURN ''x'' WHERE'\n",
			"m.yaml:3:79: function 'F': syntax error at or near \"WHERE\"");
	/* A folded block scalar: its line breaks are spaces of the text, its lines still the file's (was 4:72). */
	ut_expect_error("functions:\n  - name: f\n    definition: >\n      CREATE FUNCTION f() RETURNS integer\n"
			"      LANGUAGE sql\n\n      RETURN 1 WHERE\n",
			"m.yaml:7:16: function 'f': syntax error at or near \"WHERE\"");
	ut_expect_error("views:\n  - { name: v, query: \"SELECT '\\u00e9\\t' AS \\\"A\\\" FROM FROM\" }\n",
			"m.yaml:2:56: view 'v': syntax error at or near \"FROM\"");
	ut_expect_error(
	    "functions:\n  - { name: f, definition: \"CREATE TABLE f ()\" }\n",
	    "m.yaml:2:28: function 'f': the definition must be a CREATE FUNCTION or CREATE PROCEDURE statement");
	ut_expect_error(
	    "functions:\n  - { name: f, definition: \"CREATE FUNCTION g() RETURNS int AS 'SELECT 1' LANGUAGE sql\" }\n",
	    "m.yaml:2:28: function 'f': the definition creates 'g'");
	ut_expect_error(
	    "functions:\n  - { name: f, definition: \"CREATE FUNCTION app.f() RETURNS int AS 'SELECT 1' "
	    "LANGUAGE sql\" }\n",
	    "m.yaml:2:28: function 'f': write its name without a schema (the models' schema is its schema)");
	/* SET ... FROM CURRENT: the creating session's value (the scratch schema's search_path in a diff). */
	ut_expect_error("functions:\n"
			"  - name: f\n"
			"    definition: |\n"
			"      CREATE FUNCTION f() RETURNS int LANGUAGE sql\n"
			"      SET search_path FROM CURRENT AS $$ SELECT 1 $$;\n",
			"m.yaml:5:7: function 'f': SET search_path FROM CURRENT stores the setting of the session that "
			"creates it, which no model can say: write the value (SET search_path = ...)");
	ut_expect_error("functions:\n  - name: f\n    definition: \"CREATE FUNCTION f() RETURNS int AS 'SELECT 1' "
			"LANGUAGE sql; DROP TABLE t\"\n",
			"m.yaml:3:17: function 'f': the definition must be one statement, not 2");
	ut_expect_error("functions:\n  - { name: f }\n", "m.yaml:2:5: missing key 'definition' in function 'f'");

	ut_loaded l;
	ut_load(&l,
		"functions:\n"
		"  - name: p\n"
		"    definition: CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'\n"
		"  - { name: f, definition: \"create function f(a int) returns int return a\" }\n"
		"  - { name: f, renamed_from: g, definition: \"create function f(a text) returns text return a\" }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.schema->nfunctions, 3);
	/* Sorted by name; overloads in the order written. */
	assert_string_equal(l.schema->functions[0].name, "f");
	assert_null(l.schema->functions[0].renamed_from);
	assert_string_equal(l.schema->functions[1].renamed_from, "g");
	assert_false(l.schema->functions[1].procedure);
	assert_true(l.schema->functions[2].procedure);
	assert_int_equal(l.schema->functions[2].pos.line, 2);
	ut_release(&l);
}

/* triggers: parts checked, the statement built and parsed at load time. */
static void test_model__triggers(void **state)
{
	(void)state;
#define TT T1 "      - { name: a, type: int }\n    triggers:\n"
	ut_expect_error(
	    TT "      - { name: g, timing: during, events: [insert], for_each: row, function: f }\n",
	    "m.yaml:6:28: 'timing' of trigger 'g' of table 't' must be one of before, after, instead_of, not 'during'");
	ut_expect_error(
	    TT "      - { name: g, timing: after, events: [upsert], for_each: row, function: f }\n",
	    "m.yaml:6:44: trigger 'g' of table 't': unknown event 'upsert' (insert, update, update of COLUMNS, delete, "
	    "truncate)");
	ut_expect_error(TT
			"      - { name: g, timing: after, events: [\"update of b\"], for_each: row, function: f }\n",
			"m.yaml:6:43: trigger 'g' of table 't': no column 'b'");
	ut_expect_error(TT "      - { name: g, timing: after, events: [insert, INSERT], for_each: row, function: f }\n",
			"m.yaml:6:52: trigger 'g' of table 't': event 'INSERT' given twice");
	ut_expect_error(TT
			"      - { name: g, timing: after, events: [insert], for_each: row, when: \"a > 0) OR (true\", "
			"function: f }\n",
			"m.yaml:6:74: trigger 'g' of table 't': syntax error at or near \"OR\"");
	ut_expect_error(
	    TT "      - { name: g, timing: after, events: [insert], for_each: row, function: \"f(); DROP TABLE t\" }\n",
	    "m.yaml:6:78: trigger 'g' of table 't': the condition, the function call or 'from' adds to the statement");
	ut_expect_error(TT "      - { name: g, timing: after, events: [insert], for_each: row, function: \"f(\" }\n",
			"m.yaml:6:78: trigger 'g' of table 't': syntax error at end of input");

	/* The rules CREATE TRIGGER enforces, at load time. */
	ut_expect_error(TT "      - { name: g, timing: instead_of, events: [insert], for_each: row, function: f }\n",
			"m.yaml:6:28: trigger 'g' of table 't': instead_of is for the triggers of views (a table's are "
			"before or after)");
	ut_expect_error(TT
			"      - { name: g, timing: before, events: [insert], for_each: row, function: f, constraint: "
			"true }\n",
			"m.yaml:6:94: trigger 'g' of table 't': a constraint trigger is timing: after, for_each: row");
	ut_expect_error(
	    TT "      - { name: g, timing: after, events: [insert], for_each: row, function: f, from: t }\n",
	    "m.yaml:6:87: trigger 'g' of table 't': 'from' is for constraint triggers (add constraint: true)");
	ut_expect_error(
	    TT "      - { name: g, timing: after, events: [insert], for_each: row, function: f, enabled: maybe }\n",
	    "m.yaml:6:90: 'enabled' of trigger 'g' of table 't' must be one of true, yes, on, false, no, off, "
	    "replica, always, not 'maybe'");
#define REF(TIMING, EVENTS, REFERENCING)                                                                               \
	TT "      - { name: g, timing: " TIMING ", events: " EVENTS                                                    \
	   ", for_each: statement, function: f, referencing: " REFERENCING " }\n"
	ut_expect_error(REF("before", "[insert]", "{ new_table: n }"),
			"m.yaml:6:101: trigger 'g' of table 't': transition tables are for after triggers");
	ut_expect_error(
	    REF("after", "[insert, update]", "{ new_table: n }"),
	    "m.yaml:6:108: trigger 'g' of table 't': transition tables need exactly one event (insert, update "
	    "or delete)");
	ut_expect_error(REF("after", "[\"update of a\"]", "{ new_table: n }"),
			"m.yaml:6:107: trigger 'g' of table 't': transition tables cannot go with 'update of' columns");
	ut_expect_error(REF("after", "[insert]", "{ old_table: o }"),
			"m.yaml:6:113: trigger 'g' of table 't': old_table is for update and delete triggers");
	ut_expect_error(REF("after", "[delete]", "{ new_table: n }"),
			"m.yaml:6:113: trigger 'g' of table 't': new_table is for insert and update triggers");
	ut_expect_error(REF("after", "[update]", "{ old_table: x, new_table: x }"),
			"m.yaml:6:127: trigger 'g' of table 't': old_table and new_table must have different names");
	ut_expect_error(REF("after", "[update]", "{}"),
			"m.yaml:6:100: trigger 'g' of table 't': 'referencing' needs old_table, new_table or both");
	ut_expect_error(REF("after", "[truncate]", "{ new_table: n }"),
			"m.yaml:6:102: trigger 'g' of table 't': a truncate trigger has no transition tables");
#undef REF
	/* A view's triggers: INSTEAD OF row ones, statement-level before and after, always enabled. */
#define VT "views:\n  - name: v\n    query: SELECT 1 AS a\n    triggers:\n"
	ut_expect_error(
	    VT "      - { name: g, timing: before, events: [insert], for_each: row, function: f }\n",
	    "m.yaml:5:64: trigger 'g' of view 'v': a view's before and after triggers are for_each: statement "
	    "(its row triggers are instead_of)");
	ut_expect_error(
	    VT "      - { name: g, timing: instead_of, events: [\"update of a\"], for_each: row, function: f }\n",
	    "m.yaml:5:48: trigger 'g' of view 'v': an instead_of trigger takes no 'update of' columns");
	ut_expect_error(VT
			"      - { name: g, timing: instead_of, events: [insert], for_each: statement, function: f }\n",
			"m.yaml:5:68: trigger 'g' of view 'v': an instead_of trigger is for_each: row");
	ut_expect_error(VT "      - { name: g, timing: after, events: [truncate], for_each: statement, function: f }\n",
			"m.yaml:5:43: trigger 'g' of view 'v': a view has no truncate triggers");
	ut_expect_error(VT
			"      - { name: g, timing: instead_of, events: [insert], for_each: row, function: f, enabled: "
			"false }\n",
			"m.yaml:5:95: trigger 'g' of view 'v': a view's triggers are always enabled (PostgreSQL has no "
			"ALTER for them)");
	ut_expect_error("views:\n  - name: v\n    materialized: true\n    query: SELECT 1 AS a\n    triggers:\n"
			"      - { name: g, timing: after, events: [insert], for_each: statement, function: f }\n",
			"m.yaml:6:7: materialized view 'v' has triggers: PostgreSQL allows them on plain views only");

	ut_loaded l;
	ut_load(&l,
		VT "      - { name: g, timing: instead_of, events: [insert, update], for_each: row, function: f }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_string_equal(l.schema->views[0].triggers[0].definition,
			    "CREATE TRIGGER g INSTEAD OF INSERT OR UPDATE ON v FOR EACH ROW EXECUTE FUNCTION f()");
	ut_release(&l);
#undef VT
	ut_load(&l,
		TT "      - { name: g, timing: after, events: [update], for_each: statement, function: f, enabled: "
		   "replica, referencing: { old_table: o, new_table: n } }\n"
		   "      - { name: h, timing: after, events: [insert], for_each: row, function: f, constraint: true, "
		   "from: t, enabled: ALWAYS }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_string_equal(l.schema->tables[0].triggers[0].definition,
			    "CREATE TRIGGER g AFTER UPDATE ON t REFERENCING OLD TABLE AS o NEW TABLE AS n FOR EACH "
			    "STATEMENT EXECUTE FUNCTION f()");
	assert_int_equal(l.schema->tables[0].triggers[0].enabled, 'R');
	assert_string_equal(l.schema->tables[0].triggers[1].definition,
			    "CREATE CONSTRAINT TRIGGER h AFTER INSERT ON t FROM t FOR EACH ROW EXECUTE FUNCTION f()");
	assert_int_equal(l.schema->tables[0].triggers[1].enabled, 'A');
	ut_release(&l);

	ut_load(&l,
		TT "      - { name: g, timing: AFTER, events: [insert, \"Update Of a\"], for_each: row, function: f, "
		   "when: \"NEW.a > 0\", initially_deferred: true, enabled: false }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	const sg_trigger *g = &l.schema->tables[0].triggers[0];
	assert_string_equal(g->definition, "CREATE CONSTRAINT TRIGGER g AFTER INSERT OR UPDATE OF a ON t DEFERRABLE "
					   "INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.a > 0) EXECUTE FUNCTION f()");
	assert_int_equal(g->enabled, 'D');
	ut_release(&l);
#undef TT
}

/* views: the query parsed at load time, options and a materialized view's indexes checked. */
static void test_model__views(void **state)
{
	(void)state;
	ut_expect_error("views:\n"
			"  - name: v\n"
			"    query: |\n"
			"      SELECT id\n"
			"      FROM users WHER id > 0\n",
			"m.yaml:5:23: view 'v': syntax error at or near \"id\"");
	ut_expect_error("views:\n  - { name: v, query: \"SELECT 1; DROP TABLE users\" }\n",
			"m.yaml:2:23: view 'v': the query must be one SELECT");
	ut_expect_error("views:\n  - { name: v, query: \"DELETE FROM users\" }\n",
			"m.yaml:2:23: view 'v': the query must be one SELECT");
	ut_expect_error("views:\n  - { name: v, query: SELECT 1 AS a, indexes: [{ name: i, columns: [a] }] }\n",
			"m.yaml:2:47: view 'v' has indexes: only a materialized view can");
	ut_expect_error(
	    "views:\n  - { name: v, materialized: true, query: SELECT 1 AS a, indexes: [{ columns: [a] }] }\n",
	    "m.yaml:2:68: index #1 of materialized view 'v' needs a name");
	ut_expect_error(
	    "views:\n  - { name: v, materialized: true, query: SELECT 1 AS a, options: { security_barrier: true } }\n",
	    "m.yaml:2:67: materialized view 'v' takes no options");
	ut_expect_error(
	    "views:\n  - { name: v, query: SELECT 1 AS a, options: { check_option: sideways } }\n",
	    "m.yaml:2:63: 'check_option' of 'options' of view 'v' must be one of local, cascaded, not 'sideways'");

	ut_loaded l;
	ut_load(&l,
		"views:\n"
		"  - name: b\n"
		"    query: SELECT id FROM a JOIN t USING (id);\n"
		"  - { name: a, materialized: true, query: SELECT 1 AS id, options: {}, indexes: [{ name: ai, columns: "
		"[id] }] }\n");
	if (l.rc != 0)
		ut_dump(&l);
	assert_int_equal(l.rc, 0);
	assert_int_equal(l.schema->nviews, 2);
	const sg_view *b = &l.schema->views[1];
	assert_string_equal(b->query, "SELECT id FROM a JOIN t USING (id)");
	assert_int_equal(b->nreads, 2);
	assert_string_equal(b->reads[0], "a");
	assert_string_equal(b->reads[1], "t");
	assert_int_equal(l.schema->views[0].nindexes, 1);
	ut_release(&l);
}

static void test_model__block_and_flow(void **state)
{
	(void)state;
	ut_loaded a, b;
	ut_load(&a, "tables:\n  - name: t\n    columns:\n      - name: a\n        type: int\n        nullable: false\n"
		    "    checks:\n      - expression: a > 0\n");
	ut_load(
	    &b,
	    "{tables: [{name: t, columns: [{name: a, type: int, nullable: false}], checks: [{expression: a > 0}]}]}\n");
	assert_int_equal(a.rc, 0);
	assert_int_equal(b.rc, 0);
	assert_string_equal(a.schema->tables[0].constraints[0].name, "t_a_check");
	assert_string_equal(b.schema->tables[0].constraints[0].name, "t_a_check");
	assert_false(b.schema->tables[0].columns[0].nullable);
	ut_release(&a);
	ut_release(&b);
}

static void test_model__naming_primitives(void **state)
{
	(void)state;
	char out[SG_NAMEDATALEN];
	sg_naming_make_object_name(out, "users", "email", "key");
	assert_string_equal(out, "users_email_key");
	sg_naming_make_object_name(out, "users", NULL, "pkey");
	assert_string_equal(out, "users_pkey");
	char t60[61];
	memset(t60, 't', 60);
	t60[60] = '\0';
	sg_naming_make_object_name(out, t60, "c", "key");
	assert_int_equal(strlen(out), 63);
	assert_string_equal(out + 55, "tt_c_key");
	/* "é" is two bytes: a cut after 3 bytes keeps one character. */
	assert_int_equal(sg_naming_mbcliplen("\xc3\xa9\xc3\xa9", 4, 3), 2);
	assert_int_equal(sg_naming_mbcliplen("abc", 3, 2), 2);
	sg_naming_ns *ns = sg_naming_ns_new();
	assert_int_equal(sg_naming_ns_add_relation(ns, "t_a_idx"), 0);
	assert_int_equal(sg_naming_choose_relation_name(out, ns, "t", "a", "idx", false), 0);
	assert_string_equal(out, "t_a_idx1");
	assert_int_equal(sg_naming_choose_relation_name(out, ns, "t", "a", "idx", false), 0);
	assert_string_equal(out, "t_a_idx2");
	assert_int_equal(sg_naming_choose_constraint_name(out, ns, "t", "a", "idx"), 0);
	assert_string_equal(out, "t_a_idx"); /* constraints and relations are separate namespaces */
	assert_true(sg_naming_ns_has_constraint(ns, "t_a_idx"));
	sg_naming_ns_free(ns);
	sg_naming_ns_free(NULL);
}

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
}

static void test_model__directory(void **state)
{
	(void)state;
	char dir[] = "/tmp/sg_model_dirXXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[256];
	sg_schema *s = NULL;
	sg_error err = {0};
	assert_int_equal(sg_model_load(&s, dir, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(sg_error_message(&err), "no model files"));
	sg_error_clear(&err);
	snprintf(path, sizeof(path), "%s/b.yaml", dir);
	write_file(path, "tables: [ { name: b, columns: [ { name: id, type: int } ] } ]\n");
	snprintf(path, sizeof(path), "%s/sub", dir);
	assert_int_equal(mkdir(path, 0700), 0);
	snprintf(path, sizeof(path), "%s/sub/a.yaml", dir);
	write_file(path, "tables: [ { name: a, columns: [ { name: id, type: int } ] } ]\n");
	snprintf(path, sizeof(path), "%s/notes.txt", dir);
	write_file(path, "not a model\n");
	assert_int_equal(sg_model_load(&s, dir, &err), 0);
	assert_int_equal(s->ntables, 2);
	sg_schema_free(s);
	snprintf(path, sizeof(path), "%s/c.yaml", dir);
	write_file(path, "tables: [ { name: a, columns: [] } ]\n");
	assert_int_equal(sg_model_load(&s, dir, &err), -1);
	assert_null(s);
	char want[512];
	snprintf(want, sizeof(want), "%s/sub/a.yaml:1:19: duplicate table 'a' (first defined at %s/c.yaml:1:19)", dir,
		 dir);
	assert_string_equal(sg_error_message(&err), want); /* c.yaml sorts before sub/a.yaml */
	sg_error_clear(&err);
	assert_int_equal(sg_model_load(&s, "/nonexistent/models", &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	sg_error_clear(&err);
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_model__structure),
	    cmocka_unit_test(test_model__several_errors_in_one_run),
	    cmocka_unit_test(test_model__duplicates),
	    cmocka_unit_test(test_model__references),
	    cmocka_unit_test(test_model__keys),
	    cmocka_unit_test(test_model__columns),
	    cmocka_unit_test(test_model__expressions_and_indexes),
	    cmocka_unit_test(test_model__types),
	    cmocka_unit_test(test_model__conversion),
	    cmocka_unit_test(test_model__statistics),
	    cmocka_unit_test(test_model__functions),
	    cmocka_unit_test(test_model__triggers),
	    cmocka_unit_test(test_model__views),
	    cmocka_unit_test(test_model__block_and_flow),
	    cmocka_unit_test(test_model__naming_primitives),
	    cmocka_unit_test(test_model__directory),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
