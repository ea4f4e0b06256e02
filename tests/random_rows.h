/*
 * Rows for the randomized diff suite: before a step A -> B, every table of A
 * gets a few rows whose values satisfy both A and B (NOT NULL, CHECK, UNIQUE,
 * foreign keys, enum labels, type limits: a value of a column that changes
 * type is exact in both types), NULLs where both allow them, values near the
 * types' limits.  The rows are read back as text (the snapshot); after the
 * up and after the down, every column that survives is compared with the
 * snapshot converted along the way (A -> B, A -> B -> A) by the server's own
 * casts.  Columns that cannot keep their values are left out: dropped ones,
 * and generated ones (computed, not stored data).
 */
#ifndef SG_TEST_RANDOM_ROWS_H
#define SG_TEST_RANDOM_ROWS_H

#include <libpq-fe.h>

#include "random_model.h"

#define MAXR 4 /* rows per table at most; row MAXR is the probe's */
#define VALLEN 128

typedef struct rcell {
	bool null;
	char v[VALLEN];
} rcell;

/* The rows of one table of A, by A's column index. */
typedef struct rtrows {
	int table_id;
	int nrows;
	bool present[MAXR];
	rcell cells[MAXR + 1][MAXC]; /* row MAXR: the probe's */
} rtrows;

/* Rows for A's tables (parallel to a->tables), and their snapshot once seeded. */
typedef struct rrows {
	rtrows t[MAXT];
	int ntables;
	char **snap[MAXT]; /* nrows x ncols texts of the seeded rows (NULL for SQL NULL), all of A's columns */
	int snap_rows[MAXT];
	sg_strbuf inserts; /* the INSERT statements, for a reproduction */
} rrows;

/* Choose up to nrows rows per table of A that satisfy A and B.  Call rows_release after. */
void rows_choose(rrows *out, rschema *a, rschema *b, int nrows, uint64_t seed);
void rows_release(rrows *r);

/*
 * Insert the rows into A's tables (already created in the database), check
 * A's foreign keys over them, move every sequence of A past its column's
 * values, and read the snapshot.  0, or -1 with the reason in err (a fault
 * of the generator, not of the diff).
 */
int rows_seed(PGconn *conn, rschema *a, rrows *r, sg_strbuf *err);

/*
 * What the rows must read after the up (in B) and after the down (back in
 * A), computed from the snapshot by the server's casts along the way.  Per
 * table of A: the columns compared (ids), and nrows x ncols texts.
 */
typedef struct rexp_table {
	bool compared; /* false: the table is not compared (dropped, or new) */
	int ncols;
	int col_ids[MAXC];
	int nrows;
	char **vals; /* nrows x ncols, NULL for SQL NULL */
} rexp_table;

typedef struct rexpect {
	rexp_table up[MAXT], down[MAXT]; /* by A's table index */
} rexpect;

/* 0, or -1 when a value does not convert (a fault of the generator, before anything ran). */
int rows_expect(PGconn *conn, rschema *a, rschema *b, const rrows *r, rexpect *out, sg_strbuf *err);
void rows_expect_release(rexpect *e);

/* Compare the database's rows with the expectation (after the up: in B; after the down: in A). */
int rows_compare(PGconn *conn, rschema *now, rschema *a, const rexpect *e, bool after_down, sg_strbuf *err);

/*
 * Insert the rows as the up should have converted them into B's tables in
 * schema `schema` (B created there from empty), then check B's foreign keys
 * over them: 0 when B accepts them, -1 with the reason.
 */
int rows_insert_expected(PGconn *conn, const char *schema, rschema *b, rschema *a, const rexpect *e, sg_strbuf *why);

/*
 * Insert one more row into every table of `now` whose identity or serial key
 * has rows, letting the sequence give the key, then roll it back: fails
 * when a sequence is behind the values (the next insert hits a duplicate).
 */
int rows_probe(PGconn *conn, rschema *now, rschema *a, rschema *b, rrows *r, sg_strbuf *err);

/* Fail when a sequence of the schema serves no identity and no default (left behind), the models' own aside. */
int sequences_check(PGconn *conn, const rschema *models, sg_strbuf *err);

/*
 * Every serial column of `now` that is not serial in `other` (new, or made
 * serial by the step) has the sequence serial names TABLE_COLUMN_seq: not a
 * `_seq1` beside a sequence of that name the plan drops too late.
 */
int serial_names_check(PGconn *conn, rschema *now, rschema *other, sg_strbuf *err);

#endif
