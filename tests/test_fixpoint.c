/*
 * Text that rebuilds the same catalog (fixpoint.h; issue 13, item 5).
 *
 * The rewrite of the two non-fixpoint forms, as text (no server); then, on a
 * real server, tests/fixpoint/corpus.sql: every expression of it executed
 * from the catalog's own text reads back differently for the `nfp_*` tables
 * only, sg_fixpoint_schema finds a text for every one, and those texts
 * rebuild the catalog exactly; and a down that creates every table again
 * (the diff to empty models) gives back the same catalog.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "compare.h"
#include "ddl.h"
#include "diff_util.h"
#include "fixpoint.h"
#include "harness.h"
#include "strbuf.h"

/* ---------------------------------------------------------------- the rewrite, as text */

static void expect_candidate(const char *text, bool elem, const char *want)
{
	char *got = sg_fixpoint_candidate(text, elem);
	if (!want) {
		if (got)
			fail_msg("no rewrite expected for %s, got %s", text, got);
		return;
	}
	if (!got || strcmp(got, want) != 0)
		fail_msg("rewrite of %s:\n  want %s\n  got  %s", text, want, got ? got : "(none)");
	free(got);
}

static void test_fixpoint__candidate_array_cast(void **state)
{
	(void)state;
	expect_candidate("((kind)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
			 false, "((kind)::text = ANY (ARRAY['a'::character varying, 'b'::character varying]))");
	expect_candidate("(n = ANY ((ARRAY[1, 2])::numeric[]))", false, "(n = ANY (ARRAY[1, 2]))");
	expect_candidate("(f = ANY ((ARRAY[1, 2])::double precision[]))", false, "(f = ANY (ARRAY[1, 2]))");
	expect_candidate("array_to_tsvector((ARRAY[vc, (t)::character varying])::text[])", false,
			 "array_to_tsvector(ARRAY[vc, (t)::character varying])");
	/* pg_get_indexdef's pretty form has no parentheses around the constructor. */
	expect_candidate("(vc::text = ANY (ARRAY['a'::character varying, 'b'::character varying]::text[])) DESC", true,
			 "(vc::text = ANY (ARRAY['a'::character varying, 'b'::character varying])) DESC");
	/* Brackets and quotes inside the elements, a quoted type. */
	expect_candidate("(x = ANY ((ARRAY['[a]'::character varying, 'b)'::character varying])::\"My Type\"[]))", false,
			 "(x = ANY (ARRAY['[a]'::character varying, 'b)'::character varying]))");
	/* Nested: both casts go. */
	expect_candidate("f((ARRAY[g((ARRAY[a])::text[])])::text[])", false, "f(ARRAY[g(ARRAY[a])])");
	/* Fixpoints already: no rewrite. */
	expect_candidate("((vc)::text = ANY (ARRAY['a'::text, 'b'::text]))", false, NULL);
	expect_candidate("(t = ANY (('{a,b}'::character varying[])::text[]))", false, NULL);
	expect_candidate("ARRAY['a'::text]", false, NULL);
	expect_candidate("not ( valid", false, NULL);
}

static void test_fixpoint__candidate_negated_number(void **state)
{
	(void)state;
	expect_candidate("((- 1) < i)", false, "((OPERATOR(pg_catalog.-) 1) < i)");
	expect_candidate("(- 1.5)", false, "(OPERATOR(pg_catalog.-) 1.5)");
	expect_candidate("((- 1) + i)", true, "((OPERATOR(pg_catalog.-) 1) + i)");
	/* A negative constant the server wrote is quoted; a minus on a cast is not folded. */
	expect_candidate("(i > '-1'::integer)", false, NULL);
	expect_candidate("(- (1)::numeric)", false, NULL);
	expect_candidate("(i - 1)", false, NULL);
}

