/*
 * A pair of the randomized diff suite: schema A, its edit B by one change
 * class, and how many rows each table of A gets.  Made from a seed; cut down
 * piece by piece when a failure is shrunk to a minimal reproduction.
 */
#ifndef SG_TEST_RANDOM_PAIR_H
#define SG_TEST_RANDOM_PAIR_H

#include <libpq-fe.h>

#include "random_edit.h"

typedef struct rpair {
	uint64_t seed;
	int klass;
	bool renames_only, foreign_zone, no_change; /* what the class promised (rfocus) */
	int bad;     /* class bad_input: the bad object injected into B's text before a first diff (random_bad.c) */
	int drift;   /* class drift: the kinds of hand-run SQL applied to A before the diff (random_drift.c) */
	bool ledger; /* also run through the command lines with another ledger table (random_ledger.c) */
	/* Class outside: objects outside the models created in schema sg_ext once A exists (random_outside.c). */
	int outside;
	int out_tid, out_cid; /* the table and column of A they read */
	rname out_type;	      /* the domain or enum of A a composite type's attribute has */
	int nrows;
	rschema a, b;
} rpair;

/* The pair of `seed` in class `klass` (an index in rclasses): A, then B as the class edits a copy of A. */
void make_pair(rpair *p, uint64_t seed, int klass, int nrows);

/*
 * Cut candidate `n` out of the pair, in both A and B by id: fewer rows, a
 * table, a column, a constraint or index, B's edits of one column, of one
 * table's name or of one enum's values undone, an unused enum, a table only B
 * has.  False when n is past the last candidate; a candidate may change
 * nothing (the caller compares).
 */
bool pair_remove_nth(rpair *p, int n);

/*
 * The SQL that alters A by hand for p->drift (empty when none; random_drift.c).
 * False when the models cannot see it (only a serial's sequence renamed): the plan must be empty.
 */
bool drift_sql(const rpair *p, sg_strbuf *sql);

/*
 * Class bad_input: B's YAML made bad (into bad_yaml) and given to `schemagen
 * diff --write` against conn's database, whose catalog was cat_before: 0 when
 * it exits 2 naming the file and the line:column of the injected fault,
 * writes no migration and changes nothing; else -1 with msg.
 */
int bad_input_run(PGconn *conn, const rpair *p, const char *yaml_b, const char *cat_before, sg_strbuf *msg,
		  sg_strbuf *bad_yaml);

/* Class outside: the SQL that creates p->outside's objects in schema sg_ext (random_outside.c). */
void outside_sql(const rpair *p, sg_strbuf *sql);
/*
 * Class outside: what sg_ext holds, as text (its relations with their
 * columns, its functions, the rows its views and functions give); NULL on
 * an error (in err).  Equal before and after the up and the down: the plan
 * never takes them away.
 */
char *outside_state(PGconn *conn, sg_strbuf *err);

#endif
