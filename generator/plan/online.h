/*
 * The lock-friendly statements of `schemagen diff --online` (docs/diff.md,
 * `--online`): the text of the forms that replace a statement holding a
 * strong lock while it scans, builds or writes.  Which operation gets which
 * form, and in which step, is the diff's choice (diff.c); this module only
 * writes the SQL.  Pure text; no I/O.  `qual` is the schema to qualify names
 * with, or NULL.
 */
#ifndef SG_ONLINE_H
#define SG_ONLINE_H

#include <stdbool.h>

#include "colmap.h"
#include "plan.h"
#include "schema.h"
#include "strbuf.h"

/*
 * Whether PRIMARY KEY / UNIQUE constraint `con` can be built as a unique
 * index CONCURRENTLY and then attached with ADD CONSTRAINT ... USING INDEX:
 * true when its definition (the catalog's text, when there is one) says
 * nothing its fields do not (no INCLUDE, no index parameters).
 */
bool sg_online_key_by_index(const sg_constraint *con, const char *qual);
/* `CREATE UNIQUE INDEX CONCURRENTLY name ON t (cols) [NULLS NOT DISTINCT];`: the index of key `con`, named as it is. */
void sg_online_key_index(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con);
/* `ALTER TABLE t ADD CONSTRAINT name PRIMARY KEY|UNIQUE USING INDEX name [DEFERRABLE [INITIALLY DEFERRED]];` */
void sg_online_attach_key(sg_strbuf *sb, const char *qual, const char *table, const sg_constraint *con);
/* `ALTER TABLE t VALIDATE CONSTRAINT name;` */
void sg_online_validate(sg_strbuf *sb, const char *qual, const char *table, const char *name);

/*
 * The NOT VALID check that stands in for NOT NULL on `table.column` until it
 * is validated: `out` gets its name (TABLE_COLUMN_not_null, cut to 63
 * bytes) and `expr` its expression; `chk` points into both.
 */
void sg_online_not_null_check(sg_constraint *chk, sg_strbuf *name, sg_strbuf *expr, const char *table,
			      const char *column);
/*
 * `VALIDATE CONSTRAINT check; ALTER COLUMN column SET NOT NULL; DROP
 * CONSTRAINT check;` into `up` (PostgreSQL 12+ proves NOT NULL from the
 * validated check without a scan of its own), and its inverse into `down`.
 */
void sg_online_set_not_null(sg_strbuf *up, sg_strbuf *down, const char *qual, const char *table,
			    const sg_constraint *chk, const char *column);

/*
 * The main step's part of new column `col` that the _backfill step fills:
 * `ADD COLUMN` without its default and NOT NULL (no rewrite), [`CREATE
 * SEQUENCE sequence AS type OWNED BY` it, for a serial column], `SET DEFAULT`
 * (rows to come get it), and its comment.
 */
void sg_online_add_column(sg_strbuf *sb, const char *qual, const char *table, const sg_column *col,
			  const char *sequence);

/*
 * A DO block that fills `column` of `table` with `value` (an SQL expression
 * of the row; NULL: its default) on every row where it is NULL: 1,000 pages at a time (a TID range scan), each batch
 * committed on its own, so no row stays locked for longer than its batch and
 * no table lock blocks writers; then one pass over what concurrent updates
 * moved behind the sweep.  It needs a file without a transaction.
 */
void sg_online_backfill(sg_strbuf *sb, const char *qual, const char *table, const char *column, const char *value);

/*
 * Whether index `idx` may use `column`: its text names it.  Conservative (a
 * false yes only moves the index's drop before the main step).
 */
bool sg_online_index_uses(const sg_index *idx, const char *column);
/*
 * Whether index `idx` of current table `map->cur`, dropped by a plan that
 * turns it into `map->want`, is left as it is by the main step, so that it can
 * be dropped CONCURRENTLY after the new indexes are built: the table keeps its
 * name, no new index or constraint takes the index's name, and no column it
 * may use is renamed, dropped, retyped or rebuilt.
 */
bool sg_online_index_survives(const sg_colmap *map, const sg_index *idx);

/* Unique keys and indexes of the desired side that exist only once the _concurrently step has built them. */
typedef struct sg_online_keys {
	struct sg_online_key {
		const char *table;
		const sg_constraint *con; /* a PRIMARY KEY / UNIQUE constraint, or */
		const sg_index *idx;	  /* a unique index without a predicate */
	} * items;
	size_t n;
} sg_online_keys;

/* Remember one (borrowed pointers); -1 when out of memory. */
int sg_online_keys_add(sg_online_keys *keys, const char *table, const sg_constraint *con, const sg_index *idx);
/* Whether foreign key `fk` (desired side) references one of them, so that it must come after it. */
bool sg_online_keys_serve(const sg_online_keys *keys, const sg_constraint *fk);
void sg_online_keys_release(sg_online_keys *keys);

/*
 * The `blocking` hazard every rewriting operation of an --online plan gets:
 * a rewrite holds an ACCESS EXCLUSIVE lock on the table until it ends, and
 * no lock-friendly form of these exists.  Operations of the backfill phase
 * are left alone (they write rows, not the table).
 */
void sg_online_mark_rewrites(sg_plan *plan);

#endif
