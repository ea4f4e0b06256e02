/*
 * The round trip of one pair of the randomized diff suite (see random_run.h
 * and test_diff_random.c for what each phase checks).
 */
#include "random_run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diff_util.h"
#include "down_marks.h"
#include "emit.h"
#include "model.h"
#include "random_check.h"
#include "random_rows.h"

const char *const phase_names[P_COUNT] = {
    "ok",
    "generator: invalid model",
    "generator: rows",
    "create A",
    "fixpoint after A",
    "generator: SQL run by hand",
    "bad input",
    "plan A -> B",
    "up",
    "fixpoint after up",
    "renames only",
    "no change",
    "rows after up",
    "sequences after up",
    "down",
    "fixpoint after down",
    "catalog after down",
    "rows after down",
    "sequences after down",
    "schemagen check",
    "ledger table (command lines)",
};

void result_init(rresult *r)
{
	memset(r, 0, sizeof(*r));
	sg_strbuf_init(&r->msg);
	sg_strbuf_init(&r->ya);
	sg_strbuf_init(&r->yb);
	sg_strbuf_init(&r->up);
	sg_strbuf_init(&r->down);
	sg_strbuf_init(&r->inserts);
	sg_strbuf_init(&r->warnings);
	sg_strbuf_init(&r->hand);
}

void result_release(rresult *r)
{
	sg_strbuf_release(&r->msg);
	sg_strbuf_release(&r->ya);
	sg_strbuf_release(&r->yb);
	sg_strbuf_release(&r->up);
	sg_strbuf_release(&r->down);
	sg_strbuf_release(&r->inserts);
	sg_strbuf_release(&r->warnings);
	sg_strbuf_release(&r->hand);
}

static sg_schema *load_yaml(const char *name, const char *yaml, sg_strbuf *err)
{
	sg_model_source src = {.name = name, .text = yaml, .len = strlen(yaml)};
	sg_model_diags diags = {0};
	sg_error e = {0};
	sg_schema *s = NULL;
	if (sg_model_load_sources(&s, &src, 1, &diags, &e) != 0) {
		sg_strbuf_addf(err, "%s: %s\n", name, sg_error_message(&e));
		for (size_t i = 0; i < diags.count; i++)
			sg_strbuf_addf(err, "%s\n", diags.items[i].text);
	}
	sg_error_clear(&e);
	sg_model_diags_release(&diags);
	return s;
}

static int exec_sql(PGconn *conn, const char *sql, sg_strbuf *err)
{
	PGresult *res = PQexec(conn, sql);
	ExecStatusType st = PQresultStatus(res);
	PQclear(res);
	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK)
		return 0;
	sg_strbuf_addf(err, "%s%s\n", PQerrorMessage(conn), sql);
	return -1;
}

/* A second diff to `model` finds nothing (fast, and full normalization when `both`). */
static int fixpoint(PGconn *conn, const sg_schema *model, bool both, sg_strbuf *err)
{
	for (int everything = 0; everything < (both ? 2 : 1); everything++) {
		difftest_plan again;
		if (difftest_plan_try(&again, conn, model, everything, NULL, err) != 0)
			return -1;
		int rc = 0;
		if (again.plan->nops != 0) {
			sg_strbuf_addf(err, "a second diff (%s normalization) still finds changes:\n%s",
				       everything ? "full" : "fast", again.up.data);
			rc = -1;
		}
		difftest_plan_release(&again);
		if (rc)
			return -1;
	}
	return 0;
}

/*
 * Class drift, after the down: the database is as the hand left it, so a
 * diff to the models plans the same up again.
 */
static int same_up_again(PGconn *conn, const sg_schema *model, const sg_diff_options *dopts, const char *up,
			 sg_strbuf *err)
{
	difftest_plan again;
	if (difftest_plan_try(&again, conn, model, false, dopts, err) != 0)
		return -1;
	int rc = 0;
	if (strcmp(again.up.data, up) != 0) {
		sg_strbuf_addf(err, "after the down, a diff plans another up than the first:\n%s", again.up.data);
		rc = -1;
	}
	difftest_plan_release(&again);
	return rc;
}

