/*
 * One pair of the randomized diff suite (test_diff_random.c) run through its
 * round trip against a real server (random_run.c): A created from empty,
 * rows seeded, the plan A -> B applied and checked, its down applied and
 * checked, `schemagen check` on some pairs; where it failed, with what.  A
 * deliberate fault may be injected to prove that the checks catch it.
 */
#ifndef SG_TEST_RANDOM_RUN_H
#define SG_TEST_RANDOM_RUN_H

#include <libpq-fe.h>

#include "random_pair.h"
#include "strbuf.h"

typedef enum phase {
	P_OK = 0,
	P_MODEL, /* the generator wrote a model the loader refuses */
	P_SEED,	 /* the generator's rows do not fit A, or do not convert */
	P_CREATE_A,
	P_FIX_A,
	P_HAND, /* class drift: the generator's hand-run SQL fails */
	P_BAD,	/* class bad_input: B made bad is not refused as it should be */
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
	P_LEDGER, /* through the command lines with another ledger table (random_ledger.c) */
	P_COUNT
} phase;

/* The phases by name, for the reports. */
extern const char *const phase_names[P_COUNT];

typedef struct rresult {
	phase ph;
	bool generator;	      /* B refuses the rows the up should have kept: the generator's fault */
	bool down_skipped;    /* the down file declares itself irreversible */
	bool refused;	      /* the diff refused the plan (exit 2, docs/diff.md): not applied, counted apart */
	bool down_guarded;    /* the down warned that rows kept it from restoring part of A (schemagen: ...) */
	bool outside_dropped; /* class outside: the down's hazard named an object outside the models, dropped first */
	int rows, tables, empty_tables; /* seeded: rows, A's tables, those of them left without rows */
	sg_strbuf msg, ya, yb, up, down, inserts, warnings;
	sg_strbuf hand; /* class drift: the SQL run by hand on A before the diff */
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

/* SG_RANDOM_CHECK: the pairs whose seed it divides also go through `schemagen check` (0: none). */
extern long random_check_every;

void result_init(rresult *r);
void result_release(rresult *r);

/*
 * Run the round trip of pair p on conn (its public schema is dropped and
 * created again); res (initialized here, released by the caller) says where
 * it failed and holds the models, the plan and the rows.  `m`: a fault to
 * inject (self-test), *mutated set when the pair had something it applies to.
 */
void run_pair(PGconn *conn, rpair *p, mutation m, bool verbose, rresult *res, bool *mutated);

/*
 * Pair p (its models as YAML text) run through the command lines with a
 * ledger table of another name, in a database of its own on conn's server
 * (random_ledger.c): 0, or -1 with what failed in msg.
 */
int ledger_run(PGconn *conn, rpair *p, const char *yaml_a, const char *yaml_b, sg_strbuf *msg);

#endif
