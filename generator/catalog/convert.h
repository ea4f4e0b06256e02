/*
 * The type changes of a diff, tried on the server before anything is written.
 *
 * A column whose type changes is converted by `ALTER COLUMN ... TYPE ...
 * USING expr`: the model's `using` (up) and `using_down` (down), or the plain
 * conversion the diff writes otherwise (sg_ddl_plain_using: `col::new_type`,
 * enums through text, timestamps' zones in UTC).  Only the server knows
 * whether a cast exists (bigint has none to timestamp) and what the model's
 * expression means, so each conversion is run, in both directions, on empty
 * copies of the tables in a scratch schema inside a transaction that is
 * rolled back: ALTER COLUMN ... TYPE checks its USING expression before it
 * reads a row.  A conversion the server refuses is bad input (exit 2), named
 * by the model's file, line and column, never SQL written for `migrate` to
 * fail on.
 */
#ifndef SG_CONVERT_H
#define SG_CONVERT_H

#include <libpq-fe.h>

#include "schema.h"
#include "schemagen/error.h"

/*
 * Try every type change from `live` to `desired` (normalized: sg_normalize)
 * that the diff will write, with the expression it will write, pairing tables
 * and columns as the diff does (a renamed_from first: colmap.h).  Nothing
 * goes to the server when no type changes.
 * \param conn an open connection, not inside a transaction
 * \return 0; or -1 with err set: SG_ERR_INPUT naming the column (or its
 *         `using` / `using_down`) when a conversion is refused, SG_ERR_DB
 *         when the server fails otherwise
 */
int sg_convert_check(PGconn *conn, const sg_schema *desired, const sg_schema *live, sg_error *err);

#endif
