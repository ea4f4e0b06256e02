/*
 * What a change costs: the knowledge behind hazard codes that is not a plain
 * fact of the operation kind.  Pure text analysis of PostgreSQL's normalized
 * spellings (format_type, pg_get_expr).
 */
#ifndef SG_HAZARD_H
#define SG_HAZARD_H

#include <stdbool.h>

typedef enum sg_type_change {
	SG_TYPE_CHANGE_FREE = 0, /* binary coercible: no rewrite, no loss (varchar(10) -> varchar(20), -> text) */
	SG_TYPE_CHANGE_WIDEN,	 /* every value fits, but the table is rewritten (integer -> bigint) */
	SG_TYPE_CHANGE_LOSSY	 /* values may not fit or may lose precision; the table is rewritten */
} sg_type_change;

/* Classify ALTER COLUMN ... TYPE from `from` to `to` (both as format_type prints them). */
sg_type_change sg_hazard_type_change(const char *from, const char *to);

/*
 * Whether a default expression is volatile, so that ADD COLUMN with it
 * rewrites the table (PostgreSQL 11+ stores non-volatile defaults without a
 * rewrite).  Recognizes the volatile functions defaults use in practice.
 */
bool sg_hazard_default_is_volatile(const char *expr);

#endif
