/*
 * The order functions are created in: a function whose creation resolves
 * the functions it calls (an argument's default, a BEGIN ATOMIC or RETURN
 * body) comes after those it calls.  Used by the scratch schema and by a
 * plan's creates (drops run it backwards).  Pure text; no I/O.
 */
#ifndef SG_FUNCTION_ORDER_H
#define SG_FUNCTION_ORDER_H

#include <stddef.h>

#include "schema.h"

/*
 * s->nfunctions indices into s->functions, callees first, otherwise in the
 * schema's order; malloc'd (the caller frees), NULL when out of memory.
 * Calls are names followed by `(` outside string literals, dollar-quoted
 * bodies and comments (a string body resolves its calls when it runs); a
 * cycle is broken where it closes.
 */
size_t *sg_function_order(const sg_schema *s);

#endif
