/*
 * Helpers of the diff integration suites (see diff_util.h).
 */
#include "diff_util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "compare.h"
#include "diff.h"
#include "emit.h"
#include "model.h"
#include "normalize.h"
#include "schema_print.h"
#include "split.h"

static void fail_with_diags(const char *what, const sg_model_diags *diags, const sg_error *err)
{
	sg_strbuf all = SG_STRBUF_INIT;
	for (size_t i = 0; i < diags->count; i++)
		sg_strbuf_addf(&all, "%s\n", diags->items[i].text);
	fprintf(stderr, "%s: invalid models: %s\n%s", what, sg_error_message(err), all.data);
	sg_strbuf_release(&all);
	fail();
}

sg_schema *difftest_model_yaml(const char *name, const char *yaml)
{
	sg_model_source src = {.name = name, .text = yaml, .len = strlen(yaml)};
	sg_model_diags diags = {0};
	sg_error err = {0};
	sg_schema *s = NULL;
	if (sg_model_load_sources(&s, &src, 1, &diags, &err) != 0)
		fail_with_diags(name, &diags, &err);
	sg_model_diags_release(&diags);
	return s;
}

sg_schema *difftest_model_dir(const char *dir)
{
	sg_model_diags diags = {0};
	sg_error err = {0};
	sg_schema *s = NULL;
	if (sg_model_load_dir(&s, dir, &diags, &err) != 0)
		fail_with_diags(dir, &diags, &err);
	sg_model_diags_release(&diags);
	return s;
}

void difftest_plan_make(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything)
{
	sg_diff_options dopts = {0};
	difftest_plan_make_opts(p, conn, model, everything, &dopts);
}

