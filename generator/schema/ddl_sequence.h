/*
 * DDL text of sequences (CREATE / ALTER SEQUENCE, OWNED BY, COMMENT) and
 * PostgreSQL's defaults for their options, which the models loader fills in
 * and the DDL leaves out again.  Pure text; no I/O.  `qual` as in ddl.h.
 */
#ifndef SG_DDL_SEQUENCE_H
#define SG_DDL_SEQUENCE_H

#include <stdbool.h>

#include "schema.h"
#include "strbuf.h"

/*
 * The range of sequence type `type` ("smallint", "integer", "bigint") into
 * *lo and *hi; false for any other type.
 */
bool sg_sequence_type_range(const char *type, long long *lo, long long *hi);

/*
 * PostgreSQL's defaults of a sequence of `type` counting by `increment`
 * (not 0): MINVALUE 1 and MAXVALUE the type's largest going up, the type's
 * smallest and -1 going down; START the minimum going up, the maximum going
 * down.  `type` must be one sg_sequence_type_range() knows.
 */
void sg_sequence_defaults(const char *type, long long increment, long long *min, long long *max);
long long sg_sequence_default_start(long long increment, long long min, long long max);

/*
 * `CREATE SEQUENCE s [AS t] [INCREMENT BY i] [MINVALUE m] [MAXVALUE x]
 * [START WITH s] [CACHE c] [CYCLE];` with the options that differ from the
 * defaults, so that the catalog reads back exactly `q`; no OWNED BY (set once
 * the table exists) and no comment.
 */
void sg_ddl_create_sequence(sg_strbuf *sb, const char *qual, const sg_sequence *q);

/*
 * `ALTER SEQUENCE s AS ... INCREMENT BY ... ;` with every option whose value
 * differs from `from` to `to` (names, owner and comment aside), `to`'s value
 * spelled out; never RESTART: the current value is data.  Appends nothing and
 * returns false when no option differs.
 */
bool sg_ddl_alter_sequence(sg_strbuf *sb, const char *qual, const sg_sequence *from, const sg_sequence *to);

/* Whether `a` and `b` have the same type and options (names, owners, comments aside); two NULLs are equal. */
bool sg_sequence_options_eq(const sg_sequence *a, const sg_sequence *b);

/*
 * ` (INCREMENT BY 10 START WITH 100)`: the options of identity sequence `q`
 * (NULL: none) that differ from PostgreSQL's defaults for its type, as
 * `GENERATED ... AS IDENTITY` takes them; nothing when every one is the default.
 */
void sg_ddl_identity_options(sg_strbuf *sb, const sg_sequence *q);

/*
 * ` SET INCREMENT BY 10 SET START WITH 100` for `ALTER TABLE ... ALTER COLUMN
 * c`: every option of an identity's sequence that differs from `from` to `to`
 * (the type aside: it is the column's), `to`'s value spelled out; never
 * RESTART.  Appends nothing and returns false when none differs or either is NULL.
 */
bool sg_ddl_identity_alter(sg_strbuf *sb, const sg_sequence *from, const sg_sequence *to);

/* `ALTER SEQUENCE s OWNED BY t.c;`, or `OWNED BY NONE;` when table is NULL. */
void sg_ddl_sequence_owned_by(sg_strbuf *sb, const char *qual, const char *seq, const char *table, const char *column);

/* `COMMENT ON SEQUENCE s IS '...';` (IS NULL when comment is NULL). */
void sg_ddl_comment_sequence(sg_strbuf *sb, const char *qual, const char *seq, const char *comment);

#endif
