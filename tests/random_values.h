/*
 * The row chooser's evaluator (random_values.c), for random_rows.c: whether a
 * row holds the constraints of A or B, computed from the models alone.
 */
#ifndef SG_TEST_RANDOM_VALUES_H
#define SG_TEST_RANDOM_VALUES_H

#include "random_rows.h"

/* Point the evaluator at a pair and its rows (rows_choose does it). */
void values_bind(rschema *a, rschema *b, rrows *r);

/*
 * Whether the probe row (row MAXR) of table `tid` holds every constraint of
 * one side (0: A, 1: B) but its foreign keys and those on a column that
 * `now` fills from a sequence (the insert leaves those to the sequence);
 * false too when a CHECK reads such a column (it holds or not by the value
 * the sequence gives).
 */
bool values_probe_holds(rschema *now, int side, int tid);

#endif