void difftest_plan_make_opts(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything,
			     const sg_diff_options *dopts)
{
	memset(p, 0, sizeof(*p));
	sg_strbuf_init(&p->up);
	sg_strbuf_init(&p->down);
	sg_error err = {0};
	sg_catalog_options copts = {.schema = model->name};
	if (sg_catalog_load(&p->live, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	sg_normalize_options nopts = {.everything = everything};
	if (sg_normalize(&p->desired, conn, model, p->live, &nopts, &err) != 0)
		fail_msg("normalize: %s", sg_error_message(&err));
	sg_fixpoint_report fix;
	if (sg_compare_fix_downs(p->live, model, p->desired, conn, &fix, &err) != 0)
		fail_msg("fixpoint: %s", sg_error_message(&err));
	sg_fixpoint_report_release(&fix);
	p->plan = sg_plan_new();
	assert_non_null(p->plan);
	assert_int_equal(sg_diff(p->plan, p->live, p->desired, dopts), 0);
	if (!p->plan->refused && sg_compare_check_dependents(p->plan, conn, p->live, p->desired, &copts, &err) != 0)
		fail_msg("dependents: %s", sg_error_message(&err));
	/* What diff exits 2 for: the plan is not applied. */
	if (p->plan->refused)
		fail_msg("refused: %s", p->plan->refused);
	assert_int_equal(sg_order_plan(&p->steps, p->plan), 0);
	for (size_t s = 0; s < p->steps.nsteps; s++)
		sg_emit_step_file(&p->up, &p->steps.steps[s], false);
	for (size_t s = p->steps.nsteps; s-- > 0;)
		sg_emit_step_file(&p->down, &p->steps.steps[s], true);
	assert_false(sg_strbuf_failed(&p->up) || sg_strbuf_failed(&p->down));
}

int difftest_plan_try(difftest_plan *p, PGconn *conn, const sg_schema *model, bool everything,
		      const sg_diff_options *dopts, sg_strbuf *err)
{
	static const sg_diff_options none = {0};
	memset(p, 0, sizeof(*p));
	sg_strbuf_init(&p->up);
	sg_strbuf_init(&p->down);
	sg_error e = {0};
	sg_catalog_options copts = {.schema = model->name};
	sg_normalize_options nopts = {.everything = everything};
	if (sg_catalog_load(&p->live, conn, &copts, &e) != 0) {
		sg_strbuf_addf(err, "catalog: %s", sg_error_message(&e));
		goto fail;
	}
	if (sg_normalize(&p->desired, conn, model, p->live, &nopts, &e) != 0) {
		sg_strbuf_addf(err, "normalize: %s", sg_error_message(&e));
		goto fail;
	}
	sg_fixpoint_report fix;
	if (sg_compare_fix_downs(p->live, model, p->desired, conn, &fix, &e) != 0) {
		sg_strbuf_addf(err, "fixpoint: %s", sg_error_message(&e));
		goto fail;
	}
	sg_fixpoint_report_release(&fix);
	p->plan = sg_plan_new();
	if (!p->plan || sg_diff(p->plan, p->live, p->desired, dopts ? dopts : &none) != 0) {
		sg_strbuf_adds(err, "diff: out of memory");
		goto fail;
	}
	if (!p->plan->refused && sg_compare_check_dependents(p->plan, conn, p->live, p->desired, &copts, &e) != 0) {
		sg_strbuf_addf(err, "dependents: %s", sg_error_message(&e));
		goto fail;
	}
	if (sg_order_plan(&p->steps, p->plan) != 0) {
		sg_strbuf_adds(err, "diff: out of memory");
		goto fail;
	}
	if (p->plan->refused) { /* what diff exits 2 for: no files are written */
		sg_strbuf_addf(err, "refused: %s", p->plan->refused);
		goto fail;
	}
	for (size_t s = 0; s < p->steps.nsteps; s++)
		sg_emit_step_file(&p->up, &p->steps.steps[s], false);
	for (size_t s = p->steps.nsteps; s-- > 0;)
		sg_emit_step_file(&p->down, &p->steps.steps[s], true);
	return 0;
fail:
	sg_error_clear(&e);
	difftest_plan_release(p);
	return -1;
}

void difftest_plan_release(difftest_plan *p)
{
	sg_steps_release(&p->steps);
	sg_plan_free(p->plan);
	sg_schema_free(p->desired);
	sg_schema_free(p->live);
	sg_strbuf_release(&p->up);
	sg_strbuf_release(&p->down);
	memset(p, 0, sizeof(*p));
}

/* One step's file text, run in a transaction or statement by statement. */
static void apply_text(PGconn *conn, const char *text, bool transactional, const char *what)
{
	if (transactional) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "BEGIN;\n%s\nCOMMIT;", text);
		PGresult *res = PQexec(conn, sql.data);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			fprintf(stderr, "%s failed: %s\n%s\n", what, PQerrorMessage(conn), text);
			PQclear(res);
			PQclear(PQexec(conn, "ROLLBACK"));
			sg_strbuf_release(&sql);
			fail();
		}
		PQclear(res);
		sg_strbuf_release(&sql);
		return;
	}
	sg_script script;
	sg_error err = {0};
	if (sg_split_script(&script, text, strlen(text), what, &err) != 0)
		fail_msg("%s", sg_error_message(&err));
	for (size_t i = 0; i < script.count; i++) {
		char *one = strndup(text + script.stmts[i].offset, script.stmts[i].len);
		PGresult *res = PQexec(conn, one);
		if (PQresultStatus(res) != PGRES_COMMAND_OK)
			fail_msg("%s statement %zu failed: %s\n%s", what, i + 1, PQerrorMessage(conn), one);
		PQclear(res);
		free(one);
	}
	sg_split_release(&script);
}

/* One step's file, as apply_text runs it; -1 with the message in err. */
static int try_text(PGconn *conn, const char *text, bool transactional, sg_strbuf *err)
{
	if (transactional) {
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "BEGIN;\n%s\nCOMMIT;", text);
		PGresult *res = PQexec(conn, sql.data);
		int rc = PQresultStatus(res) == PGRES_COMMAND_OK ? 0 : -1;
		if (rc)
			sg_strbuf_addf(err, "%s", PQerrorMessage(conn));
		PQclear(res);
		if (rc)
			PQclear(PQexec(conn, "ROLLBACK"));
		sg_strbuf_release(&sql);
		return rc;
	}
	sg_script script;
	sg_error e = {0};
	if (sg_split_script(&script, text, strlen(text), "step", &e) != 0) {
		sg_strbuf_addf(err, "%s", sg_error_message(&e));
		sg_error_clear(&e);
		return -1;
	}
	int rc = 0;
	for (size_t i = 0; i < script.count && !rc; i++) {
		char *one = strndup(text + script.stmts[i].offset, script.stmts[i].len);
		PGresult *res = PQexec(conn, one);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			sg_strbuf_addf(err, "%sin statement: %s", PQerrorMessage(conn), one);
			rc = -1;
		}
		PQclear(res);
		free(one);
	}
	sg_split_release(&script);
	return rc;
}

