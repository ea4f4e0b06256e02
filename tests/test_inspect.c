/*
 * Unit tests of the YAML writer of `schemagen inspect` (inspect.c) on
 * in-memory schemas shaped as the catalog reader returns them: quoting that
 * libyaml reads back as the same string, the exact text written, models that
 * the loader reads back verbatim equal to the catalog (names included), the
 * file names of --split, and the names written only when needed (the notes
 * for what the models cannot express: test_inspect_notes.c).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "inspect.h"
#include "inspect_util.h"
#include "model.h"

/* ---------------------------------------------------------------- scalars */

/* Parse `doc` with libyaml and return the first scalar that is a value (malloc'd), or NULL. */
static char *first_value(const char *doc)
{
	yaml_parser_t p;
	yaml_document_t d;
	yaml_parser_initialize(&p);
	yaml_parser_set_input_string(&p, (const unsigned char *)doc, strlen(doc));
	char *out = NULL;
	if (yaml_parser_load(&p, &d)) {
		yaml_node_t *root = yaml_document_get_root_node(&d);
		yaml_node_t *v = NULL;
		if (root && root->type == YAML_MAPPING_NODE &&
		    root->data.mapping.pairs.start < root->data.mapping.pairs.top)
			v = yaml_document_get_node(&d, root->data.mapping.pairs.start->value);
		if (v && v->type == YAML_SEQUENCE_NODE && v->data.sequence.items.start < v->data.sequence.items.top)
			v = yaml_document_get_node(&d, *v->data.sequence.items.start);
		if (v && v->type == YAML_MAPPING_NODE && v->data.mapping.pairs.start < v->data.mapping.pairs.top)
			v = yaml_document_get_node(&d, v->data.mapping.pairs.start->value);
		if (v && v->type == YAML_SCALAR_NODE && v->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
			out = strdup((const char *)v->data.scalar.value);
		else if (v && v->type == YAML_SCALAR_NODE)
			out = strdup((const char *)v->data.scalar.value);
		yaml_document_delete(&d);
	}
	yaml_parser_delete(&p);
	return out;
}

static const char *const nasty[] = {
    "email",
    "yes",
    "No",
    "ON",
    "off",
    "y",
    "null",
    "Null",
    "~",
    "true",
    "False",
    " lead",
    "trail ",
    "a: b",
    "a:b",
    "a:",
    ":a",
    "a #b",
    "#x",
    "- x",
    "-x",
    "1",
    "1.5",
    "0x1F",
    "-1",
    "+1",
    ".inf",
    ".5",
    "1e3",
    "'q'",
    "\"q\"",
    "a\\b",
    "line\nbreak",
    "tab\there",
    "cr\rx",
    "x,y",
    "[a]",
    "{a}",
    "a]",
    "a}",
    "NEL\xc2\x85x",
    "LS\xe2\x80\xa8x",
    "PS\xe2\x80\xa9x",
    "\xef\xbb\xbf"
    "bom",
    "C1\xc2\x9f",
    "bell\a",
    "del\x7f",
    "\xc3\xa9t\xc3\xa9",
    "*alias",
    "&anchor",
    "!tag",
    "|",
    ">",
    "%dir",
    "@at",
    "`bt",
    "?q",
    "<<",
    "=",
    "a  b",
    "nextval('users_id_seq'::regclass)",
    "now()",
    "lower((email)::text)",
    "(status <> 'draft'::post_status)",
    "'{}'::text[]",
    "\"Order\" DESC",
    "created_at DESC NULLS LAST",
    "((price < (1000)::numeric) AND (\"Order\" > 0))",
    "'it''s'::text",
    "E'\\\\n'::text",
    "both ' and \"",
    "character varying(255)",
    "timestamp with time zone",
    "a--b",
    "x # y",
    "x#y",
    "uuid-ossp",
};

static void test_inspect__yaml_scalars_read_back(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(nasty) / sizeof(nasty[0]); i++) {
		const char *s = nasty[i];
		static const char *const frames[][2] = {
		    {"k: ", "\n"}, {"k: [", "]\n"}, {"k: [x, ", ", y]\n"}, {"k: { a: ", " }\n"}, {"- ", "\n"},
		};
		for (size_t f = 0; f < sizeof(frames) / sizeof(frames[0]); f++) {
			bool flow = f >= 1 && f <= 3;
			sg_strbuf doc = SG_STRBUF_INIT;
			sg_strbuf_adds(&doc, frames[f][0]);
			sg_inspect_yaml_scalar(&doc, s, flow);
			sg_strbuf_adds(&doc, frames[f][1]);
			char *got = NULL;
			if (f == 2) {
				/* the middle item of [x, S, y] */
				yaml_parser_t p;
				yaml_document_t d;
				yaml_parser_initialize(&p);
				yaml_parser_set_input_string(&p, (const unsigned char *)doc.data, doc.len);
				if (yaml_parser_load(&p, &d)) {
					yaml_node_t *root = yaml_document_get_root_node(&d);
					yaml_node_t *seq =
					    yaml_document_get_node(&d, root->data.mapping.pairs.start->value);
					if (seq->type == YAML_SEQUENCE_NODE &&
					    seq->data.sequence.items.top - seq->data.sequence.items.start == 3)
						got = strdup((const char *)yaml_document_get_node(
								 &d, seq->data.sequence.items.start[1])
								 ->data.scalar.value);
					yaml_document_delete(&d);
				}
				yaml_parser_delete(&p);
			} else if (f == 4) {
				yaml_parser_t p;
				yaml_document_t d;
				yaml_parser_initialize(&p);
				yaml_parser_set_input_string(&p, (const unsigned char *)doc.data, doc.len);
				if (yaml_parser_load(&p, &d)) {
					yaml_node_t *root = yaml_document_get_root_node(&d);
					if (root && root->type == YAML_SEQUENCE_NODE)
						got = strdup((const char *)yaml_document_get_node(
								 &d, *root->data.sequence.items.start)
								 ->data.scalar.value);
					yaml_document_delete(&d);
				}
				yaml_parser_delete(&p);
			} else {
				got = first_value(doc.data);
			}
			if (!got || strcmp(got, s) != 0)
				fail_msg("%s does not read back as the string: got %s", doc.data,
					 got ? got : "(nothing)");
			free(got);
			sg_strbuf_release(&doc);
		}
	}
}

