/* Unit tests for type-change and default analysis, and for the verbatim fast path. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "hazard.h"
#include "verbatim.h"

static void test_hazard__type_changes(void **state)
{
	(void)state;
	static const struct {
		const char *from, *to;
		sg_type_change want;
	} cases[] = {
	    {"character varying(10)", "character varying(20)", SG_TYPE_CHANGE_FREE},
	    {"character varying(20)", "character varying(10)", SG_TYPE_CHANGE_LOSSY},
	    {"character varying(20)", "text", SG_TYPE_CHANGE_FREE},
	    {"character varying(20)", "character varying", SG_TYPE_CHANGE_FREE},
	    {"text", "character varying(20)", SG_TYPE_CHANGE_LOSSY},
	    {"text", "character varying", SG_TYPE_CHANGE_FREE},
	    {"numeric(10,2)", "numeric(12,2)", SG_TYPE_CHANGE_FREE},
	    {"numeric(10,2)", "numeric(10,3)", SG_TYPE_CHANGE_LOSSY},
	    {"numeric(10,2)", "numeric(12,3)", SG_TYPE_CHANGE_WIDEN},
	    {"numeric(10,2)", "numeric", SG_TYPE_CHANGE_FREE},
	    {"integer", "bigint", SG_TYPE_CHANGE_WIDEN},
	    {"bigint", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"smallint", "numeric", SG_TYPE_CHANGE_WIDEN},
	    {"real", "double precision", SG_TYPE_CHANGE_WIDEN},
	    {"double precision", "real", SG_TYPE_CHANGE_LOSSY},
	    {"integer", "text", SG_TYPE_CHANGE_WIDEN},
	    {"text", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"integer[]", "integer", SG_TYPE_CHANGE_LOSSY},
	    {"timestamp(3) without time zone", "timestamp(6) without time zone", SG_TYPE_CHANGE_FREE},
	    {"timestamp without time zone", "timestamp with time zone", SG_TYPE_CHANGE_WIDEN},
	    {"uuid", "uuid", SG_TYPE_CHANGE_FREE},
	    {"uuid", "text", SG_TYPE_CHANGE_WIDEN},
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		sg_type_change got = sg_hazard_type_change(cases[i].from, cases[i].to);
		if (got != cases[i].want)
			fail_msg("%s -> %s: got %d, want %d", cases[i].from, cases[i].to, got, cases[i].want);
	}
}

static void test_hazard__volatile_defaults(void **state)
{
	(void)state;
	assert_true(sg_hazard_default_is_volatile("gen_random_uuid()"));
	assert_true(sg_hazard_default_is_volatile("nextval('users_id_seq'::regclass)"));
	assert_true(sg_hazard_default_is_volatile("(random() * (10)::double precision)"));
	assert_false(sg_hazard_default_is_volatile("now()"));
	assert_false(sg_hazard_default_is_volatile("CURRENT_TIMESTAMP"));
	assert_false(sg_hazard_default_is_volatile("my_random()"));
	assert_false(sg_hazard_default_is_volatile("0"));
}

static void test_verbatim__table_text_equality(void **state)
{
	(void)state;
	sg_column mcols[2] = {{.name = "id", .type = "bigint"}, {.name = "email", .type = "text", .nullable = true}};
	sg_column lcols[2] = {{.name = "id", .type = "bigint"}, {.name = "email", .type = "text", .nullable = true}};
	const char *pk_cols[] = {"id"};
	sg_constraint mcon = {.kind = SG_CON_PRIMARY_KEY, .name = "users_pkey", .columns = pk_cols, .ncolumns = 1};
	sg_constraint lcon = mcon;
	lcon.definition = "PRIMARY KEY (id)";
	const char *elems[] = {"email"};
	sg_index midx = {.name = "users_email_idx", .elements = elems, .nelements = 1};
	sg_index lidx[2] = {
	    {.name = "users_email_idx", .elements = elems, .nelements = 1, .method = "btree"},
	    {.name = "users_pkey", .elements = pk_cols, .nelements = 1, .unique = true, .constraint_backed = true}};
	sg_table model = {.name = "users",
			  .columns = mcols,
			  .ncolumns = 2,
			  .constraints = &mcon,
			  .nconstraints = 1,
			  .indexes = &midx,
			  .nindexes = 1};
	sg_table live = {.name = "users",
			 .columns = lcols,
			 .ncolumns = 2,
			 .constraints = &lcon,
			 .nconstraints = 1,
			 .indexes = lidx,
			 .nindexes = 2};
	assert_true(sg_verbatim_table(&model, &live));

	mcols[0].type = "int8"; /* another spelling: must go to the server */
	assert_false(sg_verbatim_table(&model, &live));
	mcols[0].type = "bigint";
	mcols[1].default_expr = "''";
	lcols[1].default_expr = "''::text";
	assert_false(sg_verbatim_table(&model, &live));
	mcols[1].default_expr = "''::text";
	assert_true(sg_verbatim_table(&model, &live));
	mcols[0].from_serial = true;
	assert_false(sg_verbatim_table(&model, &live));
	mcols[0].from_serial = false;
	model.renamed_from = "accounts";
	assert_false(sg_verbatim_table(&model, &live));
	model.renamed_from = NULL;
	lcon.definition = "PRIMARY KEY (id) DEFERRABLE";
	assert_false(sg_verbatim_table(&model, &live));
	lcon.definition = "PRIMARY KEY (id)";
	model.nindexes = 0;
	assert_false(sg_verbatim_table(&model, &live)); /* the live table has an index the model lacks */
}

