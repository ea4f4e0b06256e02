/*
 * sg_stream: a migration file in chunks of whole statements (see stream.h).
 */
#include "stream.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* What the lexer is inside of. */
enum { LEX_NORMAL, LEX_QUOTE, LEX_ESTRING, LEX_IDENT, LEX_DOLLAR, LEX_LINE_COMMENT, LEX_BLOCK_COMMENT };

#define READ_SIZE ((size_t)64 << 10)

static void init(sg_stream *s, const char *shown)
{
	memset(s, 0, sizeof(*s));
	s->path = shown;
	s->fd = -1;
	s->line = s->col = 1;
	s->checked_line = s->checked_col = 1;
	sg_sha256_init(&s->sha);
}

/* ---- reading: every byte checked (UTF-8, no NUL) and hashed once ---- */

/* A byte that cannot be there: c, after the seq_n bytes of the character it was to end. */
static int bad_byte(sg_stream *s, unsigned char c, sg_error *err)
{
	s->failed = true;
	if (c == 0 && s->seq_n == 0)
		return sg_error_set(err, SG_ERR_INPUT,
				    "%s:%zu:%zu: a NUL byte at byte offset %zu; SQL text cannot hold one", s->path,
				    s->seq_line, s->seq_col, s->seq_at);
	char bytes[32] = "";
	size_t n = 0;
	for (int i = 0; i < s->seq_n; i++)
		n += (size_t)snprintf(bytes + n, sizeof(bytes) - n, "0x%02X ", s->seq[i]);
	snprintf(bytes + n, sizeof(bytes) - n, "0x%02X", c);
	return sg_error_set(err, SG_ERR_INPUT,
			    "%s:%zu:%zu: invalid UTF-8 at byte offset %zu (%s %s); migration files must be UTF-8: "
			    "convert it (iconv -f LATIN1 -t UTF-8, for one)",
			    s->path, s->seq_line, s->seq_col, s->seq_at, s->seq_n ? "the bytes" : "the byte", bytes);
}

/* Check and hash buf[from..to); positions for messages follow every character. */
static int check(sg_stream *s, size_t from, size_t to, sg_error *err)
{
	for (size_t i = from; i < to; i++) {
		unsigned char c = (unsigned char)s->buf[i];
		if (s->utf8_need) {
			if (c < s->utf8_lo || c > s->utf8_hi)
				return bad_byte(s, c, err);
			s->seq[s->seq_n++] = c;
			s->utf8_lo = 0x80;
			s->utf8_hi = 0xBF;
			s->utf8_need--;
			continue;
		}
		s->seq_at = s->base + i;
		s->seq_line = s->checked_line;
		s->seq_col = s->checked_col;
		s->seq_n = 0;
		if (c == 0)
			return bad_byte(s, c, err);
		if (c == '\n') {
			s->checked_line++;
			s->checked_col = 1;
			continue;
		}
		s->checked_col++;
		if (c < 0x80)
			continue;
		s->utf8_lo = 0x80;
		s->utf8_hi = 0xBF;
		if (c >= 0xC2 && c <= 0xDF) {
			s->utf8_need = 1;
		} else if (c >= 0xE0 && c <= 0xEF) {
			s->utf8_need = 2;
			if (c == 0xE0)
				s->utf8_lo = 0xA0; /* no overlong form */
			if (c == 0xED)
				s->utf8_hi = 0x9F; /* no surrogate */
		} else if (c >= 0xF0 && c <= 0xF4) {
			s->utf8_need = 3;
			if (c == 0xF0)
				s->utf8_lo = 0x90;
			if (c == 0xF4)
				s->utf8_hi = 0x8F; /* nothing above U+10FFFF */
		} else {
			return bad_byte(s, c, err);
		}
		s->seq[s->seq_n++] = c;
	}
	sg_sha256_update(&s->sha, s->buf + from, to - from);
	return 0;
}

static int at_eof(sg_stream *s, sg_error *err)
{
	s->eof = true;
	if (s->utf8_need) {
		s->failed = true;
		return sg_error_set(err, SG_ERR_INPUT,
				    "%s:%zu:%zu: invalid UTF-8 at byte offset %zu (the file ends inside a character); "
				    "migration files must be UTF-8",
				    s->path, s->seq_line, s->seq_col, s->seq_at);
	}
	sg_sha256_final(&s->sha, s->sum);
	return 0;
}

