/*
 * Unit tests of `schemagen inspect`'s notes (inspect.c) on in-memory schemas
 * shaped as the catalog reader returns them: what the models cannot express
 * is noted (and written as comments), NOT VALID and NO INHERIT are written
 * with no note, any other clause is found by comparing definitions, and
 * models that would not load back are an error.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inspect.h"
#include "inspect_util.h"
#include "model.h"

/*
 * What the models cannot say is noted (and written as comments); a repeated
 * key and a foreign key to a table outside the models are left out.
 */
static void test_inspect__notes(void **state)
{
	(void)state;
	static const char *e_id[] = {"id"}, *e_x[] = {"x"};
	static sg_column cols[] = {
	    {.name = "id", .type = "integer"},
	    {.name = "x", .type = "integer", .nullable = true},
	};
	static sg_constraint cons[] = {
	    {.kind = SG_CON_UNIQUE, .name = "n_id_key", .columns = e_id, .ncolumns = 1, .definition = "UNIQUE (id)"},
	    {.kind = SG_CON_PRIMARY_KEY,
	     .name = "n_pkey",
	     .columns = e_id,
	     .ncolumns = 1,
	     .deferrable = true,
	     .definition = "PRIMARY KEY (id) DEFERRABLE"},
	    {.kind = SG_CON_CHECK,
	     .name = "n_x_check",
	     .expression = "(x > 0)",
	     .not_valid = true,
	     .definition = "CHECK ((x > 0)) NOT VALID"},
	    {.kind = SG_CON_FOREIGN_KEY,
	     .name = "n_x_fkey",
	     .columns = e_x,
	     .ncolumns = 1,
	     .ref_table = "n",
	     .ref_columns = e_id,
	     .nref_columns = 1,
	     .match_full = true,
	     .definition = "FOREIGN KEY (x) REFERENCES n(id) MATCH FULL"},
	    {.kind = SG_CON_FOREIGN_KEY,
	     .name = "n_x_part_fk",
	     .columns = e_x,
	     .ncolumns = 1,
	     .ref_table = "parted",
	     .ref_columns = e_id,
	     .nref_columns = 1,
	     .definition = "FOREIGN KEY (x) REFERENCES parted(id)"},
	};
	static sg_index idx[] = {
	    {.name = "n_x_idx",
	     .elements = e_x,
	     .nelements = 1,
	     .method = "btree",
	     .definition = "CREATE INDEX n_x_idx ON n USING btree (x) WITH (fillfactor='50')"},
	};
	static sg_table t[] = {
	    {.name = "n",
	     .columns = cols,
	     .ncolumns = 2,
	     .constraints = cons,
	     .nconstraints = 5,
	     .indexes = idx,
	     .nindexes = 1},
	};
	sg_schema s = {.name = "public", .tables = t, .ntables = 1};
	sg_inspect_result r;
	sg_error err = {0};
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), 0);
	const char *want[] = {
	    "table 'n': unique constraint 'n_id_key' repeats 'n_pkey' and is left out (the models cannot hold two keys "
	    "on the same columns)",
	    "table 'n': constraint 'n_pkey' is a deferrable primary key: PRIMARY KEY (id) DEFERRABLE",
	    "table 'n': foreign key 'n_x_part_fk' references 'parted', which is not a table of the models, and is left "
	    "out (schemagen diff will propose to drop it)",
	    "table 'n': index 'n_x_idx' has storage parameters: CREATE INDEX n_x_idx ON n USING btree (x) WITH "
	    "(fillfactor='50')",
	};
	assert_int_equal(r.nnotes, 4);
	for (size_t i = 0; i < 4; i++) {
		assert_string_equal(r.notes[i], want[i]);
		char line[300];
		snprintf(line, sizeof(line), "#   %s\n", want[i]);
		assert_non_null(strstr(r.files[0].text, line));
	}
	assert_non_null(
	    strstr(r.files[0].text,
		   "# Not expressible in the models (written as close as they allow; see docs/inspect.md):\n"));
	assert_null(strstr(r.files[0].text, "unique: true"));
	/* MATCH FULL is the models' `match: full` (issue 13), no longer a note. */
	assert_non_null(strstr(r.files[0].text, "match: full"));
	sg_schema *loaded = load_result(&r);
	assert_int_equal(loaded->tables[0].nconstraints, 3);
	assert_null(sg_table_find_constraint(&loaded->tables[0], "n_id_key"));
	assert_null(sg_table_find_constraint(&loaded->tables[0], "n_x_part_fk"));
	sg_schema_free(loaded);
	sg_inspect_result_release(&r);
}

/*
 * NOT VALID checks and foreign keys (column shorthand and table list) and NO
 * INHERIT checks are written as the models say them, with no note, and load
 * back verbatim.
 */