static void test_fixpoint__candidate_extract_field(void **state)
{
	(void)state;
	expect_candidate("EXTRACT(YEAR FROM now())", false, "EXTRACT('YEAR' FROM now())");
	expect_candidate("((EXTRACT(Month FROM d) > (0)::numeric) AND (EXTRACT(year FROM d) > 1))", false,
			 "((EXTRACT('Month' FROM d) > (0)::numeric) AND (EXTRACT(year FROM d) > 1))");
	expect_candidate("EXTRACT(DOW FROM d) DESC", true, "EXTRACT('DOW' FROM d) DESC");
	/* Fixpoints already: a lower-case field, a quoted one, a function named extract called as one. */
	expect_candidate("EXTRACT(epoch FROM d)", false, NULL);
	expect_candidate("EXTRACT('YEAR' FROM d)", false, NULL);
	expect_candidate("extract('YEAR'::text, d)", false, NULL);
	expect_candidate("my.extract(YEAR)", false, NULL);
}

/* ---------------------------------------------------------------- on the server */

static char *read_corpus(void)
{
	FILE *f = fopen(SG_SOURCE_ROOT "/tests/fixpoint/corpus.sql", "rb");
	assert_non_null(f);
	sg_strbuf sb = SG_STRBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sg_strbuf_add(&sb, buf, n);
	fclose(f);
	assert_false(sg_strbuf_failed(&sb));
	return sg_strbuf_detach(&sb, NULL);
}

static sg_schema *load(PGconn *conn, const char *schema, const char *path)
{
	sg_error err = {0};
	sg_schema *s = NULL;
	sg_catalog_options o = {.schema = schema, .search_path = path};
	if (sg_catalog_load(&s, conn, &o, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	return s;
}

/* Create every table of `s` (keys, checks, indexes; no foreign keys) in the current first schema of search_path. */
static void rebuild(PGconn *conn, const sg_schema *s)
{
	sg_strbuf sql = SG_STRBUF_INIT;
	for (size_t i = 0; i < s->ntables; i++) {
		const sg_table *t = &s->tables[i];
		sg_ddl_create_table(&sql, NULL, t);
		sg_strbuf_addch(&sql, '\n');
		for (size_t k = 0; k < t->nindexes; k++)
			if (!t->indexes[k].constraint_backed) {
				sg_ddl_create_index(&sql, NULL, t->name, &t->indexes[k], false);
				sg_strbuf_addch(&sql, '\n');
			}
	}
	assert_false(sg_strbuf_failed(&sql));
	sg_test_exec(conn, sql.data);
	sg_strbuf_release(&sql);
}

/* Every expression of `want` that `got` has differently, one line each in `out`; their number. */
static size_t differences(const sg_schema *want, const sg_schema *got, sg_strbuf *out)
{
	size_t n = 0;
	for (size_t ti = 0; ti < want->ntables; ti++) {
		const sg_table *w = &want->tables[ti];
		const sg_table *g = sg_schema_find_table(got, w->name);
		assert_non_null(g);
		for (size_t i = 0; i < w->ncolumns; i++) {
			const sg_column *gc = sg_table_find_column(g, w->columns[i].name);
			assert_non_null(gc);
			if (!sg_str_eq(w->columns[i].default_expr, gc->default_expr) ||
			    !sg_str_eq(w->columns[i].generated, gc->generated)) {
				sg_strbuf_addf(out, "  column %s.%s\n", w->name, w->columns[i].name);
				n++;
			}
		}
		for (size_t i = 0; i < w->nconstraints; i++) {
			const sg_constraint *gk = sg_table_find_constraint(g, w->constraints[i].name);
			assert_non_null(gk);
			if (!sg_str_eq(w->constraints[i].definition, gk->definition)) {
				sg_strbuf_addf(out, "  constraint %s: %s\n", w->constraints[i].name, gk->definition);
				n++;
			}
		}
		for (size_t i = 0; i < w->nindexes; i++) {
			const sg_index *gx = sg_table_find_index(g, w->indexes[i].name);
			assert_non_null(gx);
			if (!sg_names_eq(w->indexes[i].elements, w->indexes[i].nelements, gx->elements,
					 gx->nelements) ||
			    !sg_str_eq(w->indexes[i].where, gx->where)) {
				sg_strbuf_addf(out, "  index %s\n", w->indexes[i].name);
				n++;
			}
		}
	}
	return n;
}

static size_t rebuild_differences(PGconn *conn, const sg_schema *s, const char *schema, sg_strbuf *out)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "CREATE SCHEMA %s; SET search_path = %s, public", schema, schema);
	sg_test_exec(conn, sql);
	rebuild(conn, s);
	sg_test_exec(conn, "SET search_path = public");
	char path[128];
	snprintf(path, sizeof(path), "%s, public", schema);
	sg_schema *back = load(conn, schema, path);
	size_t n = differences(s, back, out);
	sg_schema_free(back);
	return n;
}

