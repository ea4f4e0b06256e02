/*
 * The SQL fragments of a model (types, defaults, CHECK expressions, index
 * elements, predicates) understood with PostgreSQL's own parser
 * (libpg_query): syntax is checked before any server sees the text, and the
 * facts the default names depend on are read from the parse tree the way the
 * server reads them (which columns a CHECK references, the name
 * FigureIndexColname gives an index expression).
 *
 * Every result is allocated in the caller's arena.  Each function returns 0,
 * or one of the codes below with *msg set to a one-line message (the
 * parser's "syntax error at or near ...", also in the arena): callers that
 * only need to know whether the text is valid test `!= 0`; what must tell an
 * answer about the text from a failure to compute it (the memo) tests the
 * code, never the message.
 */
#ifndef SG_MODEL_SQL_H
#define SG_MODEL_SQL_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

enum {
	SG_SQL_INVALID = -1, /* the text is not what was asked for: a syntax error, two statements, not a type */
	SG_SQL_NOMEM = -2,   /* memory ran out: says nothing about the text */
};

/* Column names referenced by an expression: distinct, in order of first appearance. */
typedef struct sg_sql_columns {
	const char **names;
	size_t n;
} sg_sql_columns;

/* Parse a scalar expression (a default, a CHECK, a predicate, a generation expression). */
int sg_model_sql_expr(sg_arena *arena, const char *expr, sg_sql_columns *cols, const char **msg);

/* An index element ("email", "lower(email) DESC", "(a + b)", "name text_pattern_ops"). */
typedef struct sg_sql_index_elem {
	const char *column;	 /* the column of a plain column element, else NULL */
	const char *prelim_name; /* the column, or what FigureIndexColname derives, or "expr" */
	sg_sql_columns columns;	 /* every column it references */
} sg_sql_index_elem;

int sg_model_sql_index_elem(sg_arena *arena, const char *elem, sg_sql_index_elem *out, const char **msg);

/* A column type as the grammar reads it. */
typedef struct sg_sql_type {
	const char
	    *schema;	  /* "pg_catalog" for SQL-standard spellings (int, varchar(n), ...), else as written or NULL */
	const char *name; /* the type's name: "int4", "varchar", "timestamptz", "post_status" */
	bool is_array;
	int serial_bytes; /* 2, 4 or 8 for smallserial/serial/bigserial (and serial2/4/8), else 0 */
} sg_sql_type;

int sg_model_sql_type(sg_arena *arena, const char *type, sg_sql_type *out, const char **msg);

/*
 * Answers remembered by text: a model of 10,000 tables spells a dozen types
 * and a few dozen defaults 100,000 times, and parsing each one costs a
 * libpg_query parse (a third of loading such a model).  Results, including
 * error messages, are kept in `arena` and shared between equal texts: treat
 * them as read-only.
 */
typedef struct sg_sql_memo sg_sql_memo;

/* A memo whose results live in `arena` (which must outlive it); NULL when out of memory. */
sg_sql_memo *sg_sql_memo_new(sg_arena *arena);
void sg_sql_memo_free(sg_sql_memo *memo);
/* sg_model_sql_type() / sg_model_sql_expr() in the memo's arena, parsing each distinct text once. */
int sg_model_sql_type_memo(sg_sql_memo *memo, const char *type, sg_sql_type *out, const char **msg);
int sg_model_sql_expr_memo(sg_sql_memo *memo, const char *expr, sg_sql_columns *cols, const char **msg);

/* Whether `name` is one of PostgreSQL 15's built-in base, range or multirange types in pg_catalog. */
bool sg_model_sql_builtin_type(const char *name);

/* The extension that provides a well-known type ("citext" -> "citext", "geometry" -> "postgis"), or NULL. */
const char *sg_model_sql_extension_of_type(const char *name);

#endif
