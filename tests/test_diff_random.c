/*
 * Randomized round trips of the diff against a real server.  A seeded
 * generator (random_model.c) builds a random schema A: tables, columns of
 * many types and spellings, defaults, nullability, identity and serial
 * columns, collations, stored generated columns, keys, checks, indexes,
 * foreign keys with cycles and self-references, enums; the classes that need
 * them add functions and procedures (called by defaults, checks, expression
 * indexes, views), triggers, views and materialized views (random_code.c).
 * A change class
 * (random_classes.c) then edits a copy into B, combining several changes on the
 * same table and column in one step: renames with type, collation, default
 * and nullability changes, columns becoming or stopping being generated,
 * identity <-> serial <-> plain, enum -> other enum, enum values changed under
 * renamed or dropped columns, a column dropped and another renamed to its
 * name...  For each pair, as models (YAML text):
 *   1. A is created from an empty schema by a plan, which reaches a fixpoint
 *      (fast normalization);
 *   2. rows are seeded (random_rows.c): values that A and B both accept,
 *      NULLs where both allow them, values near the types' limits;
 *   3. a plan the diff refuses (exit 2: a function re-created under a caller
 *      that stays, docs/diff.md) is counted apart and not applied; a pair
 *      that only spells A another way must have an empty plan;
 *      the plan A -> B is applied (class zone: in a session at +05:30, rows
 *      are still read in UTC); a second diff finds nothing (fast and full
 *      normalization); the rows read as the snapshot converted to B; the
 *      next insert through an identity or serial key works; no sequence is
 *      left behind; a pair of renames only has an up of renames only;
 *   4. its down SQL is applied (unless the file says -- schemagen:irreversible);
 *      a diff against A finds nothing, the catalog is A's (columns compared by
 *      name: PostgreSQL cannot reorder them), the rows and sequences are back.
 *      A down that warns (`schemagen: ...`) that the rows kept it from
 *      restoring part of A (docs/diff.md, downs on tables with rows) is let off
 *      the diff and catalog checks, and the pair runs again without rows, where
 *      it must restore A exactly.
 *   5. on some pairs (SG_RANDOM_CHECK), `schemagen check` replays the
 *      migrations that build A and take it to B into a scratch database,
 *      compares it with B and runs every down (random_check.c).
 * Pairs of odd seeds plan A -> B with --online (lock-friendly forms, more steps).
 * Expressions whose deparsed text is not a fixpoint are left to
 * test_diff_spelling (docs/diff.md).
 *
 * Environment:
 *   SG_RANDOM_SEED     first pair's seed (default 1); pairs take consecutive seeds
 *   SG_RANDOM_PAIRS    how many pairs (default 80)
 *   SG_RANDOM_CLASSES  "default", "all", or a comma list of class names; a
 *                      pair's class is a function of its seed among them
 *   SG_RANDOM_ROWS     rows per table (default 3, at most 4)
 *   SG_RANDOM_SHRINK=0 do not shrink a failure to a minimal pair
 *   SG_RANDOM_STOP=1   stop at the first failure
 *   SG_RANDOM_VERBOSE=1 print every pair's models and plan
 *   SG_RANDOM_CHECK    the pairs whose seed it divides (default 8; 1: all, 0: none)
 *                      also run `schemagen check` over the migrations that
 *                      build A and take it to B (random_check.c)
 * A failure prints its seed and class (SG_RANDOM_SEED=N SG_RANDOM_PAIRS=1
 * SG_RANDOM_CLASSES=c reproduces it), the pair shrunk to what still fails the
 * same way: both models as YAML, the rows, the up and down SQL, the error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "diff_util.h"
#include "down_marks.h"
#include "emit.h"
#include "model.h"
#include "random_edit.h"
#include "random_check.h"
#include "random_pair.h"
#include "random_model.h"
#include "random_rows.h"

/*
 * The classes the default run draws from.  Not in it: domains and sequences (by name, or
 * SG_RANDOM_CLASSES=all).
 */