static void expect_scalar(const char *s, bool flow, const char *want)
{
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_inspect_yaml_scalar(&sb, s, flow);
	assert_string_equal(sb.data, want);
	sg_strbuf_release(&sb);
}

static void test_inspect__yaml_scalar_forms(void **state)
{
	(void)state;
	expect_scalar("email", false, "email");
	expect_scalar("timestamp with time zone", false, "timestamp with time zone");
	expect_scalar("now()", true, "now()");
	expect_scalar("yes", true, "\"yes\"");
	expect_scalar("null", false, "\"null\"");
	expect_scalar("0", false, "\"0\"");
	expect_scalar("'draft'::post_status", false, "\"'draft'::post_status\"");
	expect_scalar("\"Order\"", true, "'\"Order\"'");
	expect_scalar("it's \"x\"", false, "'it''s \"x\"'");
	expect_scalar("E'\\n'", false, "'E''\\n'''");
	expect_scalar("a\nb", false, "\"a\\nb\"");
	expect_scalar("a,b", true, "\"a,b\"");
	expect_scalar("a,b", false, "a,b");
	expect_scalar("numeric(10,2)", false, "numeric(10,2)");
	expect_scalar("numeric(10,2)", true, "\"numeric(10,2)\"");
	expect_scalar("a::text", false, "a::text");
	expect_scalar("a::text", true, "\"a::text\"");
	expect_scalar("", false, "\"\"");
}

/* ---------------------------------------------------------------- a schema as the catalog reads it */

static const char *c_id[] = {"id"}, *c_name[] = {"name"}, *c_email[] = {"email"}, *c_org[] = {"org_id"}, *c_a[] = {"a"},
		  *c_ab[] = {"a", "b"}, *c_tags[] = {"tags"}, *c_status[] = {"status"},
		  *c_lower[] = {"lower((email)::text)"}, *c_order[] = {"\"Order\""}, *c_created[] = {"created_at DESC"};

