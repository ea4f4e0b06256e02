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

/*
 * Append how many objects of each managed kind `schema` holds, the kinds it
 * has none of left out, in a fixed order: "7 tables, 1 view, 2 enums, 1
 * extension" (tables, views, materialized views, sequences, domains, enums,
 * functions, procedures, triggers, extensions).  "0 tables" when it holds
 * nothing.  The summary line of `schemagen validate` and `inspect`.
 */
void sg_schema_print_counts(sg_strbuf *sb, const sg_schema *schema);

#endif
