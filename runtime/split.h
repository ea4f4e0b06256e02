/*
 * Migration SQL text -> statements, with PostgreSQL's own parser
 * (libpg_query): where each statement starts (byte offset, line, column),
 * which ones cannot run inside a transaction block, which ones are
 * transaction control, and whether the file opts out of the transaction with
 * `-- migrate:no-transaction`.  Pure: no I/O, no server.
 */
#ifndef SG_SPLIT_H
#define SG_SPLIT_H

#include <stdbool.h>
#include <stddef.h>

#include "schemagen/error.h"

/* What a statement does to the transaction it runs in. */
typedef enum sg_stmt_txn {
	SG_STMT_PLAIN = 0, /* anything else (SAVEPOINT and friends included) */
	SG_STMT_BEGIN,	   /* BEGIN / START TRANSACTION */
	SG_STMT_COMMIT,	   /* COMMIT / END (without AND CHAIN) */
	SG_STMT_TXN_OTHER  /* ROLLBACK, PREPARE TRANSACTION, COMMIT AND CHAIN... */
} sg_stmt_txn;

typedef struct sg_stmt {
	size_t offset;	   /* byte offset of its first token */
	size_t len;	   /* bytes from there up to, not including, the ';' */
	int line, column;  /* 1-based; column counts characters */
	const char *no_tx; /* static text naming why it cannot run in a transaction block, or NULL */
	sg_stmt_txn txn;
	bool begin_has_options; /* BEGIN ISOLATION LEVEL ... and the like */
} sg_stmt;

typedef struct sg_script {
	sg_stmt *stmts; /* owned */
	size_t count;
	bool no_transaction;  /* the `-- migrate:no-transaction` directive is present */
	bool own_transaction; /* the statements are wrapped in the file's own BEGIN ... COMMIT */
} sg_script;

/*
 * Split `text` (NUL-terminated, `len` bytes).  A syntax error is
 * SG_ERR_INPUT: `FILE:LINE:COLUMN: syntax error at or near "x"`, `file`
 * naming the text in messages.  `out` must be released either way.
 */
int sg_split_script(sg_script *out, const char *text, size_t len, const char *file, sg_error *err);
void sg_split_release(sg_script *s);

/*
 * Texts larger than this are split by the parser without the JSON of their
 * parse tree (libpg_query builds it in one buffer, and one over 1 GB ends the
 * process); a statement larger than this is not classified (plain).
 */
#define SG_SPLIT_JSON_MAX ((size_t)8 << 20)

/* An error offset for an error the parser gave no position for. */
#define SG_SPLIT_NOWHERE ((size_t)-1)

/*
 * Split text[0..len) (NUL-terminated; its bytes may be changed and put
 * back), whose first byte is at line0:col0 of its file: statements with
 * offsets relative to text, lines and columns in the file, classified.
 * Leaves no_transaction and own_transaction false.  Returns 0; -1 with
 * *error_at (the syntax error's byte offset in text, len at its end,
 * SG_SPLIT_NOWHERE when the parser gave no position) and *message
 * (libpg_query's, malloc'd); -2 when out of memory.  `out` is empty on
 * failure.
 */
int sg_split__chunk(sg_script *out, char *text, size_t len, int line0, int col0, size_t *error_at, char **message);
/*
 * The refusal of st in a file without the directive: it cannot run in a
 * transaction block, or it is transaction control out of place.  Always -1.
 */
int sg_split__refuse(const sg_stmt *st, const char *file, sg_error *err);
/* Whether the statements are wrapped in one BEGIN first and one COMMIT last, with no other transaction control. */
bool sg_split__own_transaction(const sg_script *s);

/*
 * Check that a script without the directive can run inside one transaction:
 * no statement that refuses a transaction block, and transaction control only
 * as one BEGIN first and one COMMIT last.  -1 with err set (SG_ERR_INPUT)
 * naming `file:line:column` and what to do otherwise.
 */
int sg_split_check_transactional(const sg_script *s, const char *file, sg_error *err);

/*
 * Whether the leading comment lines (before the first statement) include
 * `-- migrate:no-transaction`.
 */
bool sg_split_has_no_tx_directive(const char *text);

/* 1-based line and column (in characters, UTF-8) of byte `offset` in `text`. */
void sg_split_linecol(const char *text, size_t offset, int *line, int *column);

/*
 * The byte offset of character `chars` (0-based, UTF-8) in `text` of `len`
 * bytes; `len` when the text is shorter.  Server error positions count
 * characters, so this maps them back to bytes.
 */
size_t sg_split_char_to_byte(const char *text, size_t len, size_t chars);

/* The first line of a statement, at most `max` bytes, for messages: written into buf. */
const char *sg_split_first_line(const char *text, const sg_stmt *st, char *buf, size_t bufsize);

#endif