#define DEFAULT_CLASSES                                                                                                \
	"base,identity,identity_combo,rename_retype,table_rename_retype,collation,rename_collation,generated,"         \
	"generated_dep,generated_toggle,rename_generated,enum_retype,enum_values_renamed,enum_fk,drop_rename_same,"    \
	"rename_names,validity,zone,enum_value_use,retype_keys,pk_swap,drop_referenced,drop_notnull,"                  \
	"generated_new_dep,mix,mix_destructive,functions,triggers,trigger_kinds,view_triggers,views,views_deps,"       \
	"views_enum_add,code_spelling"

typedef enum phase {
	P_OK = 0,
	P_MODEL, /* the generator wrote a model the loader refuses */
	P_SEED,	 /* the generator's rows do not fit A, or do not convert */
	P_CREATE_A,
	P_FIX_A,
	P_PLAN,
	P_UP,
	P_FIX_UP,
	P_RENAMES,
	P_NO_CHANGE,
	P_ROWS_UP,
	P_SEQ_UP,
	P_DOWN,
	P_FIX_DOWN,
	P_CATALOG_DOWN,
	P_ROWS_DOWN,
	P_SEQ_DOWN,
	P_CHECK,
	P_COUNT
} phase;

static const char *const phase_names[P_COUNT] = {
    "ok",
    "generator: invalid model",
    "generator: rows",
    "create A",
    "fixpoint after A",
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
};

typedef struct rresult {
	phase ph;
	bool generator;	   /* B refuses the rows the up should have kept: the generator's fault */
	bool down_skipped; /* the down file declares itself irreversible */
	bool refused;	   /* the diff refused the plan (exit 2, docs/diff.md): not applied, counted apart */
	bool down_guarded; /* the down warned that rows kept it from restoring part of A (schemagen: ...) */
	int rows, tables, empty_tables; /* seeded: rows, A's tables, those of them left without rows */
	sg_strbuf msg, ya, yb, up, down, inserts, warnings;
} rresult;

/* Deliberate faults, to prove that the checks catch them (test_diff_random__catches). */
typedef enum mutation {
	M_NONE = 0,
	M_UP_VALUE,	 /* after the up, a compared value changes */
	M_DOWN_ROW,	 /* after the down, a row is gone */
	M_DOWN_VALUE,	 /* after the down, a compared value becomes NULL */
	M_DOWN_COLUMN,	 /* after the down, a column too many */
	M_DOWN_SEQUENCE, /* after the down, an identity sequence starts again at 1 */
	M_UP_VIEW,	 /* after the up, a view of B is dropped */
	M_DOWN_FUNCTION, /* after the down, a function of A gets another body */
	M_DOWN_TRIGGER,	 /* after the down, a trigger of A is disabled */
} mutation;

static void result_init(rresult *r)
{
	memset(r, 0, sizeof(*r));
	sg_strbuf_init(&r->msg);
	sg_strbuf_init(&r->ya);
	sg_strbuf_init(&r->yb);
	sg_strbuf_init(&r->up);
	sg_strbuf_init(&r->down);
	sg_strbuf_init(&r->inserts);
	sg_strbuf_init(&r->warnings);
}

static void result_release(rresult *r)
{
	sg_strbuf_release(&r->msg);
	sg_strbuf_release(&r->ya);
	sg_strbuf_release(&r->yb);
	sg_strbuf_release(&r->up);
	sg_strbuf_release(&r->down);
	sg_strbuf_release(&r->inserts);
	sg_strbuf_release(&r->warnings);
}

/* ---- pairs ---- */

