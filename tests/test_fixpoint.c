/*
 * Text that rebuilds the same catalog (fixpoint.h; issue 13, item 5).
 *
 * The rewrite of the two non-fixpoint forms, as text (no server); then, on a
 * real server, tests/fixpoint/corpus.sql: every expression of it executed
 * from the catalog's own text reads back differently for the `nfp_*` tables
 * only, sg_fixpoint_schema finds a text for every one, and those texts
 * rebuild the catalog exactly; and a down that creates every table again
 * (the diff to empty models) gives back the same catalog.  The same for
 * views (tests/fixpoint/views.sql): their texts proven, inspect's models of
 * them no change, their downs and ups the same catalog.
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
#include "inspect.h"
#include "normalize.h"
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

/* An AND (OR) whose first operand is one too, which parsed again would be flattened into one. */
static void test_fixpoint__candidate_nested_bool(void **state)
{
	(void)state;
	/* x BETWEEN 1 AND 2 AND x > 0 */
	expect_candidate("(((c >= 1) AND (c <= 2)) AND (c > 0))", false,
			 "((((c >= 1) AND (c <= 2)))::boolean AND (c > 0))");
	/* x NOT BETWEEN 1 AND 2 OR x IS NULL; a quoted ` OR ` is not an operator. */
	expect_candidate("(((c < 1) OR (c > 2)) OR (c IS NULL))", false,
			 "((((c < 1) OR (c > 2)))::boolean OR (c IS NULL))");
	expect_candidate("(((t = ' OR ') AND (u = 'x')) AND (v = '('))", false,
			 "((((t = ' OR ') AND (u = 'x')))::boolean AND (v = '('))");
	/* Two levels: both kept apart. */
	expect_candidate("((((c = 1) AND (d = 2)) AND (c > 0)) AND (d > 1))", false,
			 "((((((c = 1) AND (d = 2)))::boolean AND (c > 0)))::boolean AND (d > 1))");
	/* Fixpoints already: flat, nested as a later operand, an OR under an AND, a function's argument. */
	expect_candidate("((c >= 1) AND (c <= 2) AND (c > 0))", false, NULL);
	expect_candidate("((c > 0) AND ((c >= 1) AND (c <= 2)))", false, NULL);
	expect_candidate("(((c < 1) OR (c > 2)) AND (c > 0))", false, NULL);
	expect_candidate("f(((c > 1) AND (c < 2)), (d > 0))", false, NULL);
}

/*
 * An explicit cast of an array constructor whose type was set before
 * (`ARRAY[1]::bigint[]::int[]`): the typed candidate casts the constructor to
 * its own type first, as its elements' casts say it; the first candidate drops
 * the cast, right for an implicit one only.
 */
static void expect_typed(const char *text, bool elem, const char *want)
{
	char *got = sg_fixpoint_typed_candidate(text, elem);
	if (!want) {
		if (got)
			fail_msg("no typed rewrite expected for %s, got %s", text, got);
		return;
	}
	if (!got || strcmp(got, want) != 0)
		fail_msg("typed rewrite of %s:\n  want %s\n  got  %s", text, want, got ? got : "(none)");
	free(got);
}

