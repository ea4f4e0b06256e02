/*
 * Randomized round trips of the diff against a real server.  A seeded
 * generator (random_model.c) builds a random schema A: tables, columns of
 * many types and spellings, defaults, nullability, identity and serial
 * columns, collations, stored generated columns, keys, checks, indexes,
 * foreign keys with cycles and self-references, enums; the classes that need
 * them add functions and procedures (called by defaults, checks, expression
 * indexes, views), triggers, views and materialized views (random_code.c),
 * domains and sequences with what reads them: casts to domains in checks,
 * index expressions, generated columns and defaults, bodies that read
 * sequences, call other functions or count a view's rows, argument defaults
 * that call functions (random_links.c); keys retyped with every column that
 * references them, serial keys retyped, serial/sequence swaps, and pairs run
 * through the command lines with another ledger table (random_keys.c,
 * random_ledger.c); other domains' defaults and checks, triggers' WHENs and
 * functions that name a domain or an enum renamed or re-created, and objects
 * of another schema the models do not manage that depend on A's
 * (random_typerefs.c, random_classes_typerefs.c, random_outside.c).
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
 *   SG_RANDOM_EXTRA    the default run's pairs of EXTRA_CLASSES after those (default 13)
 *   SG_RANDOM_LEDGER   the pairs whose seed it divides (default 0: none; class
 *                      ledger's always) also run through the command lines
 *                      with another ledger table (random_ledger.c)
 *   SG_RANDOM_CLASSES  "default", "all", or a comma list of class names; a
 *                      pair's class is a function of its seed among them
 *   SG_RANDOM_ROWS     rows per table (default 3, at most 4)
 *   SG_RANDOM_SHRINK=0 do not shrink a failure to a minimal pair
 *   SG_RANDOM_STOP=1   stop at the first failure
 *   SG_RANDOM_VERBOSE=1 print every pair's models and plan
 *   SG_RANDOM_CHECK    the pairs whose seed it divides (default 8; 1: all, 0: none)
 *                      also run `schemagen check` over the migrations that
 *                      build A and take it to B (random_check.c)
 * The driver is this file (classes to draw from, shrinking, the report);
 * the round trip of one pair is random_run.c.
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
#include "random_run.h"

/*
 * The classes the default run draws from.  Not in it: domains and sequences (by name, or
 * SG_RANDOM_CLASSES=all).
 */
#define DEFAULT_CLASSES                                                                                                \
	"base,identity,identity_combo,rename_retype,table_rename_retype,collation,rename_collation,generated,"         \
	"generated_dep,generated_toggle,rename_generated,enum_retype,enum_values_renamed,enum_fk,drop_rename_same,"    \
	"rename_names,validity,zone,enum_value_use,retype_keys,pk_swap,drop_referenced,drop_notnull,"                  \
	"generated_new_dep,mix,mix_destructive,functions,triggers,trigger_kinds,view_triggers,views,views_deps,"       \
	"views_enum_add,code_spelling,domain_casts,function_links,combined"

/*
 * The classes of sessions 8 to 10, run by the default run as a few pairs of
 * their own after the others (SG_RANDOM_EXTRA, default 13: the first three 2
 * pairs each, the others one), round robin: adding them to the list above
 * would give seeds 1-80 other classes.
 */
#define EXTRA_CLASSES                                                                                                  \
	"drift,identity_options,bad_input,fk_retype,serial_retype,seq_swap,ledger,domain_users,enum_users,outside"

/* ---- pairs ---- */

static uint64_t mix64(uint64_t x)
{
	x ^= 0xC1A55E5C1A55E5ull;
	x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
	x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
	return x ^ (x >> 31);
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
	    "---- error\n%s\n---- A.yaml\n%s---- B.yaml\n%s%s%s---- rows seeded in A\n%s---- up\n%s---- down\n%s==== "
	    "end\n",
	    r->msg.data, r->ya.data, r->yb.data, r->hand.len ? "---- run by hand on A before the diff\n" : "",
	    r->hand.data, r->inserts.data, r->up.data, r->down.data);
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
	random_check_every = env_long("SG_RANDOM_CHECK", 8);
	long ledger_every = env_long("SG_RANDOM_LEDGER", 0);
	bool on[64] = {0};
	int enabled[64], nenabled = 0;
	const char *spec = getenv("SG_RANDOM_CLASSES");
	parse_classes(on, spec);
	for (int i = 0; i < NCLASSES; i++)
		if (on[i])
			enabled[nenabled++] = i;
	bool extra_on[64] = {0};
	int extra[64], nextra = 0;
	long extras = !spec || !spec[0] || strcmp(spec, "default") == 0 ? env_long("SG_RANDOM_EXTRA", 13) : 0;
	parse_classes(extra_on, EXTRA_CLASSES);
	for (int i = 0; i < NCLASSES; i++)
		if (extra_on[i])
			extra[nextra++] = i;
	long runs[64] = {0}, failures[64] = {0}, refusals[64] = {0}, skipped_downs = 0, guarded_downs = 0,
	     total_failures = 0;
	long seeded_rows = 0, seeded_tables = 0, empty_tables = 0;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	static rpair p;
	for (long i = 0; i < pairs + extras; i++) {
		uint64_t s = seed + (uint64_t)(i < pairs ? i : i - pairs);
		int k = i < pairs ? enabled[mix64(s) % (uint64_t)nenabled] : extra[(i - pairs) % nextra];
		if (verbose)
			print_message("pair %ld: SG_RANDOM_SEED=%llu SG_RANDOM_CLASSES=%s\n", i + 1,
				      (unsigned long long)s, rclasses[k].name);
		make_pair(&p, s, k, nrows);
		if (ledger_every > 0 && s % (uint64_t)ledger_every == 0)
			p.ledger = true;
		rresult r;
		bool mutated = false;
		run_pair(conn, &p, M_NONE, verbose, &r, &mutated);
		runs[k]++;
		refusals[k] += r.refused;
		if (r.refused) /* every one: a report names the seeds */
			print_message("class %s, seed %llu: %s\n", rclasses[k].name, (unsigned long long)s, r.msg.data);
		skipped_downs += r.down_skipped;
		if (r.outside_dropped) /* documented: the down fails while that object exists (docs/diff.md) */
			print_message("class %s, seed %llu: the down's irreversible hazard names an object outside the "
				      "models: schema sg_ext dropped before the down\n",
				      rclasses[k].name, (unsigned long long)s);
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
	    pairs + extras, (unsigned long long)seed, secs, total_failures, skipped_downs, guarded_downs);
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