/* Whether every statement of the up is a RENAME (comments aside). */
static int renames_only(const char *up, sg_strbuf *err)
{
	const char *p = up;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);
		if (len && strncmp(p, "--", 2) != 0 && strncmp(p, "SET ", 4) != 0 && strncmp(p, "RESET ", 6) != 0) {
			char line[512];
			snprintf(line, sizeof(line), "%.*s", (int)(len < 500 ? len : 500), p);
			if (strncmp(line, "ALTER ", 6) != 0 || !strstr(line, " RENAME ")) {
				sg_strbuf_addf(err, "only renames were asked for, the up also does: %s", line);
				return -1;
			}
		}
		p += len + (eol ? 1 : 0);
	}
	return 0;
}

/* The mark of the down files (down_marks.h): IRREVERSIBLE when any step's down carries it. */
static sg_down_mark_kind down_mark(const sg_steps *steps)
{
	sg_down_mark_kind kind = SG_DOWN_MARK_NONE;
	sg_strbuf text = SG_STRBUF_INIT;
	for (size_t k = 0; k < steps->nsteps; k++) {
		sg_strbuf_reset(&text);
		sg_emit_step_file(&text, &steps->steps[k], true);
		sg_down_mark m;
		sg_down_mark_kind one = sg_down_marks_read(&m, text.data, text.len);
		if (one > kind)
			kind = one;
	}
	sg_strbuf_release(&text);
	return kind;
}

/*
 * Whether B, created from empty in schema sg_verify, takes the rows as the up
 * should have left them: when it does not, the failure is the generator's.
 */
static bool b_refuses_rows(PGconn *conn, rpair *p, const rexpect *e, sg_strbuf *why)
{
	sg_strbuf yaml = SG_STRBUF_INIT, err = SG_STRBUF_INIT;
	sg_strbuf_adds(&yaml, "schema: sg_verify\n");
	write_yaml(&yaml, &p->b);
	sg_schema *m = load_yaml("B.yaml", yaml.data, &err);
	bool refused = false;
	difftest_plan plan;
	exec_sql(conn, "SET client_min_messages = warning; DROP SCHEMA IF EXISTS sg_verify CASCADE", &err);
	if (m && difftest_plan_try(&plan, conn, m, false, NULL, &err) == 0) {
		if (difftest_apply_try(conn, &plan.steps, false, &err) == 0)
			refused = rows_insert_expected(conn, "sg_verify", &p->b, &p->a, e, why) != 0;
		difftest_plan_release(&plan);
	}
	exec_sql(conn, "DROP SCHEMA IF EXISTS sg_verify CASCADE", &err);
	sg_schema_free(m);
	sg_strbuf_release(&yaml);
	sg_strbuf_release(&err);
	return refused;
}

/*
 * Apply the up or the down.  With `foreign_zone`, the session's time zone is
 * not UTC (+05:30) while rows are seeded, read and expected in UTC: a
 * conversion that reads values in the session's zone shows as changed rows.
 */
static int migrate(PGconn *conn, const sg_steps *steps, bool down, bool foreign_zone, sg_strbuf *err)
{
	if (foreign_zone)
		PQclear(PQexec(conn, "SET TimeZone = 'Asia/Kolkata'"));
	int rc = difftest_apply_try(conn, steps, down, err);
	PQclear(PQexec(conn, "SET TimeZone = 'UTC'"));
	return rc;
}

/* Keeps the server's warnings that a guarded down raised (docs/diff.md, Downs on tables with rows). */
static void keep_notice(void *arg, const char *message)
{
	if (strstr(message, "schemagen:"))
		sg_strbuf_adds(arg, message);
}

/* ---- deliberate faults ---- */

/* The first table of A with a seeded row that B keeps, and a compared column of it (NULL: none). */
static rtable *mutation_target(rpair *p, const rrows *r, const rexpect *e, bool down, rcol **col)
{
	for (int ti = 0; ti < p->a.ntables; ti++) {
		const rexp_table *x = down ? &e->down[ti] : &e->up[ti];
		if (!x->compared || !x->nrows)
			continue;
		rtable *t = down ? &p->a.tables[ti] : find_table_id(&p->b, p->a.tables[ti].id);
		*col = NULL;
		for (int k = 0; k < x->ncols && !*col; k++) {
			rcol *c = find_col_id(t, x->col_ids[k]);
			for (int row = 0; row < x->nrows && !*col; row++)
				if (x->vals[row * x->ncols + k] && c->nullable)
					*col = c;
		}
		(void)r;
		return t;
	}
	return NULL;
}