/* An identity's sequence as the catalog reads it: every option PostgreSQL's default for a bigint. */
static const sg_sequence orgs_id_seq = {
    .type = "bigint", .start = 1, .increment = 1, .min = 1, .max = 9223372036854775807LL, .cache = 1};

static sg_column orgs_cols[] = {
    {.name = "id", .type = "bigint", .identity = SG_IDENTITY_ALWAYS, .identity_seq = &orgs_id_seq},
    {.name = "name", .type = "text"},
};
static sg_constraint orgs_cons[] = {
    {.kind = SG_CON_UNIQUE, .name = "orgs_name_key", .columns = c_name, .ncolumns = 1, .definition = "UNIQUE (name)"},
    {.kind = SG_CON_PRIMARY_KEY, .name = "orgs_pkey", .columns = c_id, .ncolumns = 1, .definition = "PRIMARY KEY (id)"},
};
static sg_index orgs_idx[] = {
    {.name = "orgs_name_key",
     .elements = c_name,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .constraint_backed = true},
    {.name = "orgs_pkey",
     .elements = c_id,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .constraint_backed = true},
};

static sg_column select_cols[] = {
    {.name = "a", .type = "integer", .nullable = true},
    {.name = "b", .type = "integer", .nullable = true},
};
static sg_constraint select_cons[] = {
    {.kind = SG_CON_UNIQUE,
     .name = "select_a_b_key",
     .columns = c_ab,
     .ncolumns = 2,
     .nulls_not_distinct = true,
     .definition = "UNIQUE NULLS NOT DISTINCT (a, b)"},
    {.kind = SG_CON_UNIQUE,
     .name = "select_a_key",
     .columns = c_a,
     .ncolumns = 1,
     .deferrable = true,
     .definition = "UNIQUE (a) DEFERRABLE"},
};
static sg_index select_idx[] = {
    {.name = "select_a_b_key",
     .elements = c_ab,
     .nelements = 2,
     .unique = true,
     .nulls_not_distinct = true,
     .method = "btree",
     .constraint_backed = true},
    {.name = "select_a_key",
     .elements = c_a,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .constraint_backed = true},
};

static sg_column users_cols[] = {
    {.name = "id", .type = "integer", .default_expr = "nextval('users_id_seq'::regclass)"},
    {.name = "email", .type = "text", .comment = "line1\nline2: yes"},
    {.name = "status", .type = "post_status", .nullable = true, .default_expr = "'draft'::post_status"},
    {.name = "org_id", .type = "bigint", .nullable = true},
    {.name = "Order", .type = "integer", .nullable = true, .collation = NULL},
    {.name = "tags", .type = "text[]", .nullable = true, .default_expr = "'{}'::text[]"},
    {.name = "full", .type = "text", .nullable = true, .generated = "((email)::text || ' x'::text)"},
    {.name = "created_at", .type = "timestamp with time zone", .default_expr = "now()"},
    {.name = "title",
     .type = "character varying(100)",
     .nullable = true,
     .collation = "C",
     .has_statistics = true,
     .statistics = 1000},
};
static sg_constraint users_cons[] = {
    {.kind = SG_CON_CHECK,
     .name = "users_check",
     .expression = "((id > 0) AND (\"Order\" > 0))",
     .definition = "CHECK (((id > 0) AND (\"Order\" > 0)))"},
    {.kind = SG_CON_UNIQUE,
     .name = "users_email_key",
     .columns = c_email,
     .ncolumns = 1,
     .definition = "UNIQUE (email)"},
    {.kind = SG_CON_FOREIGN_KEY,
     .name = "users_org_fk",
     .columns = c_org,
     .ncolumns = 1,
     .ref_table = "orgs",
     .ref_columns = c_id,
     .nref_columns = 1,
     .on_delete = SG_FK_CASCADE,
     .definition = "FOREIGN KEY (org_id) REFERENCES orgs(id) ON DELETE CASCADE"},
    {.kind = SG_CON_PRIMARY_KEY,
     .name = "users_pkey",
     .columns = c_id,
     .ncolumns = 1,
     .definition = "PRIMARY KEY (id)"},
    {.kind = SG_CON_CHECK,
     .name = "users_status_check",
     .expression = "(status <> 'yes'::post_status)",
     .definition = "CHECK ((status <> 'yes'::post_status))"},
};
static sg_index users_idx[] = {
    {.name = "users_Order_idx", .elements = c_order, .nelements = 1, .method = "btree"},
    {.name = "users_created_at_idx", .elements = c_created, .nelements = 1, .method = "btree"},
    {.name = "users_email_key",
     .elements = c_email,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .constraint_backed = true},
    {.name = "users_live_idx",
     .elements = c_email,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .include = c_status,
     .ninclude = 1,
     .where = "(status <> 'draft'::post_status)"},
    {.name = "users_lower_idx", .elements = c_lower, .nelements = 1, .method = "btree"},
    {.name = "users_pkey",
     .elements = c_id,
     .nelements = 1,
     .unique = true,
     .method = "btree",
     .constraint_backed = true},
    {.name = "users_tags_idx", .elements = c_tags, .nelements = 1, .method = "gin"},
};

