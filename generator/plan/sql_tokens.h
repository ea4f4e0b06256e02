/*
 * The statements of a plan's SQL as tokens: words, quoted identifiers,
 * strings (dollar-quoted and E'' too), punctuation; comments skipped.  What
 * the dependents check (diff_dependents.c) reads the plan's DROP and ALTER
 * statements with.  Pure: no I/O.
 */
#ifndef SG_SQL_TOKENS_H
#define SG_SQL_TOKENS_H

#include <stdbool.h>
#include <stddef.h>

#include "strbuf.h"

/* The name spaces a statement names objects in. */
typedef enum sg_sql_ns { SG_NS_TYPE, SG_NS_RELATION, SG_NS_FUNCTION, SG_NS_NONE } sg_sql_ns;

typedef enum sg_sql_tok_kind { SG_T_WORD, SG_T_QIDENT, SG_T_STRING, SG_T_PUNCT, SG_T_OTHER } sg_sql_tok_kind;

typedef struct sg_sql_token {
	sg_sql_tok_kind kind;
	const char *start;
	size_t len;
} sg_sql_token;

/* Whether c may continue an identifier (a letter, a digit, _, $, a byte of a multibyte character). */
bool sg_sql_ident_char(int c);
/* The next token of `p` (in text `base`) into *t; returns the position after it, NULL at the end. */
const char *sg_sql_next_token(const char *base, const char *p, sg_sql_token *t);
/* Whether token i (of n) is the keyword `kw` (any case), or the punctuation `c`. */
bool sg_sql_is_kw(const sg_sql_token *t, size_t n, size_t i, const char *kw);
bool sg_sql_is_punct(const sg_sql_token *t, size_t n, size_t i, char c);
/* Identifier token i as the catalog names it (unquoted, a bare word folded to lower case) into sb (reset). */
bool sg_sql_ident(const sg_sql_token *t, size_t n, size_t i, sg_strbuf *sb);
/*
 * A possibly qualified name at *i (the last part into sb: every statement
 * names the managed schema's objects) and, for a function, its argument
 * list as written, `name(args)`.  Advances *i past it.
 */
bool sg_sql_name_at(const sg_sql_token *t, size_t n, size_t *i, sg_sql_ns ns, sg_strbuf *sb);
/* The object kind after DROP or ALTER at *i: its name space (SG_NS_NONE for others); advances *i past it. */
sg_sql_ns sg_sql_kind_at(const sg_sql_token *t, size_t n, size_t *i);
/* Past IF EXISTS or IF NOT EXISTS at *i. */
void sg_sql_skip_if_exists(const sg_sql_token *t, size_t n, size_t *i);

#endif