/* Run the fault; false when this pair has nothing it applies to. */
static bool mutate(PGconn *conn, rpair *p, const rrows *r, const rexpect *e, mutation m, sg_strbuf *err)
{
	rcol *c = NULL;
	rtable *t = mutation_target(p, r, e, m != M_UP_VALUE && m != M_UP_VIEW, &c);
	char tn[NAMELEN + 4], cn[NAMELEN + 4], sql[512];
	if (!t)
		return false;
	sql_ident(tn, sizeof(tn), t->name);
	switch (m) {
	case M_DOWN_ROW:
		snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE ctid = (SELECT min(ctid) FROM %s)", tn, tn);
		break;
	case M_UP_VALUE:
	case M_DOWN_VALUE:
		if (!c)
			return false;
		sql_ident(cn, sizeof(cn), c->name);
		snprintf(sql, sizeof(sql), "UPDATE %s SET %s = NULL", tn, cn);
		break;
	case M_DOWN_COLUMN:
		snprintf(sql, sizeof(sql), "ALTER TABLE %s ADD COLUMN zz_extra integer", tn);
		break;
	case M_UP_VIEW:
		if (!p->b.nviews)
			return false;
		sql_ident(tn, sizeof(tn), p->b.views[p->b.nviews - 1].name);
		snprintf(sql, sizeof(sql), "DROP %sVIEW %s CASCADE",
			 p->b.views[p->b.nviews - 1].mat ? "MATERIALIZED " : "", tn);
		break;
	case M_DOWN_FUNCTION: {
		const rfunc *f = NULL;
		for (int i = 0; i < p->a.nfuncs && !f; i++)
			if (p->a.funcs[i].role == R_DEFAULT)
				f = &p->a.funcs[i];
		if (!f)
			return false;
		sql_ident(tn, sizeof(tn), f->name);
		snprintf(sql, sizeof(sql), "CREATE OR REPLACE FUNCTION %s() RETURNS %s LANGUAGE sql RETURN 1234567", tn,
			 f->big ? "bigint" : "integer");
		break;
	}
	case M_DOWN_TRIGGER:
		t = NULL;
		for (int ti = 0; ti < p->a.ntables && !t; ti++)
			if (p->a.tables[ti].ntrigs && p->a.tables[ti].trigs[0].enabled != 1)
				t = &p->a.tables[ti];
		if (!t)
			return false;
		sql_ident(tn, sizeof(tn), t->name);
		sql_ident(cn, sizeof(cn), t->trigs[0].name);
		snprintf(sql, sizeof(sql), "ALTER TABLE %s DISABLE TRIGGER %s", tn, cn);
		break;
	default: { /* M_DOWN_SEQUENCE */
		rtable *it = NULL;
		rcol *ic = NULL;
		for (int ti = 0; ti < p->a.ntables && !ic; ti++)
			for (int i = 0; i < p->a.tables[ti].ncols && !ic; i++) {
				rcol *x = &p->a.tables[ti].cols[i];
				if ((x->identity || x->serial) && p->a.tables[ti].npk == 1 &&
				    is_pk_col(&p->a.tables[ti], x->name) && r->t[ti].nrows && r->t[ti].present[0])
					it = &p->a.tables[ti], ic = x;
			}
		if (!ic)
			return false;
		sql_ident(tn, sizeof(tn), it->name);
		snprintf(sql, sizeof(sql), "SELECT setval(pg_get_serial_sequence('%s', '%s'), 1, false)", tn, ic->name);
		break;
	}
	}
	return exec_sql(conn, sql, err) == 0;
}

/* ---- one pair ---- */

long random_check_every = 8;

static phase fail_at(rresult *res, phase ph)
{
	res->ph = ph;
	return ph;
}