/* Read more of the file after buf[len]; never moves what is there. */
static int fill(sg_stream *s, sg_error *err)
{
	if (s->eof)
		return 0;
	if (s->cap - s->len < 2) { /* no room for a byte and the NUL */
		/* A small file gets a buffer of its size (a run checks 100,000 of them one after another). */
		size_t cap = s->cap ? s->cap * 2 : s->size_hint ? s->size_hint + 2 : READ_SIZE * 2;
		char *grown = realloc(s->buf, cap);
		if (!grown) {
			s->failed = true;
			return sg_error_set(err, SG_ERR_SYSTEM, "out of memory reading '%s'", s->path);
		}
		s->buf = grown;
		s->cap = cap;
	}
	ssize_t n;
	do
		n = read(s->fd, s->buf + s->len, s->cap - s->len - 1);
	while (n < 0 && errno == EINTR);
	if (n < 0) {
		s->failed = true;
		return sg_error_set(err, SG_ERR_SYSTEM, "cannot read '%s': %s", s->path, strerror(errno));
	}
	if (n == 0)
		return at_eof(s, err);
	if (check(s, s->len, s->len + (size_t)n, err) != 0)
		return -1;
	s->len += (size_t)n;
	s->buf[s->len] = '\0';
	return 0;
}

int sg_stream_open(sg_stream *s, const char *path, const char *shown, sg_error *err)
{
	init(s, shown);
	s->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (s->fd < 0)
		return sg_error_set(err, errno == ENOENT || errno == ELOOP ? SG_ERR_INPUT : SG_ERR_SYSTEM,
				    "cannot read '%s': %s", shown, strerror(errno));
	struct stat st;
	if (fstat(s->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		sg_stream_close(s);
		return sg_error_set(err, SG_ERR_INPUT, "'%s' is a directory, not a migration file", shown);
	}
	if (st.st_size > 0 && (size_t)st.st_size < READ_SIZE)
		s->size_hint = (size_t)st.st_size;
	return 0;
}

int sg_stream_open_text(sg_stream *s, char *data, size_t len, const char *shown, sg_error *err)
{
	init(s, shown);
	s->buf = data;
	s->len = len;
	s->cap = len + 1;
	if (check(s, 0, len, err) != 0)
		return -1;
	return at_eof(s, err);
}

void sg_stream_close(sg_stream *s)
{
	if (s->fd >= 0)
		close(s->fd);
	free(s->buf);
	sg_split_release(&s->script);
	s->fd = -1;
	s->buf = NULL;
}

/* ---- where statements may end ---- */

static bool ident_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
	       c >= 0x80;
}

/*
 * Advance the lexer from scan; return the offset just after the next ';'
 * outside strings, quoted identifiers, dollar quotes and comments, or 0 when
 * the text read so far ends first (the lexer then waits there for more).
 */