static sg_table tables[] = {
    {.name = "orgs",
     .comment = "Organisations: the \"top\" #1",
     .columns = orgs_cols,
     .ncolumns = 2,
     .constraints = orgs_cons,
     .nconstraints = 2,
     .indexes = orgs_idx,
     .nindexes = 2},
    {.name = "select",
     .columns = select_cols,
     .ncolumns = 2,
     .constraints = select_cons,
     .nconstraints = 2,
     .indexes = select_idx,
     .nindexes = 2},
    {.name = "users",
     .columns = users_cols,
     .ncolumns = 9,
     .constraints = users_cons,
     .nconstraints = 5,
     .indexes = users_idx,
     .nindexes = 7},
};
static const char *status_values[] = {"draft", "yes", "a,b"};
static sg_enum enums[] = {{.name = "post_status", .values = status_values, .nvalues = 3}};
static sg_extension extensions[] = {{.name = "citext"}};
static sg_unmanaged unmanaged[] = {
    {.kind = "function", .name = "touch(x integer)"},
    {.kind = "view", .name = "active_users"},
};
static const sg_schema app = {
    .name = "public",
    .extensions = extensions,
    .nextensions = 1,
    .enums = enums,
    .nenums = 1,
    .tables = tables,
    .ntables = 3,
    .unmanaged = unmanaged,
    .nunmanaged = 2,
};

static const char app_yaml[] =
    "# Models of schema 'public' (database 'app'), written by schemagen inspect.\n"
    "#\n"
    "# Not managed by schemagen (schemagen diff never changes or drops them):\n"
    "#   function: touch(x integer)\n"
    "#   view: active_users\n"
    "schema: public\n"
    "extensions: [citext]\n"
    "enums:\n"
    "  - name: post_status\n"
    "    values: [draft, \"yes\", \"a,b\"]\n"
    "tables:\n"
    "  - name: orgs\n"
    "    comment: 'Organisations: the \"top\" #1'\n"
    "    columns:\n"
    "      - name: id\n"
    "        type: bigint\n"
    "        identity: always\n"
    "        primary_key: true\n"
    "      - name: name\n"
    "        type: text\n"
    "        nullable: false\n"
    "        unique: true\n"
    "  - name: select\n"
    "    columns:\n"
    "      - name: a\n"
    "        type: integer\n"
    "      - name: b\n"
    "        type: integer\n"
    "    unique:\n"
    "      - { columns: [a, b], nulls_not_distinct: true }\n"
    "      - { columns: [a], deferrable: true }\n"
    "  - name: users\n"
    "    columns:\n"
    "      - name: id\n"
    "        type: serial\n"
    "        primary_key: true\n"
    "      - name: email\n"
    "        type: text\n"
    "        nullable: false\n"
    "        unique: true\n"
    "        comment: \"line1\\nline2: yes\"\n"
    "      - name: status\n"
    "        type: post_status\n"
    "        default: \"'draft'::post_status\"\n"
    "      - name: org_id\n"
    "        type: bigint\n"
    "        references: { table: orgs, column: id, name: users_org_fk, on_delete: cascade }\n"
    "      - name: Order\n"
    "        type: integer\n"
    "      - name: tags\n"
    "        type: text[]\n"
    "        default: \"'{}'::text[]\"\n"
    "      - name: full\n"
    "        type: text\n"
    "        generated: \"((email)::text || ' x'::text)\"\n"
    "      - name: created_at\n"
    "        type: timestamp with time zone\n"
    "        nullable: false\n"
    "        default: now()\n"
    "      - name: title\n"
    "        type: character varying(100)\n"
    "        collation: C\n"
    "        statistics: 1000\n"
    "    checks:\n"
    "      - { expression: '((id > 0) AND (\"Order\" > 0))' }\n"
    "      - { expression: \"(status <> 'yes'::post_status)\" }\n"
    "    indexes:\n"
    "      - { columns: ['\"Order\"'] }\n"
    "      - { columns: [created_at DESC] }\n"
    "      - name: users_live_idx\n"
    "        columns: [email]\n"
    "        unique: true\n"
    "        include: [status]\n"
    "        where: \"(status <> 'draft'::post_status)\"\n"
    "      - { columns: [\"lower((email)::text)\"] }\n"
    "      - { columns: [tags], method: gin }\n";