int difftest_apply_try(PGconn *conn, const sg_steps *steps, bool down, sg_strbuf *err)
{
	sg_strbuf text = SG_STRBUF_INIT;
	int rc = 0;
	for (size_t k = 0; k < steps->nsteps && !rc; k++) {
		const sg_step *st = &steps->steps[down ? steps->nsteps - 1 - k : k];
		sg_strbuf_reset(&text);
		sg_emit_step_file(&text, st, down);
		rc = try_text(conn, text.data, st->transactional, err);
		if (rc)
			sg_strbuf_addf(err, "(step %zu of %zu%s%s)", k + 1, steps->nsteps,
				       st->name_suffix[0] ? ": " : "", st->name_suffix);
	}
	sg_strbuf_release(&text);
	return rc;
}

void difftest_apply(PGconn *conn, const sg_steps *steps, bool down, const char *what)
{
	sg_strbuf text = SG_STRBUF_INIT;
	for (size_t k = 0; k < steps->nsteps; k++) {
		const sg_step *st = &steps->steps[down ? steps->nsteps - 1 - k : k];
		sg_strbuf_reset(&text);
		sg_emit_step_file(&text, st, down);
		apply_text(conn, text.data, st->transactional, what);
	}
	sg_strbuf_release(&text);
}

void difftest_expect_fixpoint(PGconn *conn, const sg_schema *model, const char *when)
{
	for (int everything = 0; everything < 2; everything++) {
		difftest_plan again;
		difftest_plan_make(&again, conn, model, everything);
		if (again.plan->nops != 0) {
			fprintf(stderr, "%s a second diff (%s normalization) still finds changes:\n%s\n", when,
				everything ? "full" : "fast", again.up.data);
			fail();
		}
		difftest_plan_release(&again);
	}
}

static int column_by_name(const void *a, const void *b)
{
	return strcmp(((const sg_column *)a)->name, ((const sg_column *)b)->name);
}

static char *catalog_text(PGconn *conn, const char *schema, bool by_name)
{
	sg_schema *s = NULL;
	sg_error err = {0};
	sg_catalog_options copts = {.schema = schema};
	if (sg_catalog_load(&s, conn, &copts, &err) != 0)
		fail_msg("catalog: %s", sg_error_message(&err));
	for (size_t i = 0; by_name && i < s->ntables; i++)
		if (s->tables[i].ncolumns > 1) /* a table may have no column (columns is NULL then) */
			qsort(s->tables[i].columns, s->tables[i].ncolumns, sizeof(sg_column), column_by_name);
	sg_strbuf sb = SG_STRBUF_INIT;
	sg_schema_print(&sb, s);
	sg_schema_free(s);
	assert_false(sg_strbuf_failed(&sb));
	return sg_strbuf_detach(&sb, NULL);
}

char *difftest_catalog_text(PGconn *conn, const char *schema)
{
	return catalog_text(conn, schema, false);
}

char *difftest_catalog_text_by_name(PGconn *conn, const char *schema)
{
	return catalog_text(conn, schema, true);
}

void difftest_expect_same_text(const char *want, const char *got, const char *what)
{
	if (strcmp(want, got) == 0)
		return;
	size_t line = 1, i = 0;
	for (; want[i] && want[i] == got[i]; i++)
		if (want[i] == '\n')
			line++;
	fprintf(stderr, "%s: differ from line %zu\n--- expected\n%s--- got\n%s", what, line, want, got);
	fail();
}