static void test_fixpoint__candidate_typed_array(void **state)
{
	(void)state;
	expect_typed("(c = (ARRAY[(1)::bigint])::integer[])", false,
		     "(c = ((ARRAY[(1)::bigint])::bigint[])::integer[])");
	expect_typed("(c = (ARRAY[NULL::bigint, (d)::bigint])::integer[])", false,
		     "(c = ((ARRAY[NULL::bigint, (d)::bigint])::bigint[])::integer[])");
	/* Multi-dimensional: the inner constructors' elements say the type. */
	expect_typed(
	    "(c = (ARRAY[ARRAY[(1)::bigint, (2)::bigint], ARRAY[(3)::bigint, (4)::bigint]])::integer[])", false,
	    "(c = ((ARRAY[ARRAY[(1)::bigint, (2)::bigint], ARRAY[(3)::bigint, (4)::bigint]])::bigint[])::integer[])");
	/* A chain of casts: the innermost, over the constructor, is the one parsed into the elements. */
	expect_typed("(c = ((ARRAY[(f)::character varying])::text[])::integer[])", false,
		     "(c = (((ARRAY[(f)::character varying])::character varying[])::text[])::integer[])");
	/* A domain over an array; type modifiers with a comma; an array element (a cast to an array type). */
	expect_typed("(c = ((ARRAY[(1)::bigint])::dia)::integer[])", false,
		     "(c = (((ARRAY[(1)::bigint])::bigint[])::dia)::integer[])");
	expect_typed("(n = (ARRAY[(1)::numeric(8,2)])::numeric[])", false,
		     "(n = ((ARRAY[(1)::numeric(8,2)])::numeric(8,2)[])::numeric[])");
	expect_typed("(c = ARRAY[(ARRAY[(1)::bigint])::integer[]])", false,
		     "(c = ARRAY[((ARRAY[(1)::bigint])::bigint[])::integer[]])");
	/* The pretty form (index elements, views) has no parentheses around the constructor. */
	expect_typed("(c = ARRAY[1::bigint]::integer[]) DESC", true,
		     "(c = (ARRAY[1::bigint]::bigint[])::integer[]) DESC");
	/* The other forms are rewritten as in the first candidate. */
	expect_typed("(((c >= 1) AND (c <= 2)) AND (c = (ARRAY[(1)::bigint])::integer[]))", false,
		     "((((c >= 1) AND (c <= 2)))::boolean AND (c = ((ARRAY[(1)::bigint])::bigint[])::integer[]))");
	/* No type in the text: a column element, elements of two types, an empty constructor. */
	expect_typed("(c = (ARRAY[e])::integer[])", false, NULL);
	expect_typed("(c = (ARRAY[(1)::bigint, (2)::numeric])::integer[])", false, NULL);
	expect_typed("(c = (ARRAY[]::bigint[])::integer[])", false, NULL);
}

/* An index element pg_get_indexdef prints bare that is not one: parenthesized up to its options. */
static void test_fixpoint__candidate_bare_element(void **state)
{
	(void)state;
	expect_candidate("(c) IS DOCUMENT", true, "((c) IS DOCUMENT)");
	expect_candidate("(c) IS NOT DOCUMENT DESC NULLS LAST", true, "((c) IS NOT DOCUMENT) DESC NULLS LAST");
	/* Elements that parse are left alone. */
	expect_candidate("XMLEXISTS(('/a'::text) PASSING (c))", true, NULL);
	expect_candidate("lower(t) DESC", true, NULL);
}

static void test_fixpoint__candidate_query(void **state)
{
	(void)state;
	/* A whole view query: the forms anywhere in it; pg_get_viewdef's pretty form has no parentheses. */
	const char *q = "SELECT t.vc::text = ANY (ARRAY['a'::character varying]::text[]) AS x,\n"
			"    EXTRACT(YEAR FROM now()) AS y,\n    t.id * (- 1) AS z\n   FROM t\n"
			"  WHERE t.n = ANY (ARRAY[1, 2]::numeric[])";
	char *got = sg_fixpoint_query_candidate(q);
	assert_non_null(got);
	assert_string_equal(got, "SELECT t.vc::text = ANY (ARRAY['a'::character varying]) AS x,\n"
				 "    EXTRACT('YEAR' FROM now()) AS y,\n    t.id * (OPERATOR(pg_catalog.-) 1) AS z\n"
				 "   FROM t\n  WHERE t.n = ANY (ARRAY[1, 2])");
	free(got);
	/* A unary minus printed bare at the top of a target list. */
	got = sg_fixpoint_query_candidate("SELECT - 1.5 AS x");
	assert_non_null(got);
	assert_string_equal(got, "SELECT OPERATOR(pg_catalog.-) 1.5 AS x");
	free(got);
	/* Fixpoints already, and text that does not parse. */
	assert_null(sg_fixpoint_query_candidate("SELECT '-1'::integer AS x, EXTRACT(year FROM now()) AS y"));
	assert_null(sg_fixpoint_query_candidate("SELECT ("));
}