static void test_fixpoint__corpus_rebuilds(void **state)
{
	sg_test_db *db = *state;
	char *corpus = read_corpus();
	sg_test_exec(db->conn, corpus);
	free(corpus);
	sg_schema *live = load(db->conn, "public", NULL);

	/* From the catalog's own text: the nfp_ tables read back differently, the controls do not. */
	sg_strbuf out = SG_STRBUF_INIT;
	size_t before = rebuild_differences(db->conn, live, "from_catalog", &out);
	if (strstr(out.data, "fp_controls"))
		fail_msg("a control is not a fixpoint:\n%s", out.data);
	assert_true(before >= 10);

	sg_error err = {0};
	sg_fixpoint_report rep;
	if (sg_fixpoint_schema(live, NULL, db->conn, &rep, &err) != 0)
		fail_msg("fixpoint: %s", sg_error_message(&err));
	for (size_t i = 0; i < rep.nunresolved; i++)
		print_error("unresolved: %s\n", rep.unresolved[i]);
	assert_int_equal(rep.nunresolved, 0);
	assert_true(rep.rewritten >= before);
	/* Two rounds for the tables, one for the domains (dvc, posint: fixpoints from the first round). */
	assert_int_equal(rep.batches, 3);
	sg_fixpoint_report_release(&rep);

	sg_strbuf_reset(&out);
	size_t after = rebuild_differences(db->conn, live, "from_fixpoint", &out);
	if (after)
		fail_msg("rebuilt from the proven texts, still different:\n%s", out.data);
	sg_strbuf_release(&out);
	sg_schema_free(live);
}

/* A down that creates every table again (the up drops them all) gives back the same catalog. */
static void test_fixpoint__down_rebuilds(void **state)
{
	sg_test_db *db = *state;
	char *corpus = read_corpus();
	sg_test_exec(db->conn, corpus);
	free(corpus);
	char *before = difftest_catalog_text(db->conn, "public");
	sg_schema *empty = difftest_model_yaml("empty.yaml", "tables: []\n");
	difftest_plan p;
	sg_diff_options dopts = {0};
	difftest_plan_make_opts(&p, db->conn, empty, false, &dopts);
	assert_non_null(strstr(p.down.data, "OPERATOR(pg_catalog.-)"));
	difftest_apply(db->conn, &p.steps, false, "up");
	difftest_apply(db->conn, &p.steps, true, "down");
	char *after = difftest_catalog_text(db->conn, "public");
	difftest_expect_same_text(before, after, "catalog after the down");
	difftest_plan_release(&p);
	sg_schema_free(empty);
	free(before);
	free(after);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(test_fixpoint__candidate_array_cast),
	    cmocka_unit_test(test_fixpoint__candidate_negated_number),
	    cmocka_unit_test(test_fixpoint__candidate_extract_field),
	    cmocka_unit_test_setup_teardown(test_fixpoint__corpus_rebuilds, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__down_rebuilds, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