static void test_verbatim__serial_columns(void **state)
{
	(void)state;
	sg_column m = {.name = "id", .type = "bigserial", .from_serial = true};
	sg_column l = {.name = "id", .type = "bigint", .default_expr = "nextval('users_id_seq'::regclass)"};
	sg_table model = {.name = "users", .columns = &m, .ncolumns = 1};
	sg_table live = {.name = "users", .columns = &l, .ncolumns = 1};
	assert_true(sg_verbatim_table(&model, &live));
	m.type = "SERIAL8";
	assert_true(sg_verbatim_table(&model, &live));
	m.type = "serial"; /* integer, not bigint */
	assert_false(sg_verbatim_table(&model, &live));
	m.type = "bigserial";
	l.default_expr = "nextval('users_id_seq1'::regclass)"; /* a numbered sequence: the server decides */
	assert_false(sg_verbatim_table(&model, &live));
	l.default_expr = "nextval('other_seq'::regclass)";
	assert_false(sg_verbatim_table(&model, &live));
	l.default_expr = NULL;
	assert_false(sg_verbatim_table(&model, &live));
	/* Quoted names, and the 63-byte truncation PostgreSQL applies to the sequence's name. */
	sg_column qm = {.name = "Id", .type = "serial", .from_serial = true};
	sg_column ql = {.name = "Id", .type = "integer", .default_expr = "nextval('\"Users_Id_seq\"'::regclass)"};
	sg_table qmodel = {.name = "Users", .columns = &qm, .ncolumns = 1};
	sg_table qlive = {.name = "Users", .columns = &ql, .ncolumns = 1};
	assert_true(sg_verbatim_table(&qmodel, &qlive));
	sg_column lm = {.name = "a_column_name_that_is_rather_long_indeed", .type = "serial", .from_serial = true};
	sg_column ll = {.name = lm.name,
			.type = "integer",
			.default_expr =
			    "nextval('a_table_name_that_is_long_a_column_name_that_is_rather_long_seq'::regclass)"};
	sg_table lmodel = {.name = "a_table_name_that_is_long", .columns = &lm, .ncolumns = 1};
	sg_table llive = {.name = "a_table_name_that_is_long", .columns = &ll, .ncolumns = 1};
	assert_true(sg_verbatim_table(&lmodel, &llive));
}

static void test_verbatim__enum_values(void **state)
{
	(void)state;
	const char *v1[] = {"a", "b"}, *v2[] = {"b", "a"};
	sg_enum m = {.name = "e", .values = v1, .nvalues = 2}, l = m;
	assert_true(sg_verbatim_enum(&m, &l));
	l.values = v2;
	assert_false(sg_verbatim_enum(&m, &l));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_hazard__type_changes),	  cmocka_unit_test(test_hazard__volatile_defaults),
	    cmocka_unit_test(test_verbatim__table_text_equality), cmocka_unit_test(test_verbatim__serial_columns),
	    cmocka_unit_test(test_verbatim__enum_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
