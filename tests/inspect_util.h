/*
 * Helpers of the `schemagen inspect` unit suites (inspect_util.c).
 */
#ifndef SG_TEST_INSPECT_UTIL_H
#define SG_TEST_INSPECT_UTIL_H

#include "inspect.h"
#include "model.h"

/* The models the files of r hold, loaded (the test fails, printing the errors, when they do not load). */
sg_schema *load_result(const sg_inspect_result *r);
/* Every table, enum and extension of `want` loads back from the models exactly (verbatim.h), names included. */
void assert_loads_back_verbatim(const sg_inspect_result *r, const sg_schema *want, const char *skip_table);

#endif