static size_t lex_next(sg_stream *s)
{
	const unsigned char *b = (const unsigned char *)s->buf;
	size_t i = s->scan, n = s->len;
	bool more = !s->eof;
/* The byte after i, or stop and wait for it when the file has more. */
#define NEXT_OR_WAIT(k)                                                                                                \
	do {                                                                                                           \
		if (i + (k) >= n && more)                                                                              \
			goto wait;                                                                                     \
	} while (0)
	while (i < n) {
		unsigned char c = b[i];
		switch (s->lex) {
		case LEX_NORMAL:
			if (c == ';') {
				s->scan = i + 1;
				return i + 1;
			}
			if (c == '\'') {
				bool e = i > s->pos && (b[i - 1] == 'E' || b[i - 1] == 'e') &&
					 !(i - 1 > s->pos && ident_char(b[i - 2]));
				s->lex = e ? LEX_ESTRING : LEX_QUOTE;
			} else if (c == '"') {
				s->lex = LEX_IDENT;
			} else if (c == '-' || c == '/') {
				NEXT_OR_WAIT(1);
				if (i + 1 < n && c == '-' && b[i + 1] == '-') {
					s->lex = LEX_LINE_COMMENT;
					i++;
				} else if (i + 1 < n && c == '/' && b[i + 1] == '*') {
					s->lex = LEX_BLOCK_COMMENT;
					s->depth = 1;
					i++;
				}
			} else if (c == '$' && !(i > s->pos && ident_char(b[i - 1]))) {
				/* $tag$ or $$ opens a dollar quote; $1 is a parameter; a$b$ is an identifier. */
				NEXT_OR_WAIT(1);
				size_t j = i + 1;
				if (j < n && !(b[j] >= '0' && b[j] <= '9')) {
					while (j < n && b[j] != '$' && ident_char(b[j]))
						j++;
					if (j >= n && more)
						goto wait;
					if (j < n && b[j] == '$') {
						s->lex = LEX_DOLLAR;
						s->tag_at = i;
						s->tag_len = j - i + 1;
						i = j;
					}
				}
			}
			i++;
			break;
		case LEX_QUOTE:
		case LEX_ESTRING:
			if (c == '\\' && s->lex == LEX_ESTRING) {
				NEXT_OR_WAIT(1);
				i += 2;
				break;
			}
			if (c == '\'') {
				NEXT_OR_WAIT(1);
				if (i + 1 < n && b[i + 1] == '\'') {
					i += 2;
					break;
				}
				s->lex = LEX_NORMAL;
			}
			i++;
			break;
		case LEX_IDENT:
			if (c == '"') {
				NEXT_OR_WAIT(1);
				if (i + 1 < n && b[i + 1] == '"') {
					i += 2;
					break;
				}
				s->lex = LEX_NORMAL;
			}
			i++;
			break;
		case LEX_DOLLAR:
			if (c == '$') {
				NEXT_OR_WAIT(s->tag_len - 1);
				if (i + s->tag_len <= n && memcmp(b + i, b + s->tag_at, s->tag_len) == 0) {
					s->lex = LEX_NORMAL;
					i += s->tag_len;
					break;
				}
			}
			i++;
			break;
		case LEX_LINE_COMMENT:
			if (c == '\n')
				s->lex = LEX_NORMAL;
			i++;
			break;
		default: /* LEX_BLOCK_COMMENT, nested as PostgreSQL nests them */
			if (c == '/' || c == '*') {
				NEXT_OR_WAIT(1);
				if (i + 1 < n && c == '/' && b[i + 1] == '*') {
					s->depth++;
					i += 2;
					break;
				}
				if (i + 1 < n && c == '*' && b[i + 1] == '/') {
					if (--s->depth == 0)
						s->lex = LEX_NORMAL;
					i += 2;
					break;
				}
			}
			i++;
			break;
		}
	}
#undef NEXT_OR_WAIT
wait:
	s->scan = i < n ? i : n;
	return 0;
}

/* The next boundary after the lexer's place, reading as much as it takes; 0 at the end of the file. */
static int next_boundary(sg_stream *s, size_t *out, sg_error *err)
{
	for (;;) {
		if ((*out = lex_next(s)) != 0 || s->eof)
			return 0;
		if (fill(s, err) != 0)
			return -1;
	}
}

/* ---- chunks ---- */

/* Line and column at buf[to], from those at buf[from]. */
static void advance(sg_stream *s, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		unsigned char ch = (unsigned char)s->buf[i];
		if (ch == '\n') {
			s->line++;
			s->col = 1;
		} else if ((ch & 0xC0) != 0x80) {
			s->col++;
		}
	}
}

/*
 * Where the chunk from pos ends: the last ';' within SG_STREAM_CHUNK bytes,
 * or the first one after when there is none; the rest of the file when it
 * is that short.  *seg is where the chunk's last statement starts.
 */
static int find_cut(sg_stream *s, size_t *cut, size_t *seg, sg_error *err)
{
	size_t target = s->pos + SG_STREAM_CHUNK, last = 0, before = s->pos;
	for (;;) {
		size_t b = lex_next(s);
		if (b) {
			if (b <= target || !last) {
				before = last ? last : s->pos;
				last = b;
			}
			if (b >= target)
				break;
			continue;
		}
		if ((last && s->len >= target) || s->eof)
			break;
		if (fill(s, err) != 0)
			return -1;
	}
	if (s->eof && (s->len - s->pos <= SG_STREAM_CHUNK || !last)) {
		*cut = s->len;
		*seg = last && last < s->len ? last : before;
	} else {
		*cut = last;
		*seg = before;
	}
	return 0;
}

