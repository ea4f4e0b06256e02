/*
 * A migration file read in chunks of whole statements, so that memory stays
 * bounded by the largest statement, not by the file (docs/migrate.md,
 * "Memory").  Bytes are checked as they are read (valid UTF-8, no NUL byte:
 * an error names the byte offset and line:column) and hashed (SHA-256).
 *
 * A chunk ends at a ';' that a small lexer finds outside strings, quoted
 * identifiers, dollar quotes and comments, after about SG_STREAM_CHUNK
 * bytes; libpg_query then splits and classifies the chunk (split.h).  A
 * chunk the parser finds cut short (a ';' inside a BEGIN ATOMIC body) is
 * extended to the next ';' and parsed again, so the parser alone decides
 * where statements end; a lexer mistake only makes a chunk longer.
 */
#ifndef SG_STREAM_H
#define SG_STREAM_H

#include <stdbool.h>
#include <stddef.h>

#include "checksum.h"
#include "split.h"

/* About how many bytes a chunk holds: a file this size or smaller is one chunk. */
#define SG_STREAM_CHUNK ((size_t)256 << 10)

/* Statements of a file, one chunk of them. */
typedef struct sg_chunk {
	char *text;	  /* borrowed from the stream until the next call; a NUL ends each statement */
	sg_script script; /* offsets relative to text; lines and columns in the file; borrowed */
	size_t first;	  /* index in the file of script.stmts[0] */
} sg_chunk;

typedef struct sg_stream {
	const char *path; /* for messages, borrowed */
	int fd;		  /* -1 for a text in memory */
	char *buf;	  /* owned */
	size_t cap, len;
	size_t pos;	  /* where the next chunk starts */
	size_t cut;	  /* where the chunk returned last ends */
	size_t scan;	  /* how far the lexer has read */
	char at_cut;	  /* the byte a NUL replaced at cut */
	size_t base;	  /* the file offset of buf[0] */
	size_t size_hint; /* the file's size when it is small, for the first buffer */
	int line, col;
	bool eof, started, directive, failed;
	bool bom_checked, directive_checked;
	/* the lexer at scan */
	int lex, depth;
	size_t tag_at, tag_len;
	/* checking and hashing what is read */
	size_t checked_line, checked_col;
	int utf8_need;
	unsigned char utf8_lo, utf8_hi;
	size_t seq_at, seq_line, seq_col; /* where the character being read starts */
	unsigned char seq[4];		  /* its bytes so far */
	int seq_n;
	sg_sha256 sha;
	unsigned char sum[SG_SHA256_LEN];
	size_t emitted;
	sg_script script;
} sg_stream;

/* Open file `path` (shown as `shown` in messages).  SG_ERR_INPUT when it is missing or a directory. */
int sg_stream_open(sg_stream *s, const char *path, const char *shown, sg_error *err);
/*
 * Read a text already in memory: `data` (malloc'd, NUL-terminated at len)
 * is taken over by the stream.  Checked at once: -1 with err set when it is
 * not UTF-8 or holds a NUL byte.
 */
int sg_stream_open_text(sg_stream *s, char *data, size_t len, const char *shown, sg_error *err);
/*
 * The next chunk: 1 with `out` filled (valid until the next call), 0 when
 * the file has no statement left, -1 with err set (SG_ERR_INPUT for bad
 * bytes or a syntax error, `shown:line:column: ...`; SG_ERR_SYSTEM when it
 * cannot be read).
 */
int sg_stream_next(sg_stream *s, sg_chunk *out, sg_error *err);
/* Whether the chunk returned last was the file's last one (the whole file has been read). */
bool sg_stream_at_end(const sg_stream *s);
/* Whether the file's leading comment lines hold `-- migrate:no-transaction` (known after the first chunk). */
bool sg_stream_no_tx_directive(const sg_stream *s);
/* The SHA-256 of the file, once sg_stream_next has returned 0 or sg_stream_at_end is true. */
const unsigned char *sg_stream_sum(const sg_stream *s);
void sg_stream_close(sg_stream *s);

#endif
