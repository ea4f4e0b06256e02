/*
 * Quoting of SQL identifiers and literals for generated SQL text.
 */
#ifndef SG_QUOTE_H
#define SG_QUOTE_H

#include <stdbool.h>

#include "strbuf.h"

/* True when `name` is a keyword that PostgreSQL requires to be quoted as an identifier. */
bool sg_quote_is_keyword(const char *name);
/* True when `name` can be written without quotes and still mean itself. */
bool sg_quote_ident_is_bare(const char *name);
/* Append `name` as an identifier, quoted only when it must be. */
void sg_quote_ident(sg_strbuf *sb, const char *name);
/* Append `schema.name` (just `name` when schema is NULL or empty), each part quoted as needed. */
void sg_quote_qualified(sg_strbuf *sb, const char *schema, const char *name);
/* Append `value` as a single-quoted literal with quotes doubled. */
void sg_quote_literal(sg_strbuf *sb, const char *value);
/* The quoted identifier as a new malloc'd string the caller frees; NULL when out of memory. */
char *sg_quote_ident_dup(const char *name);

#endif
