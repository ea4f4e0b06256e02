/*
 * Which current object each desired one continues, and the names in
 * catalog text as they read after the renames of a plan.
 *
 *  - sg_colmap: for one matched pair of tables, the current column each
 *    desired column continues.  A `renamed_from` hint wins over a plain name
 *    match when its old column exists and the models do not keep a column of
 *    that name themselves (or keep one that is itself renamed from another:
 *    a swap), so "drop a, rename b to a" keeps b's values instead of a's.
 *  - sg_rename_order: renames in an order that never takes a name still in
 *    use: chains run from their free end, cycles go through a temporary name.
 *  - sg_expr_*: identifiers of catalog-deparsed text (pg_get_expr,
 *    pg_get_constraintdef, pg_get_indexdef), found and rewritten without
 *    touching string literals, type names after `::`, qualified names or
 *    function names.
 * Pure: no I/O.
 */
#ifndef SG_COLMAP_H
#define SG_COLMAP_H

#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "strbuf.h"

typedef struct sg_colmap {
	const sg_table *cur, *want;
	const sg_column **cur_to_want; /* per current column: its desired counterpart, NULL when dropped */
	const sg_column **want_to_cur; /* per desired column: its current counterpart, NULL when new */
	/*
	 * Per current column, set by the diff: the column is dropped and added
	 * again (a generated column whose expression changes, or that reads a
	 * column whose type changes), or its down does that.  Its indexes and
	 * constraints are then dropped before and created after, and it is not
	 * renamed (the old one goes under its old name, the new one comes under
	 * its new name).
	 */
	bool *rebuilt;
} sg_colmap;

/* Match the columns of `cur` and `want`.  Returns 0, or -1 when out of memory. */
int sg_colmap_init(sg_colmap *map, const sg_table *cur, const sg_table *want);
/* Free the arrays; accepts a zeroed map. */
void sg_colmap_release(sg_colmap *map);
/* The desired counterpart of current column `name`; NULL when it is dropped or unknown.  Borrowed. */
const sg_column *sg_colmap_want(const sg_colmap *map, const char *cur_name);
/* The current counterpart of desired column `name`; NULL when it is new or unknown.  Borrowed. */
const sg_column *sg_colmap_cur(const sg_colmap *map, const char *want_name);
/* Whether current column `name` is rebuilt (see `rebuilt`). */
bool sg_colmap_is_rebuilt(const sg_colmap *map, const char *cur_name);
/*
 * Append `text` (catalog text of the current table) to `out` with every
 * current column that the plan renames written with its desired name.
 * A NULL map copies the text.
 */
void sg_colmap_rename_text(const sg_colmap *map, sg_strbuf *out, const char *text);

/* One rename of an ordered list: `from` becomes `to`.  Strings are borrowed or owned by the list. */
typedef struct sg_rename_step {
	const char *from, *to;
} sg_rename_step;

typedef struct sg_rename_list {
	sg_rename_step *steps;
	size_t nsteps;
	char **owned; /* temporary names */
	size_t nowned;
} sg_rename_list;

/*
 * Order the renames from[i] -> to[i] (n of them) so that none takes a name
 * in use: `taken` (ntaken names) are the names that exist before the first
 * rename, the renamed ones included.  A cycle goes through a temporary name
 * `<from>_sg_tmp` (made unique against `taken` and the targets).
 * Returns 0, or -1 when out of memory.  Release with sg_rename_list_release().
 */
int sg_rename_order(sg_rename_list *out, const char *const *from, const char *const *to, size_t n,
		    const char *const *taken, size_t ntaken);
void sg_rename_list_release(sg_rename_list *list);

/*
 * Whether `text` refers to the column `name`: an identifier token (bare or
 * quoted, as the deparsers print it) that is not a function name, a type
 * name, a qualified name's second part or inside a string literal.
 */
bool sg_expr_mentions(const char *text, const char *name);
/*
 * Append `text` to `out` with every identifier token equal to from[i]
 * written as to[i] (one pass, so swaps and chains rewrite correctly).
 */
void sg_expr_rename(sg_strbuf *out, const char *text, const char *const *from, const char *const *to, size_t n);

#endif
