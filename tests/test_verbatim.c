/* Unit tests of the verbatim fast path (generator/catalog/verbatim.c): text the server keeps as written. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>
#include <string.h>

#include "verbatim.h"

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

/* A trigger the models loader builds exactly as pg_get_triggerdef() prints the live one: no server needed. */
static void test_verbatim__triggers(void **state)
{
	(void)state;
	sg_column col = {.name = "id", .type = "bigint"};
	const char *def = "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()";
	sg_trigger mt = {.name = "users_touch", .definition = def, .enabled = 'O'}, lt = mt;
	sg_table model = {.name = "users", .columns = &col, .ncolumns = 1, .triggers = &mt, .ntriggers = 1};
	sg_table live = model;
	live.triggers = &lt;
	assert_true(sg_verbatim_table(&model, &live));
	lt.enabled = 'D';
	assert_false(sg_verbatim_table(&model, &live));
	lt.enabled = 'O';
	lt.definition = "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch('x')";
	assert_false(sg_verbatim_table(&model, &live));
	lt.definition = def;
	live.ntriggers = 0; /* the model adds it */
	assert_false(sg_verbatim_table(&model, &live));
	live.ntriggers = 1;
	model.ntriggers = 0; /* the model drops it */
	assert_false(sg_verbatim_table(&model, &live));
	model.ntriggers = 1;
	lt.name = "users_touch2";
	assert_false(sg_verbatim_table(&model, &live));
}

/* A view whose query parses to the tree of the catalog's text: blanks, comments and case aside, the same. */
static void test_verbatim__views(void **state)
{
	(void)state;
	const char *cols[] = {"id", "name"}, *other[] = {"id", "label"};
	sg_view l = {.name = "v",
		     .query = "SELECT t.id,\n    t.name\n   FROM t\n  WHERE t.flag",
		     .columns = cols,
		     .ncolumns = 2};
	sg_view m = {.name = "v", .query = "select T.id, t.NAME -- the names\nfrom t where t.flag\n"};
	assert_true(sg_verbatim_view(&m, &l));
	m.columns = cols;
	m.ncolumns = 2;
	assert_true(sg_verbatim_view(&m, &l));
	m.columns = other; /* CREATE VIEW v (id, label) names the second column otherwise */
	assert_false(sg_verbatim_view(&m, &l));
	m.columns = NULL;
	m.ncolumns = 0;
	m.query = "SELECT t.id, t.name FROM t WHERE t.flag AND true";
	assert_false(sg_verbatim_view(&m, &l));
	m.query = "SELECT id, name FROM t WHERE flag"; /* the same view, but the server must say so */
	assert_false(sg_verbatim_view(&m, &l));
	m.query = "SELECT t.id, t.\"Name\" FROM t WHERE t.flag";
	assert_false(sg_verbatim_view(&m, &l));
	m.query = "SELECT t.id, t.name FROM t WHERE t.flag; SELECT 1";
	assert_false(sg_verbatim_view(&m, &l));
	m.query = "SELECT t.id, t.name FROM t WHERE t.flag;";
	assert_true(sg_verbatim_view(&m, &l));
	/* A literal is not a position: 'location' inside a string stays part of the tree. */
	l.query = "SELECT t.id, '\"location\":1' AS name FROM t";
	m.query = "SELECT t.id, '\"location\":2' AS name FROM t";
	assert_false(sg_verbatim_view(&m, &l));
	m.query = "SELECT  t.id,  '\"location\":1'  AS name  FROM t";
	assert_true(sg_verbatim_view(&m, &l));
	m.security_barrier = true;
	assert_false(sg_verbatim_view(&m, &l));
	m.security_barrier = false;
	m.comment = "a view";
	assert_false(sg_verbatim_view(&m, &l));
	m.comment = NULL;
	m.materialized = l.materialized = true; /* materialized views (and their indexes) go through the server */
	assert_false(sg_verbatim_view(&m, &l));
	m.materialized = l.materialized = false;
	m.renamed_from = "w";
	assert_false(sg_verbatim_view(&m, &l));
	m.renamed_from = NULL;
	/* Its triggers as a table's: the same statements, or the server decides. */
	const char *def = "CREATE TRIGGER v_ins INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION ins()";
	sg_trigger mt = {.name = "v_ins", .definition = def, .enabled = 'O'}, lt = mt;
	m.triggers = &mt;
	m.ntriggers = 1;
	assert_false(sg_verbatim_view(&m, &l)); /* the live view has none */
	l.triggers = &lt;
	l.ntriggers = 1;
	assert_true(sg_verbatim_view(&m, &l));
	lt.enabled = 'D';
	assert_false(sg_verbatim_view(&m, &l));
	lt.enabled = 'O';
	m.query = "SELECT t.id FROM"; /* does not parse */
	assert_false(sg_verbatim_view(&m, &l));
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
	    cmocka_unit_test(test_verbatim__table_text_equality),
	    cmocka_unit_test(test_verbatim__serial_columns),
	    cmocka_unit_test(test_verbatim__triggers),
	    cmocka_unit_test(test_verbatim__views),
	    cmocka_unit_test(test_verbatim__enum_values),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