static uint64_t mix64(uint64_t x)
{
	x ^= 0xC1A55E5C1A55E5ull;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
	return x ^ (x >> 31);
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

/* SG_RANDOM_CHECK: the pairs whose seed it divides also go through `schemagen check` (0: none). */
static long check_every = 8;

static phase fail_at(rresult *res, phase ph)
{
	res->ph = ph;
	return ph;
}

/* Run the round trip of the pair; res says where it failed.  `m`: a fault to inject (self-test). */
static void run_pair(PGconn *conn, rpair *p, mutation m, bool verbose, rresult *res, bool *mutated)
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
	char *cat_a = NULL, *back = NULL;
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
	cat_a = difftest_catalog_text_by_name(conn, "public");
	/* Pairs of odd seeds are planned --online: their steps and downs go through the same round trip. */
	sg_diff_options dopts = {.online = p->seed % 2 == 1};
	if (difftest_plan_try(&plan, conn, mb, false, &dopts, &res->msg)) {
		res->refused = strncmp(res->msg.data, "refused: ", 9) == 0;
		if (!res->refused)
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
	if (rows_seed(conn, &p->a, &rows, &res->msg) || rows_expect(conn, &p->a, &p->b, &rows, &ex, &res->msg)) {
		res->generator = true;
		fail_at(res, P_SEED);
		goto out;
	}
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
	if (sequences_check(conn, &p->b, &res->msg) || rows_probe(conn, &p->b, &p->a, &p->b, &rows, &res->msg)) {
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
	if (!res->down_guarded && fixpoint(conn, ma, false, &res->msg)) {
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
	if (rows_compare(conn, &p->a, &p->a, &ex, true, &res->msg)) {
		fail_at(res, P_ROWS_DOWN);
		goto out;
	}
	if (sequences_check(conn, &p->a, &res->msg) || rows_probe(conn, &p->a, &p->a, &p->b, &rows, &res->msg)) {
		fail_at(res, P_SEQ_DOWN);
		goto out;
	}
	/* The migrations as CI checks them (no rows there): replayed, compared with B, every down run. */
	if (check_every > 0 && p->seed % (uint64_t)check_every == 0 && m == M_NONE && !res->down_guarded &&
	    random_check(&plan_a.steps, &plan.steps, res->yb.data, &res->msg))
		fail_at(res, P_CHECK);
out:
	if (res->ph != P_OK && !res->inserts.len)
		sg_strbuf_adds(&res->inserts, rows.inserts.data);
	difftest_plan_release(&plan);
	difftest_plan_release(&plan_a);
	rows_expect_release(&ex);
	rows_release(&rows);
	free(cat_a);
	free(back);
	sg_schema_free(ma);
	sg_schema_free(mb);
}

/* ---- shrinking a failure ---- */

/* The first line of the message without names, numbers and details: the kind of failure. */
static void signature(char *out, size_t len, const rresult *r)
{
	size_t k = 0;
	bool quoted = false;
	for (const char *p = r->msg.data; *p && *p != '\n' && (*p != '(' || quoted) && k + 1 < len; p++) {
		if (*p == '"' || *p == '\'') {
			quoted = !quoted;
			continue;
		}
		if (quoted || (*p >= '0' && *p <= '9'))
			continue;
		out[k++] = *p;
	}
	out[k] = '\0';
}

static bool same_failure(const rresult *x, const rresult *y)
{
	char a[256], b[256];
	signature(a, sizeof(a), x);
	signature(b, sizeof(b), y);
	return x->ph == y->ph && x->generator == y->generator && strcmp(a, b) == 0;
}

/* Shrink the pair while it keeps failing the same way (at most ~limit runs). */
static void shrink(PGconn *conn, rpair *p, rresult *first, int limit)
{
	static rpair trial;
	int runs = 0;
	for (bool progress = true; progress && runs < limit;) {
		progress = false;
		for (int n = 0; runs < limit; n++) {
			trial = *p;
			if (!pair_remove_nth(&trial, n))
				break;
			if (memcmp(&trial, p, sizeof(trial)) == 0)
				continue;
			rresult r;
			bool mutated = false;
			run_pair(conn, &trial, M_NONE, false, &r, &mutated);
			runs++;
			if (!r.refused && same_failure(&r, first)) {
				*p = trial;
				result_release(first);
				*first = r;
				progress = true;
				n--; /* the same index is now the next candidate */
				continue;
			}
			result_release(&r);
		}
	}
}

/* Printed with stdio: cmocka's print_message cuts long messages. */
static void report(const rpair *p, const rresult *r, bool shrunk)
{
	printf("==== FAILURE: class %s, SG_RANDOM_SEED=%llu SG_RANDOM_PAIRS=1 SG_RANDOM_CLASSES=%s SG_RANDOM_ROWS=%d\n",
	       rclasses[p->klass].name, (unsigned long long)p->seed, rclasses[p->klass].name, p->nrows);
	printf("phase: %s%s%s\n", phase_names[r->ph], r->generator ? " (the generator's fault)" : "",
	       shrunk ? " (pair shrunk)" : "");
	printf(
	    "---- error\n%s\n---- A.yaml\n%s---- B.yaml\n%s---- rows seeded in A\n%s---- up\n%s---- down\n%s==== end\n",
	    r->msg.data, r->ya.data, r->yb.data, r->inserts.data, r->up.data, r->down.data);
	fflush(stdout);
}

/* ---- the runs ---- */

/* Parse SG_RANDOM_CLASSES into flags; fails the test on an unknown name. */
static int parse_classes(bool *on, const char *spec)
{
	int n = 0;
	if (!spec || !spec[0] || strcmp(spec, "default") == 0)
		spec = DEFAULT_CLASSES;
	char buf[1024];
	snprintf(buf, sizeof(buf), "%s", spec);
	for (char *tok = strtok(buf, ", "); tok; tok = strtok(NULL, ", ")) {
		if (strcmp(tok, "all") == 0) {
			for (int i = 0; i < NCLASSES; i++)
				on[i] = true;
			continue;
		}
		int k = class_index(tok);
		if (k < 0)
			fail_msg("SG_RANDOM_CLASSES: unknown class '%s'", tok);
		on[k] = true;
	}
	for (int i = 0; i < NCLASSES; i++)
		n += on[i];
	return n;
}

static long env_long(const char *name, long dflt)
{
	const char *v = getenv(name);
	return v && v[0] ? strtol(v, NULL, 10) : dflt;
}

static void test_diff_random__round_trips(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	uint64_t seed = (uint64_t)env_long("SG_RANDOM_SEED", 1);
	long pairs = env_long("SG_RANDOM_PAIRS", 80);
	int nrows = (int)env_long("SG_RANDOM_ROWS", 3);
	bool verbose = env_long("SG_RANDOM_VERBOSE", 0) == 1, do_shrink = env_long("SG_RANDOM_SHRINK", 1) != 0;
	bool stop = env_long("SG_RANDOM_STOP", 0) == 1;
	check_every = env_long("SG_RANDOM_CHECK", 8);
	bool on[64] = {0};
	int enabled[64], nenabled = 0;
	parse_classes(on, getenv("SG_RANDOM_CLASSES"));
	for (int i = 0; i < NCLASSES; i++)
		if (on[i])
			enabled[nenabled++] = i;
	long runs[64] = {0}, failures[64] = {0}, refusals[64] = {0}, skipped_downs = 0, guarded_downs = 0,
	     total_failures = 0;
	long seeded_rows = 0, seeded_tables = 0, empty_tables = 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	static rpair p;
	for (long i = 0; i < pairs; i++) {
		uint64_t s = seed + (uint64_t)i;
		int k = enabled[mix64(s) % (uint64_t)nenabled];
		if (verbose)
			print_message("pair %ld: SG_RANDOM_SEED=%llu SG_RANDOM_CLASSES=%s\n", i + 1,
				      (unsigned long long)s, rclasses[k].name);
		make_pair(&p, s, k, nrows);
		rresult r;
		bool mutated = false;
		run_pair(conn, &p, M_NONE, verbose, &r, &mutated);
		runs[k]++;
		refusals[k] += r.refused;
		if (r.refused && (verbose || refusals[k] == 1))
			print_message("class %s, seed %llu: %s\n", rclasses[k].name, (unsigned long long)s, r.msg.data);
		skipped_downs += r.down_skipped;
		seeded_rows += r.rows;
		seeded_tables += r.tables;
		empty_tables += r.empty_tables;
		if (r.ph == P_OK && r.down_guarded) { /* the same pair without rows: the down restores A exactly */
			guarded_downs++;
			static rpair empty;
			empty = p;
			empty.nrows = 0;
			result_release(&r);
			run_pair(conn, &empty, M_NONE, verbose, &r, &mutated);
			if (r.ph != P_OK || r.down_guarded) {
				p = empty;
				if (r.ph == P_OK) {
					r.ph = P_FIX_DOWN;
					sg_strbuf_addf(&r.msg, "without rows, the down still warns: %s",
						       r.warnings.data);
				}
			}
		}
		if (r.ph != P_OK) {
			failures[k]++;
			total_failures++;
			bool shrunk = do_shrink && failures[k] == 1;
			if (shrunk)
				shrink(conn, &p, &r, 150);
			report(&p, &r, shrunk);
		}
		result_release(&r);
		if (stop && total_failures)
			break;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	print_message(
	    "%ld random pairs from seed %llu in %.1f s, %ld failed; %ld downs declared irreversible, %ld downs "
	    "warned (run again without rows)\n",
	    pairs, (unsigned long long)seed, secs, total_failures, skipped_downs, guarded_downs);
	print_message("%ld rows seeded in %ld tables of A (%ld tables left without rows)\n", seeded_rows, seeded_tables,
		      empty_tables);
	for (int i = 0; i < NCLASSES; i++)
		if (runs[i])
			print_message("  %-20s %4ld pairs %4ld failed %4ld refused  (%s)\n", rclasses[i].name, runs[i],
				      failures[i], refusals[i], rclasses[i].what);
	assert_int_equal(total_failures, 0);
}

/*
 * The checks themselves: a pair run with a deliberate fault (a row deleted, a
 * value changed, a column added, a sequence restarted after the up or the
 * down) must be reported at the phase that looks for it.
 */
static void test_diff_random__catches(void **state)
{
	PGconn *conn = ((sg_test_db *)*state)->conn;
	static const struct {
		mutation m;
		const char *klass;
		phase expect;
	} cases[] = {
	    {M_UP_VALUE, "base", P_ROWS_UP},
	    {M_DOWN_ROW, "base", P_ROWS_DOWN},
	    {M_DOWN_VALUE, "base", P_ROWS_DOWN},
	    {M_DOWN_COLUMN, "base", P_FIX_DOWN},
	    {M_DOWN_SEQUENCE, "base", P_SEQ_DOWN},
	    {M_UP_VIEW, "views", P_FIX_UP},
	    {M_DOWN_FUNCTION, "functions", P_FIX_DOWN},
	    {M_DOWN_TRIGGER, "triggers", P_FIX_DOWN},
	};
	static rpair p;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		int k = class_index(cases[c].klass);
		bool done = false;
		for (uint64_t s = 1; s < 400 && !done; s++) {
			make_pair(&p, s, k, 3);
			rresult r;
			bool mutated = false;
			run_pair(conn, &p, cases[c].m, false, &r, &mutated);
			phase got = r.ph;
			if ((mutated && got != cases[c].expect) || (!mutated && got != P_OK))
				report(&p, &r, false);
			result_release(&r);
			if (mutated && got != cases[c].expect)
				fail_msg("fault %d of seed %llu: expected a failure at '%s', got '%s'", (int)cases[c].m,
					 (unsigned long long)s, phase_names[cases[c].expect], phase_names[got]);
			if (!mutated && got != P_OK)
				fail_msg("seed %llu fails without its fault", (unsigned long long)s);
			if (mutated)
				print_message("fault %d caught at '%s' (seed %llu)\n", (int)cases[c].m,
					      phase_names[got], (unsigned long long)s);
			done = mutated;
		}
		if (!done)
			fail_msg("no pair of class %s could take fault %d", cases[c].klass, (int)cases[c].m);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test_setup_teardown(test_diff_random__catches, sg_test_db_setup, sg_test_db_teardown),
	    cmocka_unit_test_setup_teardown(test_diff_random__round_trips, sg_test_db_setup, sg_test_db_teardown),
	};
	return cmocka_run_group_tests(tests, sg_test_server_setup, sg_test_server_teardown);
}