static void test_inspect__one_file_exact_text(void **state)
{
	(void)state;
	sg_inspect_result r;
	sg_error err = {0};
	sg_inspect_options opts = {.origin = "database 'app'"};
	assert_int_equal(sg_inspect_models(&r, &app, &opts, &err), 0);
	assert_int_equal(r.nfiles, 1);
	assert_string_equal(r.files[0].name, "schema.yaml");
	if (strcmp(r.files[0].text, app_yaml) != 0)
		fprintf(stderr, "written:\n%s", r.files[0].text);
	assert_string_equal(r.files[0].text, app_yaml);
	assert_int_equal(r.files[0].len, strlen(app_yaml));
	assert_int_equal(r.nnotes, 0);
	assert_int_equal(r.passes, 1);
	assert_int_equal(r.nnamed, 2);	  /* users_org_fk, users_live_idx */
	assert_int_equal(r.ndefault, 12); /* 9 constraints and 5 indexes, minus the two named */
	assert_loads_back_verbatim(&r, &app, NULL);
	sg_inspect_result_release(&r);
	sg_inspect_result_release(NULL);
}

static void test_inspect__split_files(void **state)
{
	(void)state;
	sg_inspect_result r;
	sg_error err = {0};
	sg_inspect_options opts = {.split = true};
	assert_int_equal(sg_inspect_models(&r, &app, &opts, &err), 0);
	assert_int_equal(r.nfiles, 4);
	assert_string_equal(r.files[0].name, "_schema.yaml");
	assert_string_equal(r.files[1].name, "orgs.yaml");
	assert_string_equal(r.files[2].name, "select.yaml");
	assert_string_equal(r.files[3].name, "users.yaml");
	assert_non_null(strstr(r.files[0].text, "#   view: active_users\nschema: public\n"));
	assert_null(strstr(r.files[0].text, "tables:"));
	assert_true(strncmp(r.files[1].text, "tables:\n  - name: orgs\n", 23) == 0);
	assert_null(strstr(r.files[1].text, "schema:"));
	assert_loads_back_verbatim(&r, &app, NULL);
	sg_inspect_result_release(&r);
}

/* Tables whose names make awkward file names. */
static void test_inspect__split_file_names(void **state)
{
	(void)state;
	static sg_table t[] = {
	    {.name = ".hidden"}, {.name = "Users"}, {.name = "_schema"},
	    {.name = "a/b"},	 {.name = "users"}, {.name = "\xc3\xa9t\xc3\xa9"},
	};
	sg_schema s = {.name = "app", .tables = t, .ntables = 6};
	sg_inspect_result r;
	sg_error err = {0};
	sg_inspect_options opts = {.split = true};
	assert_int_equal(sg_inspect_models(&r, &s, &opts, &err), 0);
	const char *want[] = {"Users.yaml", "_hidden.yaml", "_schema.yaml",	     "_schema_2.yaml",
			      "a_b.yaml",   "users_2.yaml", "\xc3\xa9t\xc3\xa9.yaml"};
	assert_int_equal(r.nfiles, 7);
	for (size_t i = 0; i < 7; i++)
		assert_string_equal(r.files[i].name, want[i]);
	assert_non_null(strstr(r.files[0].text, "columns: []"));
	assert_loads_back_verbatim(&r, &s, NULL);
	sg_inspect_result_release(&r);
}