/* ---------------------------------------------------------------- on the server */

/* A file of the source tree, `rel` from its root; malloc'd. */
static char *read_file(const char *rel)
{
	char path[512];
	snprintf(path, sizeof(path), "%s/%s", SG_SOURCE_ROOT, rel);
	FILE *f = fopen(path, "rb");
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

/* Run the SQL file `rel` of the source tree (a corpus) on `conn`. */
static void exec_file(PGconn *conn, const char *rel)
{
	char *sql = read_file(rel);
	sg_test_exec(conn, sql);
	free(sql);
}

/*
 * Prove the texts of `live` on the server (sg_fixpoint_schema: the proven
 * ones written into it) and report in `rep`, which the caller releases; the
 * test fails when that fails or leaves a text unresolved (each printed).
 */
static void prove(PGconn *conn, sg_schema *live, sg_fixpoint_report *rep)
{
	sg_error err = {0};
	if (sg_fixpoint_schema(live, NULL, conn, rep, &err) != 0)
		fail_msg("fixpoint: %s", sg_error_message(&err));
	for (size_t i = 0; i < rep->nunresolved; i++)
		print_error("unresolved: %s\n", rep->unresolved[i]);
	assert_int_equal(rep->nunresolved, 0);
}

/* Create what `s` holds in a new schema `schema`, read it back, list what differs in `out`; how many differ. */
typedef size_t (*rebuild_fn)(PGconn *conn, const sg_schema *s, const char *schema, sg_strbuf *out);

/* `live`, its texts proven, rebuilt by `rebuild` in schema from_fixpoint: the test fails when anything differs. */
static void expect_proven_rebuild(PGconn *conn, const sg_schema *live, rebuild_fn rebuild)
{
	sg_strbuf out = SG_STRBUF_INIT;
	if (rebuild(conn, live, "from_fixpoint", &out) != 0)
		fail_msg("rebuilt from the proven texts, still different:\n%s", out.data);
	sg_strbuf_release(&out);
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

/*
 * The plain deparse (pg_dump's) of the predicate and the expression elements
 * of every index of `schema`, one line each, `index: text`, in index order,
 * read with search_path `path`: the catalog reader reads the pretty one, which
 * prints `(a AND b) AND c` and `a AND (b AND c)` alike.  malloc'd.
 */
static char *plain_index_texts(PGconn *conn, const char *schema, const char *path)
{
	PGresult *res =
	    PQexecParams(conn, "SELECT pg_catalog.set_config('search_path', $1, false)", 1, NULL, &path, NULL, NULL, 0);
	assert_int_equal(PQresultStatus(res), PGRES_TUPLES_OK);
	PQclear(res);
	res = PQexecParams(
	    conn,
	    "SELECT NULL, ic.relname, "
	    "pg_catalog.pg_get_expr(i.indpred, i.indrelid, false), "
	    "ARRAY(SELECT pg_catalog.pg_get_indexdef(i.indexrelid, k, false) FROM pg_catalog.generate_series(1, "
	    "i.indnkeyatts) AS k WHERE i.indkey[k - 1] = 0 ORDER BY k)::text "
	    "FROM pg_catalog.pg_index i JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
	    "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
	    "WHERE n.nspname = $1 ORDER BY ic.relname",
	    1, NULL, &schema, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		fail_msg("plain index texts: %s", PQerrorMessage(conn));
	sg_test_exec(conn, "SET search_path = public");
	sg_strbuf sb = SG_STRBUF_INIT;
	for (int r = 0; r < PQntuples(res); r++)
		sg_strbuf_addf(&sb, "%s: %s %s\n", PQgetvalue(res, r, 1), PQgetvalue(res, r, 2), PQgetvalue(res, r, 3));
	PQclear(res);
	assert_false(sg_strbuf_failed(&sb));
	return sg_strbuf_detach(&sb, NULL);
}

/* The plain deparse (pg_dump's) of every view of `schema`, one line each, `view: text`, read with search_path `path`.
 */
static char *plain_view_texts(PGconn *conn, const char *schema, const char *path)
{
	PGresult *res =
	    PQexecParams(conn, "SELECT pg_catalog.set_config('search_path', $1, false)", 1, NULL, &path, NULL, NULL, 0);
	assert_int_equal(PQresultStatus(res), PGRES_TUPLES_OK);
	PQclear(res);
	res = PQexecParams(conn,
			   "SELECT c.relname, pg_catalog.pg_get_viewdef(c.oid, false) FROM pg_catalog.pg_class c "
			   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
			   "WHERE c.relkind IN ('v', 'm') AND n.nspname = $1 ORDER BY c.relname",
			   1, NULL, &schema, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		fail_msg("plain view texts: %s", PQerrorMessage(conn));
	sg_test_exec(conn, "SET search_path = public");
	sg_strbuf sb = SG_STRBUF_INIT;
	for (int r = 0; r < PQntuples(res); r++) {
		sg_strbuf_addf(&sb, "%s: ", PQgetvalue(res, r, 0));
		for (const char *p = PQgetvalue(res, r, 1); *p; p++) /* one line each */
			sg_strbuf_addch(&sb, *p == '\n' ? ' ' : *p);
		sg_strbuf_addch(&sb, '\n');
	}
	PQclear(res);
	assert_false(sg_strbuf_failed(&sb));
	return sg_strbuf_detach(&sb, NULL);
}

/* The lines of `want` and `got` (plain_index_texts) that differ, in `out`; their number. */
static size_t plain_differences(const char *want, const char *got, sg_strbuf *out)
{
	size_t n = 0;
	while (*want || *got) {
		size_t wl = strcspn(want, "\n"), gl = strcspn(got, "\n");
		if (wl != gl || strncmp(want, got, wl) != 0) {
			sg_strbuf_addf(out, "  plain %.*s\n    read back %.*s\n", (int)wl, want, (int)gl, got);
			n++;
		}
		want += wl + (want[wl] != 0);
		got += gl + (got[gl] != 0);
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
	char *want = plain_index_texts(conn, "public", path), *got = plain_index_texts(conn, schema, path);
	n += plain_differences(want, got, out);
	free(want);
	free(got);
	return n;
}

static void test_fixpoint__corpus_rebuilds(void **state)
{
	sg_test_db *db = *state;
	exec_file(db->conn, "tests/fixpoint/corpus.sql");
	sg_schema *live = load(db->conn, "public", NULL);

	/* From the catalog's own text: the nfp_ tables read back differently, the controls do not. */
	sg_strbuf out = SG_STRBUF_INIT;
	size_t before = rebuild_differences(db->conn, live, "from_catalog", &out);
	if (strstr(out.data, "fp_controls"))
		fail_msg("a control is not a fixpoint:\n%s", out.data);
	assert_true(before >= 10);
	sg_strbuf_release(&out);

	sg_fixpoint_report rep;
	prove(db->conn, live, &rep);
	assert_true(rep.rewritten >= before);
	/*
	 * Three rounds for the tables and three for the domains: the catalog's
	 * texts, the rewrite (dnest's check), the typed rewrite (nfp_typed's
	 * explicit array casts, dtyped's, whose first rewrite drops the cast).
	 */
	assert_int_equal(rep.batches, 6);
	sg_fixpoint_report_release(&rep);

	expect_proven_rebuild(db->conn, live, rebuild_differences);
	sg_schema_free(live);
}

/*
 * Create every view of `s` from its written text (the catalog's when none) in
 * a new schema `schema`, in the order they read each other, and read it back;
 * the views whose query, columns or types differ are listed in `out`.
 */
static size_t rebuild_views(PGconn *conn, const sg_schema *s, const char *schema, sg_strbuf *out)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "CREATE SCHEMA %s; SET search_path = %s, public", schema, schema);
	sg_test_exec(conn, sql);
	size_t *order = calloc(s->nviews + 1, sizeof(*order));
	assert_non_null(order);
	assert_int_equal(sg_normalize__view_order(s, order), 0);
	sg_strbuf ddl = SG_STRBUF_INIT;
	for (size_t k = 0; k < s->nviews; k++) {
		const sg_view *v = &s->views[order[k]];
		sg_view copy = {.name = v->name,
				.materialized = v->materialized,
				.query = v->query,
				.query_written = v->query_written};
		sg_ddl_create_view(&ddl, NULL, &copy, false, true);
		sg_strbuf_addch(&ddl, '\n');
	}
	free(order);
	assert_false(sg_strbuf_failed(&ddl));
	sg_test_exec(conn, ddl.data);
	sg_strbuf_release(&ddl);
	sg_test_exec(conn, "SET search_path = public");
	char path[128];
	snprintf(path, sizeof(path), "%s, public", schema);
	sg_schema *back = load(conn, schema, path);
	size_t n = 0;
	for (size_t i = 0; i < s->nviews; i++) {
		const sg_view *w = &s->views[i], *g = sg_schema_find_view(back, w->name);
		assert_non_null(g);
		if (strcmp(w->query, g->query) != 0 || !sg_names_eq(w->columns, w->ncolumns, g->columns, g->ncolumns) ||
		    !sg_names_eq(w->types, w->ncolumns, g->types, g->ncolumns)) {
			sg_strbuf_addf(out, "  view %s:\n%s\n  read back:\n%s\n", w->name, w->query, g->query);
			n++;
		}
	}
	sg_schema_free(back);
	/* pg_dump's text too: it keeps the parentheses of an AND inside an AND, which the pretty one drops. */
	char *want = plain_view_texts(conn, "public", "public"), *got = plain_view_texts(conn, schema, path);
	sg_strbuf plain = SG_STRBUF_INIT;
	plain_differences(want, got, &plain);
	/* The views that differ only there are counted too. */
	for (const char *p = plain.data; (p = strstr(p, "  plain ")) != NULL; p++) {
		char line[160];
		snprintf(line, sizeof(line), "  view %.*s:\n", (int)strcspn(p + 8, ":"), p + 8);
		if (!strstr(out->data, line)) {
			sg_strbuf_adds(out, line);
			n++;
		}
	}
	sg_strbuf_adds(out, plain.data);
	sg_strbuf_release(&plain);
	free(want);
	free(got);
	return n;
}

/* The corpus of views: from the catalog's text the nfp_ views read back otherwise; from the proven texts none. */
static void test_fixpoint__views_rebuild(void **state)
{
	sg_test_db *db = *state;
	exec_file(db->conn, "tests/fixpoint/views.sql");
	sg_schema *live = load(db->conn, "public", NULL);
	size_t nfp = 0;
	for (size_t i = 0; i < live->nviews; i++)
		nfp += strncmp(live->views[i].name, "nfp_", 4) == 0;
	assert_int_equal(nfp, 13);

	sg_strbuf out = SG_STRBUF_INIT;
	size_t before = rebuild_views(db->conn, live, "from_catalog", &out);
	if (strstr(out.data, "view fp_") || strstr(out.data, "plain fp_"))
		fail_msg("a control is not a fixpoint:\n%s", out.data);
	if (before != nfp) {
		fprintf(stderr, "%zu views read back otherwise, %zu expected:\n%s", before, nfp, out.data);
		fail();
	}
	sg_strbuf_release(&out);

	sg_fixpoint_report rep;
	prove(db->conn, live, &rep);
	assert_int_equal(rep.rewritten, nfp);
	sg_fixpoint_report_release(&rep);
	for (size_t i = 0; i < live->nviews; i++) {
		const sg_view *v = &live->views[i];
		bool is_nfp = strncmp(v->name, "nfp_", 4) == 0;
		/* Only the plain deparse differs for nfp_plain*: the pretty text, the view's identity, reads back. */
		bool pretty_same = strncmp(v->name, "nfp_plain", 9) == 0;
		/* What the catalog's own text reads back as: recorded where it differs, for the diff. */
		if (is_nfp != (v->query_written != NULL) || (is_nfp && !pretty_same) != (v->query_again != NULL))
			fail_msg("view %s: written %s, read back again %s", v->name, v->query_written ? "set" : "none",
				 v->query_again ? "set" : "none");
	}

	expect_proven_rebuild(db->conn, live, rebuild_views);
	sg_schema_free(live);
}

/* Models of the live schema as `inspect` writes them, with `fixpoint` or without (the catalog's texts). */
static sg_schema *inspected(PGconn *conn, bool fixpoint, bool views)
{
	sg_schema *live = load(conn, "public", NULL);
	sg_error err = {0};
	sg_fixpoint_report rep = {0};
	if (fixpoint && sg_fixpoint_schema(live, NULL, conn, &rep, &err) != 0)
		fail_msg("fixpoint: %s", sg_error_message(&err));
	sg_fixpoint_report_release(&rep);
	if (!views)
		live->nviews = 0;
	sg_inspect_result r;
	sg_inspect_options opts = {0};
	if (sg_inspect_models(&r, live, &opts, &err) != 0)
		fail_msg("inspect: %s", sg_error_message(&err));
	assert_int_equal(r.nfiles, 1);
	sg_schema *model = difftest_model_yaml("schema.yaml", r.files[0].text);
	sg_inspect_result_release(&r);
	sg_schema_free(live);
	return model;
}

/*
 * The views through diff: models holding the catalog's texts (an inspect
 * before views were proven) and the proven texts are no change; a down that
 * creates every view again gives back the same catalog; an up that creates
 * them from the models' texts (the proven ones, which are not the catalog's)
 * gives the same catalog too, and a second diff finds nothing (the up was
 * written from the scratch copy's text, which reads back otherwise).
 */
static void test_fixpoint__views_diff(void **state)
{
	sg_test_db *db = *state;
	exec_file(db->conn, "tests/fixpoint/views.sql");
	char *before = difftest_catalog_text(db->conn, "public");
	sg_schema *raw = inspected(db->conn, false, true), *proven = inspected(db->conn, true, true);
	sg_schema *bare = inspected(db->conn, true, false);
	difftest_expect_fixpoint(db->conn, raw, "models holding the catalog's texts:");
	difftest_expect_fixpoint(db->conn, proven, "models holding the proven texts:");

	difftest_plan p;
	difftest_plan_make(&p, db->conn, bare, false);
	assert_non_null(strstr(p.down.data, "OPERATOR(pg_catalog.-)"));
	difftest_apply(db->conn, &p.steps, false, "up");
	difftest_apply(db->conn, &p.steps, true, "down");
	char *after = difftest_catalog_text(db->conn, "public");
	difftest_expect_same_text(before, after, "catalog after the down that creates the views again");
	free(after);
	difftest_apply(db->conn, &p.steps, false, "up");
	difftest_plan_release(&p);

	difftest_plan_make(&p, db->conn, proven, false);
	difftest_apply(db->conn, &p.steps, false, "up");
	difftest_plan_release(&p);
	after = difftest_catalog_text(db->conn, "public");
	difftest_expect_same_text(before, after, "catalog after the up that creates the views from the models");
	difftest_expect_fixpoint(db->conn, proven, "after the views were created from the models:");
	free(after);
	free(before);
	sg_schema_free(raw);
	sg_schema_free(proven);
	sg_schema_free(bare);
}

/*
 * An index on `(c IS DOCUMENT)`: pg_get_indexdef prints the element bare,
 * `(c) IS DOCUMENT`, which is not an index element (pg_dump's own text does
 * not restore).  The element proven in parentheses rebuilds the index, and
 * inspect's models of it load and are no change (they did not load: inspect
 * failed).
 */
static void test_fixpoint__bare_element(void **state)
{
	sg_test_db *db = *state;
	sg_test_exec(db->conn, "CREATE TABLE x (c xml, t text);"
			       "CREATE INDEX x_doc ON x ((c IS DOCUMENT), t DESC);"
			       "CREATE INDEX x_not_doc ON x ((c IS NOT DOCUMENT) DESC NULLS LAST) WHERE c IS DOCUMENT");
	sg_schema *live = load(db->conn, "public", NULL);
	sg_fixpoint_report rep;
	prove(db->conn, live, &rep);
	/* x_doc's first element; `t DESC` is tried again beside it, `NOT (c IS DOCUMENT)` is printed in parentheses. */
	assert_int_equal(rep.rewritten, 1);
	sg_fixpoint_report_release(&rep);
	expect_proven_rebuild(db->conn, live, rebuild_differences);
	sg_schema_free(live);
	sg_schema *model = inspected(db->conn, true, false);
	difftest_expect_fixpoint(db->conn, model, "models of the index elements:");
	sg_schema_free(model);
}

/*
 * tests/fixpoint/forms.sql: every expression form of issue 13's list on every
 * column type, in every position (every check's form as an index predicate and
 * element too: 17,301 expressions).  Each text proven rebuilds its table
 * exactly, the plain deparse of its indexes too, and none is unresolved
 * (before, the explicit array cast over a constructor cast already,
 * `ARRAY[1]::bigint[]::int[]`, was; the nested ANDs of index predicates were
 * not seen).
 */
static void test_fixpoint__forms_rebuild(void **state)
{
	sg_test_db *db = *state;
	exec_file(db->conn, "tests/fixpoint/forms.sql");
	sg_schema *live = load(db->conn, "public", NULL);
	assert_int_equal(live->ntables, 50);
	sg_fixpoint_report rep;
	prove(db->conn, live, &rep);
	print_message("forms.sql: %zu expressions checked, %zu rewritten, %zu unresolved, %zu scratch transactions\n",
		      rep.checked, rep.rewritten, rep.nunresolved, rep.batches);
	assert_true(rep.checked > 17000);
	sg_fixpoint_report_release(&rep);
	expect_proven_rebuild(db->conn, live, rebuild_differences);
	sg_schema_free(live);
}

/* A down that creates every table again (the up drops them all) gives back the same catalog, its indexes' plain deparse
 * too. */
static void test_fixpoint__down_rebuilds(void **state)
{
	sg_test_db *db = *state;
	exec_file(db->conn, "tests/fixpoint/corpus.sql");
	char *before = difftest_catalog_text(db->conn, "public");
	char *plain_before = plain_index_texts(db->conn, "public", "public");
	/* inspect's models, with the proven texts (plain ones for the nested indexes): no change. */
	sg_schema *model = inspected(db->conn, true, true);
	difftest_expect_fixpoint(db->conn, model, "models of the corpus:");
	sg_schema_free(model);
	sg_schema *empty = difftest_model_yaml("empty.yaml", "tables: []\n");
	difftest_plan p;
	sg_diff_options dopts = {0};
	difftest_plan_make_opts(&p, db->conn, empty, false, &dopts);
	assert_non_null(strstr(p.down.data, "OPERATOR(pg_catalog.-)"));
	difftest_apply(db->conn, &p.steps, false, "up");
	difftest_apply(db->conn, &p.steps, true, "down");
	char *after = difftest_catalog_text(db->conn, "public");
	difftest_expect_same_text(before, after, "catalog after the down");
	/* The indexes' plain deparse too: the nested ANDs of their predicates and elements (nfp_nested_*). */
	char *plain_after = plain_index_texts(db->conn, "public", "public");
	difftest_expect_same_text(plain_before, plain_after, "indexes' plain deparse after the down");
	free(plain_before);
	free(plain_after);
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
	    cmocka_unit_test(test_fixpoint__candidate_query),
	    cmocka_unit_test(test_fixpoint__candidate_nested_bool),
	    cmocka_unit_test(test_fixpoint__candidate_bare_element),
	    cmocka_unit_test(test_fixpoint__candidate_typed_array),
	    cmocka_unit_test_setup_teardown(test_fixpoint__corpus_rebuilds, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__down_rebuilds, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__bare_element, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__forms_rebuild, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__views_rebuild, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_fixpoint__views_diff, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
