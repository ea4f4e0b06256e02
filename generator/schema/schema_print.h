/*
 * A stable text form of an sg_schema, one object per line, for golden tests
 * of both producers (the model loader and the catalog reader) and for
 * debugging.  Objects print in the schema's own array order, so sort the
 * schema first (sg_schema_sort) for output that depends only on its content.
 * Positions are not printed.
 */
#ifndef SG_SCHEMA_PRINT_H
#define SG_SCHEMA_PRINT_H

#include "schema.h"
#include "strbuf.h"

/* Append the text form of `schema` to `sb` (check sg_strbuf_failed() once after). */
void sg_schema_print(sg_strbuf *sb, const sg_schema *schema);

#endif