static void test_inspect__not_valid_and_no_inherit(void **state)
{
	(void)state;
	static const char *e_id[] = {"id"}, *e_x[] = {"x"}, *e_xz[] = {"x", "z"}, *e_idz[] = {"id", "z"};
	static sg_column cols[] = {
	    {.name = "id", .type = "integer"},
	    {.name = "x", .type = "integer", .nullable = true},
	    {.name = "z", .type = "integer", .nullable = true},
	};
	static sg_constraint cons[] = {
	    {.kind = SG_CON_CHECK,
	     .name = "v_both",
	     .expression = "(z > 0)",
	     .not_valid = true,
	     .no_inherit = true,
	     .definition = "CHECK ((z > 0)) NO INHERIT NOT VALID"},
	    {.kind = SG_CON_PRIMARY_KEY,
	     .name = "v_pkey",
	     .columns = e_id,
	     .ncolumns = 1,
	     .definition = "PRIMARY KEY (id)"},
	    {.kind = SG_CON_UNIQUE,
	     .name = "v_id_z_key",
	     .columns = e_idz,
	     .ncolumns = 2,
	     .definition = "UNIQUE (id, z)"},
	    {.kind = SG_CON_CHECK,
	     .name = "v_x_check",
	     .expression = "(x > 0)",
	     .not_valid = true,
	     .definition = "CHECK ((x > 0)) NOT VALID"},
	    {.kind = SG_CON_FOREIGN_KEY,
	     .name = "v_x_fkey",
	     .columns = e_x,
	     .ncolumns = 1,
	     .ref_table = "v",
	     .ref_columns = e_id,
	     .nref_columns = 1,
	     .not_valid = true,
	     .definition = "FOREIGN KEY (x) REFERENCES v(id) NOT VALID"},
	    {.kind = SG_CON_FOREIGN_KEY,
	     .name = "v_x_z_fkey",
	     .columns = e_xz,
	     .ncolumns = 2,
	     .ref_table = "v",
	     .ref_columns = e_idz,
	     .nref_columns = 2,
	     .not_valid = true,
	     .deferrable = true,
	     .definition = "FOREIGN KEY (x, z) REFERENCES v(id, z) DEFERRABLE NOT VALID"},
	    {.kind = SG_CON_CHECK,
	     .name = "v_z_check",
	     .expression = "(z < 9)",
	     .no_inherit = true,
	     .definition = "CHECK ((z < 9)) NO INHERIT"},
	};
	static sg_table t[] = {{.name = "v", .columns = cols, .ncolumns = 3, .constraints = cons, .nconstraints = 7}};
	sg_schema s = {.name = "public", .tables = t, .ntables = 1};
	sg_inspect_result r;
	sg_error err = {0};
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), 0);
	if (r.nnotes)
		fail_msg("unexpected note: %s", r.notes[0]);
	const char *want[] = {
	    "        references: { table: v, column: id, not_valid: true }\n",
	    "      - { name: v_both, expression: (z > 0), no_inherit: true, not_valid: true }\n",
	    "      - { expression: (x > 0), not_valid: true }\n",
	    "      - { expression: (z < 9), no_inherit: true }\n",
	    "      - { columns: [x, z], references: { table: v, columns: [id, z] }, deferrable: true, not_valid: true "
	    "}\n",
	};
	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++)
		if (!strstr(r.files[0].text, want[i]))
			fail_msg("missing %s in:\n%s", want[i], r.files[0].text);
	assert_loads_back_verbatim(&r, &s, NULL);
	sg_inspect_result_release(&r);
}

/* Clauses no specific note knows (INCLUDE on a key) are found by writing the definition the models would give. */
static void test_inspect__note_for_any_other_clause(void **state)
{
	(void)state;
	static const char *e_a[] = {"a"};
	static sg_column cols[] = {{.name = "a", .type = "integer", .nullable = true},
				   {.name = "b", .type = "integer", .nullable = true}};
	static sg_constraint cons[] = {{.kind = SG_CON_UNIQUE,
					.name = "k_a_key",
					.columns = e_a,
					.ncolumns = 1,
					.definition = "UNIQUE (a) INCLUDE (b)"}};
	static sg_table t[] = {{.name = "k", .columns = cols, .ncolumns = 2, .constraints = cons, .nconstraints = 1}};
	sg_schema s = {.name = "public", .tables = t, .ntables = 1};
	sg_inspect_result r;
	sg_error err = {0};
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), 0);
	assert_int_equal(r.nnotes, 1);
	assert_string_equal(r.notes[0],
			    "table 'k': constraint 'k_a_key' has clauses the models cannot express: UNIQUE (a) "
			    "INCLUDE (b) (the models give: UNIQUE (a))");
	sg_inspect_result_release(&r);
	cons[0].definition = "UNIQUE (a)";
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), 0);
	assert_int_equal(r.nnotes, 0);
	sg_inspect_result_release(&r);
}

/* A table the models cannot hold is an error that says so, not a file that fails later. */
static void test_inspect__models_that_do_not_load(void **state)
{
	(void)state;
	static sg_column cols[] = {{.name = "a", .type = "integer", .nullable = true},
				   {.name = "a", .type = "integer", .nullable = true}};
	static sg_table t[] = {{.name = "dup", .columns = cols, .ncolumns = 2}};
	sg_schema s = {.name = "public", .tables = t, .ntables = 1};
	sg_inspect_result r;
	sg_error err = {0};
	assert_int_equal(sg_inspect_models(&r, &s, NULL, &err), -1);
	assert_int_equal(err.kind, SG_ERR_INPUT);
	assert_non_null(strstr(err.message, "do not load back"));
	assert_non_null(strstr(err.message, "duplicate column 'a'"));
	assert_int_equal(r.nfiles, 0);
	sg_error_clear(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_inspect__notes),
	    cmocka_unit_test(test_inspect__not_valid_and_no_inherit),
	    cmocka_unit_test(test_inspect__note_for_any_other_clause),
	    cmocka_unit_test(test_inspect__models_that_do_not_load),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
