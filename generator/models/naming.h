/*
 * PostgreSQL's default names for constraints and indexes, chosen exactly as
 * the server chooses them (PostgreSQL 15: makeObjectName and
 * ChooseRelationName in indexcmds.c, ChooseConstraintName in pg_constraint.c,
 * ChooseIndexColumnNames / ChooseIndexNameAddition in indexcmds.c, the CHECK
 * rule of AddRelationNewConstraints in heap.c), so that a database built by
 * hand and the models agree on every name.
 *
 * A namespace (sg_naming_ns) stands for the server's catalog while names are
 * chosen: the relation names (tables, indexes) and the constraint names of
 * one schema.  Names are compared bytewise, as the catalog's `name` type does.
 * Multi-byte names are cut on a character boundary, as pg_mbcliplen does in a
 * UTF-8 database.
 */
#ifndef SG_NAMING_H
#define SG_NAMING_H

#include <stdbool.h>
#include <stddef.h>

#include "schema.h"
#include "schemagen/error.h"

/*
 * The byte length of the longest prefix of the first `len` bytes of `s` that
 * ends on a UTF-8 character boundary and is at most `limit` bytes
 * (pg_mbcliplen); stops at a NUL.
 */
size_t sg_naming_mbcliplen(const char *s, size_t len, size_t limit);

/*
 * makeObjectName: "name1_name2_label" (name2 and label may be NULL), the
 * longer of name1/name2 shortened first so that the whole fits in 63 bytes.
 * Writes at most SG_NAMEDATALEN bytes including the NUL into `out`.
 */
void sg_naming_make_object_name(char out[SG_NAMEDATALEN], const char *name1, const char *name2, const char *label);

/*
 * ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition: the
 * names joined with "_", stopping once 64 bytes are reached.  Writes into
 * `out` (2 * SG_NAMEDATALEN bytes).
 */
void sg_naming_name_addition(char out[2 * SG_NAMEDATALEN], const char *const *names, size_t n);

/*
 * ChooseIndexColumnNames: the preliminary names of an index's columns
 * (a column's name, the name PostgreSQL derives for an expression, see
 * sg_model_sql_index_elem) made unique by appending 1, 2, ...  `out` receives
 * n strings owned by `arena`.  Returns 0, or -1 when out of memory.
 */
int sg_naming_index_column_names(const char **out, const char *const *prelim, size_t n, sg_arena *arena);

/* The names taken in one schema while defaults are chosen. */
typedef struct sg_naming_ns sg_naming_ns;

/* A new empty namespace, or NULL when out of memory.  Free with sg_naming_ns_free(). */
sg_naming_ns *sg_naming_ns_new(void);
void sg_naming_ns_free(sg_naming_ns *ns);
/* Record a relation (table, index, sequence) / a constraint name.  0, or -1 when out of memory. */
int sg_naming_ns_add_relation(sg_naming_ns *ns, const char *name);
int sg_naming_ns_add_constraint(sg_naming_ns *ns, const char *name);
bool sg_naming_ns_has_relation(const sg_naming_ns *ns, const char *name);
bool sg_naming_ns_has_constraint(const sg_naming_ns *ns, const char *name);

/*
 * ChooseRelationName: the first of name1_name2_label, name1_name2_label1, ...
 * that is no relation's name (and, when `is_constraint`, no constraint's
 * name) in `ns`.  Records the result as a relation (and a constraint when
 * `is_constraint`).  0, or -1 when out of memory.
 */
int sg_naming_choose_relation_name(char out[SG_NAMEDATALEN], sg_naming_ns *ns, const char *name1, const char *name2,
				   const char *label, bool is_constraint);

/*
 * ChooseConstraintName: the first of name1_name2_label, ...label1, ... that
 * is no constraint's name in `ns`; records it.  0, or -1 when out of memory.
 */
int sg_naming_choose_constraint_name(char out[SG_NAMEDATALEN], sg_naming_ns *ns, const char *name1, const char *name2,
				     const char *label);

#endif