/*
 * Names the default rules would give differently (a collision PostgreSQL
 * numbered, an order of creation the models cannot reproduce) are written;
 * the others are left out, and the models load back with every name.
 */
static void test_inspect__names_kept_only_when_needed(void **state)
{
	(void)state;
	static const char *e_a[] = {"a"}, *e_adesc[] = {"a DESC"}, *e_c[] = {"c"}, *e_bc[] = {"b_c"};
	static sg_column cols_t[] = {{.name = "a", .type = "integer", .nullable = true}};
	static sg_index idx_t[] = {
	    {.name = "t_a_idx", .elements = e_adesc, .nelements = 1, .method = "btree"},
	    {.name = "t_a_idx1", .elements = e_a, .nelements = 1, .method = "btree"},
	};
	/* "a"."b_c" and "a_b"."c" both want a_b_c_key: a_b was created first and has it. */
	static sg_column cols_a[] = {{.name = "b_c", .type = "integer", .nullable = true}};
	static sg_constraint cons_a[] = {{.kind = SG_CON_UNIQUE,
					  .name = "a_b_c_key1",
					  .columns = e_bc,
					  .ncolumns = 1,
					  .definition = "UNIQUE (b_c)"}};
	static sg_index idx_a[] = {{.name = "a_b_c_key1",
				    .elements = e_bc,
				    .nelements = 1,
				    .unique = true,
				    .method = "btree",
				    .constraint_backed = true}};
	static sg_column cols_ab[] = {{.name = "c", .type = "integer", .nullable = true}};
	static sg_constraint cons_ab[] = {
	    {.kind = SG_CON_UNIQUE, .name = "a_b_c_key", .columns = e_c, .ncolumns = 1, .definition = "UNIQUE (c)"}};
	static sg_index idx_ab[] = {{.name = "a_b_c_key",
				     .elements = e_c,
				     .nelements = 1,
				     .unique = true,
				     .method = "btree",
				     .constraint_backed = true}};
	static sg_table t[] = {
	    {.name = "a",
	     .columns = cols_a,
	     .ncolumns = 1,
	     .constraints = cons_a,
	     .nconstraints = 1,
	     .indexes = idx_a,
	     .nindexes = 1},
	    {.name = "a_b",
	     .columns = cols_ab,
	     .ncolumns = 1,
	     .constraints = cons_ab,
	     .nconstraints = 1,
	     .indexes = idx_ab,
	     .nindexes = 1},
	    {.name = "t", .columns = cols_t, .ncolumns = 1, .indexes = idx_t, .nindexes = 2},
	};
	sg_schema s = {.name = "public", .tables = t, .ntables = 3};
	sg_inspect_result r;
	sg_error err = {0};
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), 0);
	assert_int_equal(r.nnamed, 2);
	assert_int_equal(r.ndefault, 2);
	assert_non_null(strstr(r.files[0].text, "    unique:\n      - { name: a_b_c_key1, columns: [b_c] }\n"));
	assert_non_null(strstr(r.files[0].text, "  - name: a_b\n    columns:\n      - name: c\n        type: integer\n"
						"        unique: true\n"));
	assert_non_null(
	    strstr(r.files[0].text, "      - { columns: [a DESC] }\n      - { name: t_a_idx1, columns: [a] }\n"));
	assert_loads_back_verbatim(&r, &s, NULL);
	sg_inspect_result_release(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_inspect__yaml_scalars_read_back),
	    cmocka_unit_test(test_inspect__yaml_scalar_forms),
	    cmocka_unit_test(test_inspect__one_file_exact_text),
	    cmocka_unit_test(test_inspect__split_files),
	    cmocka_unit_test(test_inspect__split_file_names),
	    cmocka_unit_test(test_inspect__names_kept_only_when_needed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