/* Seed A's rows and what B should read of them; -1 (the generator's fault) when they do not fit. */
static int seed_rows(PGconn *conn, rpair *p, rrows *rows, rexpect *ex, rresult *res)
{
	if (rows_seed(conn, &p->a, rows, &res->msg) || rows_expect(conn, &p->a, &p->b, rows, ex, &res->msg)) {
		res->generator = true;
		fail_at(res, P_SEED);
		return -1;
	}
	return 0;
}

/* Run the round trip of the pair; res says where it failed.  `m`: a fault to inject (self-test). */
void run_pair(PGconn *conn, rpair *p, mutation m, bool verbose, rresult *res, bool *mutated)
{
	result_init(res);
	write_yaml(&res->ya, &p->a);
	write_yaml(&res->yb, &p->b);
	if (verbose) /* stdio: cmocka's print_message cuts long messages */
		printf("---- A\n%s---- B\n%s", res->ya.data, res->yb.data);
	sg_schema *ma = load_yaml("A.yaml", res->ya.data, &res->msg);
	sg_schema *mb = ma ? load_yaml("B.yaml", res->yb.data, &res->msg) : NULL;
	rrows rows;
	rexpect ex;
	rows_choose(&rows, &p->a, &p->b, p->nrows, p->seed);
	memset(&ex, 0, sizeof(ex));
	difftest_plan plan, plan_a;
	memset(&plan, 0, sizeof(plan));
	memset(&plan_a, 0, sizeof(plan_a));
	char *cat_a = NULL, *back = NULL, *cat_models = NULL, *out_before = NULL, *out_now = NULL;
	bool hand_seen = false;
	if (!mb) {
		fail_at(res, P_MODEL);
		goto out;
	}
	if (exec_sql(conn,
		     "SET client_min_messages = warning; SET TimeZone = 'UTC'; DROP SCHEMA public CASCADE; "
		     "CREATE SCHEMA public",
		     &res->msg) ||
	    difftest_plan_try(&plan_a, conn, ma, false, NULL, &res->msg) ||
	    difftest_apply_try(conn, &plan_a.steps, false, &res->msg)) {
		fail_at(res, P_CREATE_A);
		goto out;
	}
	/* Fast normalization only: the full one is run after the up, where it matters more (and time is short). */
	if (fixpoint(conn, ma, false, &res->msg)) {
		fail_at(res, P_FIX_A);
		goto out;
	}
	/* Class outside: objects the models do not manage, depending on A's, the same after the up and the down. */
	if (p->outside) {
		outside_sql(p, &res->hand);
		if (verbose)
			printf("---- outside the models\n%s", res->hand.data);
		if (exec_sql(conn, res->hand.data, &res->msg) || !(out_before = outside_state(conn, &res->msg))) {
			res->generator = true;
			fail_at(res, P_HAND);
			goto out;
		}
	}
	/*
	 * The live database altered by hand: the down must come back to it, not
	 * to A.  Rows first, as A's sequences (owned, of serial) take them.
	 */
	if (p->drift && seed_rows(conn, p, &rows, &ex, res))
		goto out;
	if (p->drift) {
		hand_seen = drift_sql(p, &res->hand);
		if (verbose)
			printf("---- by hand\n%s", res->hand.data);
		cat_models = difftest_catalog_text_by_name(conn, "public");
		if (exec_sql(conn, res->hand.data, &res->msg)) {
			res->generator = true;
			fail_at(res, P_HAND);
			goto out;
		}
	}
	cat_a = difftest_catalog_text_by_name(conn, "public");
	if (p->bad) { /* B made bad first: refused, nothing written, nothing changed; then the valid B */
		sg_strbuf bad = SG_STRBUF_INIT;
		int rc = bad_input_run(conn, p, res->yb.data, cat_a, &res->msg, &bad);
		if (rc)
			sg_strbuf_addf(&res->msg, "\n---- B made bad\n%s", bad.data);
		sg_strbuf_release(&bad);
		if (rc) {
			fail_at(res, P_BAD);
			goto out;
		}
	}
	/* Pairs of odd seeds are planned --online: their steps and downs go through the same round trip. */
	sg_diff_options dopts = {.online = p->seed % 2 == 1};
	if (difftest_plan_try(&plan, conn, mb, false, &dopts, &res->msg)) {
		res->refused = strncmp(res->msg.data, "refused: ", 9) == 0;
		if (!res->refused)
			fail_at(res, P_PLAN);
		goto out;
	}
	if (cat_models && !hand_seen && plan.plan->nops != 0) {
		sg_strbuf_addf(&res->msg,
			       "only a serial's sequence was renamed by hand (a serial matches any nextval() "
			       "default, docs/diff.md), the plan still changes:\n%s",
			       plan.up.data);
		fail_at(res, P_NO_CHANGE);
		goto out;
	}
	if (cat_models && hand_seen && plan.plan->nops == 0 && strcmp(cat_models, cat_a) != 0) {
		sg_strbuf_addf(&res->msg,
			       "the database was altered by hand, the diff plans nothing\n--- models\n%s--- "
			       "altered\n%s",
			       cat_models, cat_a);
		fail_at(res, P_PLAN);
		goto out;
	}
	if (p->no_change && plan.plan->nops != 0) {
		sg_strbuf_addf(&res->msg, "B only spells A another way, the plan still changes:\n%s", plan.up.data);
		fail_at(res, P_NO_CHANGE);
		goto out;
	}
	sg_strbuf_adds(&res->up, plan.up.data);
	sg_strbuf_adds(&res->down, plan.down.data);
	if (verbose)
		printf("---- up\n%s---- down\n%s", plan.up.data, plan.down.data);
	if (!p->drift && seed_rows(conn, p, &rows, &ex, res))
		goto out;
	sg_strbuf_adds(&res->inserts, rows.inserts.data);
	for (int ti = 0; ti < rows.ntables; ti++) {
		int n = 0;
		for (int r = 0; r < rows.t[ti].nrows; r++)
			n += rows.t[ti].present[r];
		res->rows += n;
		res->empty_tables += n == 0;
	}
	res->tables = rows.ntables;
	if (migrate(conn, &plan.steps, false, p->foreign_zone, &res->msg)) {
		fail_at(res, P_UP);
		sg_strbuf why = SG_STRBUF_INIT;
		if (b_refuses_rows(conn, p, &ex, &why)) {
			res->generator = true;
			sg_strbuf_addf(&res->msg, "\nbut B created from empty refuses these rows too: %s", why.data);
		}
		sg_strbuf_release(&why);
		goto out;
	}
	if (m == M_UP_VIEW)
		*mutated = mutate(conn, p, &rows, &ex, m, &res->msg);
	if (fixpoint(conn, mb, true, &res->msg)) {
		fail_at(res, P_FIX_UP);
		goto out;
	}
	if (out_before && (!(out_now = outside_state(conn, &res->msg)) || strcmp(out_before, out_now) != 0)) {
		sg_strbuf_addf(&res->msg, "after the up, schema sg_ext is not as it was\n--- before\n%s\n--- after\n%s",
			       out_before, out_now ? out_now : "");
		fail_at(res, P_FIX_UP);
		goto out;
	}
	if (p->renames_only && renames_only(plan.up.data, &res->msg)) {
		fail_at(res, P_RENAMES);
		goto out;
	}
	if (m == M_UP_VALUE)
		*mutated = mutate(conn, p, &rows, &ex, m, &res->msg);
	if (rows_compare(conn, &p->b, &p->a, &ex, false, &res->msg)) {
		fail_at(res, P_ROWS_UP);
		goto out;
	}
	if (sequences_check(conn, &p->b, &res->msg) || serial_names_check(conn, &p->b, &p->a, &res->msg) ||
	    rows_probe(conn, &p->b, &p->a, &p->b, &rows, &res->msg)) {
		fail_at(res, P_SEQ_UP);
		goto out;
	}
	sg_down_mark_kind mark = down_mark(&plan.steps);
	if (mark == SG_DOWN_MARK_MISPLACED) {
		sg_strbuf_adds(&res->msg, "a down file has its irreversible mark after its first statement");
		fail_at(res, P_DOWN);
		goto out;
	}
	if (mark == SG_DOWN_MARK_IRREVERSIBLE) {
		res->down_skipped = true;
		goto out;
	}
	/*
	 * Class outside: a down that says it fails while an object outside the
	 * models depends on what it drops (docs/diff.md) runs as it says to, once
	 * that object is gone; sg_ext is then not compared.
	 */
	if (out_before && strstr(plan.down.data, "which the models do not manage")) {
		if (exec_sql(conn, "DROP SCHEMA sg_ext CASCADE", &res->msg)) {
			fail_at(res, P_DOWN);
			goto out;
		}
		free(out_before);
		out_before = NULL;
		res->outside_dropped = true;
	}
	PQnoticeProcessor old = PQsetNoticeProcessor(conn, keep_notice, &res->warnings);
	int down_rc = migrate(conn, &plan.steps, true, p->foreign_zone, &res->msg);
	PQsetNoticeProcessor(conn, old, NULL);
	if (down_rc) {
		fail_at(res, P_DOWN);
		goto out;
	}
	/*
	 * A down that warned could not restore part of A on a table with rows
	 * (a NOT NULL, a key, a valid foreign key): the next diff shows what is
	 * left, by design.  The rows are still compared; the caller runs the
	 * pair again without rows, where the down must restore A exactly.
	 */
	res->down_guarded = res->warnings.len > 0;
	if (m != M_NONE && m != M_UP_VALUE && m != M_UP_VIEW)
		*mutated = mutate(conn, p, &rows, &ex, m, &res->msg);
	if (!res->down_guarded && (p->drift ? same_up_again(conn, mb, &dopts, plan.up.data, &res->msg)
					    : fixpoint(conn, ma, false, &res->msg))) {
		fail_at(res, P_FIX_DOWN);
		goto out;
	}
	back = difftest_catalog_text_by_name(conn, "public");
	if (!res->down_guarded && strcmp(cat_a, back) != 0) {
		sg_strbuf_addf(&res->msg, "the catalog after the down is not A's\n--- A\n%s--- after the down\n%s",
			       cat_a, back);
		fail_at(res, P_CATALOG_DOWN);
		goto out;
	}
	free(out_now);
	out_now = NULL;
	if (out_before && (!(out_now = outside_state(conn, &res->msg)) || strcmp(out_before, out_now) != 0)) {
		sg_strbuf_addf(&res->msg,
			       "after the down, schema sg_ext is not as it was\n--- before\n%s\n--- after\n%s",
			       out_before, out_now ? out_now : "");
		fail_at(res, P_CATALOG_DOWN);
		goto out;
	}
	if (rows_compare(conn, &p->a, &p->a, &ex, true, &res->msg)) {
		fail_at(res, P_ROWS_DOWN);
		goto out;
	}
	if (sequences_check(conn, &p->a, &res->msg) || serial_names_check(conn, &p->a, &p->b, &res->msg) ||
	    rows_probe(conn, &p->a, &p->a, &p->b, &rows, &res->msg)) {
		fail_at(res, P_SEQ_DOWN);
		goto out;
	}
	/* The migrations as CI checks them (no rows there): replayed, compared with B, every down run. */
	if (random_check_every > 0 && p->seed % (uint64_t)random_check_every == 0 && m == M_NONE && !p->drift &&
	    !p->ledger && !res->down_guarded && random_check(&plan_a.steps, &plan.steps, res->yb.data, &res->msg))
		fail_at(res, P_CHECK);
	/* The same pair through the command lines, with another ledger table (and its own check). */
	if (res->ph == P_OK && p->ledger && m == M_NONE && !p->drift && !p->bad && !p->foreign_zone &&
	    !res->down_guarded && ledger_run(conn, p, res->ya.data, res->yb.data, &res->msg))
		fail_at(res, P_LEDGER);
out:
	if (res->ph != P_OK && !res->inserts.len)
		sg_strbuf_adds(&res->inserts, rows.inserts.data);
	difftest_plan_release(&plan);
	difftest_plan_release(&plan_a);
	rows_expect_release(&ex);
	rows_release(&rows);
	free(cat_a);
	free(back);
	free(cat_models);
	if (p->outside) {
		sg_strbuf ignored = SG_STRBUF_INIT;
		exec_sql(conn, "DROP SCHEMA IF EXISTS sg_ext CASCADE", &ignored);
		sg_strbuf_release(&ignored);
	}
	free(out_before);
	free(out_now);
	sg_schema_free(ma);
	sg_schema_free(mb);
}