int sg_stream_next(sg_stream *s, sg_chunk *out, sg_error *err)
{
	memset(out, 0, sizeof(*out));
	sg_split_release(&s->script);
	if (s->failed)
		return sg_error_set(err, SG_ERR_SYSTEM, "'%s' cannot be read further after an error", s->path);
	for (;;) {
		if (s->started) {
			s->buf[s->cut] = s->at_cut;
			s->pos = s->cut;
		}
		s->started = true;
		/*
		 * A UTF-8 byte order mark (Windows editors write one) starts no
		 * statement: it is skipped, the server never sees it (it was a syntax
		 * error at its first word), and the checksum keeps the file's bytes.
		 */
		if (!s->bom_checked) {
			s->bom_checked = true;
			while (s->len < 3 && !s->eof && s->fd >= 0)
				if (fill(s, err) != 0)
					return -1;
			if (s->len >= 3 && memcmp(s->buf, "\xEF\xBB\xBF", 3) == 0)
				s->pos = s->scan = 3;
		}
		if (s->eof && s->pos >= s->len)
			return 0;
		/* What is left goes to the front: chunk offsets stay put while the file is read further. */
		if (s->pos > 0 && s->fd >= 0) {
			memmove(s->buf, s->buf + s->pos, s->len - s->pos + 1);
			s->base += s->pos;
			s->len -= s->pos;
			s->scan -= s->pos;
			if (s->lex == LEX_DOLLAR)
				s->tag_at -= s->pos;
			s->pos = 0;
		}
		size_t cut, seg;
		if (find_cut(s, &cut, &seg, err) != 0)
			return -1;
		for (;;) {
			s->at_cut = s->buf[cut];
			s->buf[cut] = '\0';
			size_t at;
			char *message;
			int rc =
			    sg_split__chunk(&s->script, s->buf + s->pos, cut - s->pos, s->line, s->col, &at, &message);
			if (rc == 0)
				break;
			s->buf[cut] = s->at_cut;
			if (rc == -2) {
				s->failed = true;
				return sg_error_set(err, SG_ERR_SYSTEM, "out of memory splitting '%s'", s->path);
			}
			if (at != SG_SPLIT_NOWHERE && s->pos + at >= seg && !(cut == s->len && s->eof)) {
				/*
				 * Cut short (a ';' inside a BEGIN ATOMIC body): to the first ';'
				 * past twice the length, and again, so that a body of many
				 * statements costs a few parses, not one per ';'.
				 */
				free(message);
				s->scan = cut;
				s->lex = LEX_NORMAL;
				size_t b, want = cut + (cut - s->pos);
				do
					if (next_boundary(s, &b, err) != 0)
						return -1;
				while (b && b < want);
				seg = cut;
				cut = b ? b : s->len;
				continue;
			}
			int dl, dc; /* an error without a position is placed at the chunk's start */
			sg_split_linecol(s->buf + s->pos, at == SG_SPLIT_NOWHERE ? 0 : at, &dl, &dc);
			sg_error_set(err, SG_ERR_INPUT, "%s:%d:%d: %s", s->path, s->line + dl - 1,
				     dl == 1 ? s->col + dc - 1 : dc, message);
			free(message);
			s->failed = true;
			return -1;
		}
		s->cut = cut;
		s->scan = cut;
		s->lex = LEX_NORMAL;
		if (!s->directive_checked)
			s->directive = sg_split_has_no_tx_directive(s->buf + s->pos);
		s->directive_checked = true;
		char *text = s->buf + s->pos;
		advance(s, s->pos, cut);
		for (size_t i = 0; i < s->script.count; i++)
			text[s->script.stmts[i].offset + s->script.stmts[i].len] = '\0';
		if (s->script.count == 0)
			continue;
		out->text = text;
		out->script = s->script;
		out->first = s->emitted;
		s->emitted += s->script.count;
		return 1;
	}
}

bool sg_stream_at_end(const sg_stream *s)
{
	return s->eof && s->started && s->cut >= s->len;
}

bool sg_stream_no_tx_directive(const sg_stream *s)
{
	return s->directive;
}

const unsigned char *sg_stream_sum(const sg_stream *s)
{
	return s->sum;
}
