/*
 * sg_split: statements of a migration file through libpg_query.
 *
 * pg_query_parse gives, for a text (a whole file, or a chunk of one read by
 * runtime/stream.c), each statement's location and its parse tree as JSON.  A small JSON walker below reads only what
 * is needed: the node type of each statement and a few of its fields.  The parser, not a home-made lexer, decides where
 * statements end, so dollar quotes, E'' strings, quoted identifiers and nested comments are handled as the server
 * handles them.
 */
#include "split.h"

#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- a minimal JSON reader over pg_query's output ---- */

static const char *skip_ws(const char *p)
{
	while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
		p++;
	return p;
}

static const char *skip_string(const char *p)
{
	/* p is at the opening quote */
	for (p++; *p && *p != '"'; p++)
		if (*p == '\\' && p[1])
			p++;
	return *p ? p + 1 : p;
}

/* Skip one JSON value; returns the first byte after it. */
static const char *skip_value(const char *p)
{
	p = skip_ws(p);
	if (*p == '"')
		return skip_string(p);
	if (*p == '{' || *p == '[') {
		int depth = 0;
		while (*p) {
			if (*p == '"') {
				p = skip_string(p);
				continue;
			}
			if (*p == '{' || *p == '[')
				depth++;
			else if (*p == '}' || *p == ']') {
				if (--depth == 0)
					return p + 1;
			}
			p++;
		}
		return p;
	}
	while (*p && *p != ',' && *p != '}' && *p != ']')
		p++;
	return p;
}

/*
 * Iterate over the members of the object at *p.  On each call sets key/klen
 * and *val to the member's value; returns false after the last member.
 */
static bool next_member(const char **p, const char **key, size_t *klen, const char **val)
{
	const char *q = skip_ws(*p);
	if (*q == '{' || *q == ',')
		q = skip_ws(q + 1);
	if (*q != '"')
		return false;
	const char *end = skip_string(q);
	*key = q + 1;
	*klen = (size_t)(end - q - 2);
	q = skip_ws(end);
	if (*q != ':')
		return false;
	*val = skip_ws(q + 1);
	*p = skip_value(*val);
	return true;
}

static bool key_is(const char *key, size_t klen, const char *want)
{
	return strlen(want) == klen && memcmp(key, want, klen) == 0;
}

/*
 * The value of top-level member `name` of the object at obj, or NULL.  The
 * members before it are skipped, the ones after it are not read.
 */
static const char *member(const char *obj, const char *name)
{
	const char *q = skip_ws(obj);
	if (*q == '{')
		q++;
	for (;;) {
		q = skip_ws(q);
		if (*q == ',')
			q = skip_ws(q + 1);
		if (*q != '"')
			return NULL;
		const char *end = skip_string(q);
		const char *key = q + 1;
		size_t klen = (size_t)(end - q - 2);
		q = skip_ws(end);
		if (*q != ':')
			return NULL;
		const char *val = skip_ws(q + 1);
		if (key_is(key, klen, name))
			return val;
		q = skip_value(val);
	}
}

static bool member_true(const char *obj, const char *name)
{
	const char *v = member(obj, name);
	return v && strncmp(v, "true", 4) == 0;
}

static bool member_string_is(const char *obj, const char *name, const char *want)
{
	const char *v = member(obj, name);
	size_t n = strlen(want);
	return v && v[0] == '"' && strncmp(v + 1, want, n) == 0 && v[1 + n] == '"';
}

/* Whether `needle` occurs inside the JSON value starting at val. */
static bool value_contains(const char *val, const char *needle)
{
	const char *end = skip_value(val);
	size_t n = strlen(needle);
	for (const char *p = val; p + n <= end; p++)
		if (memcmp(p, needle, n) == 0)
			return true;
	return false;
}

/* ---- statement classification ---- */

/*
 * Why a statement cannot run inside a transaction block (the server calls
 * PreventInTransactionBlock for it), or NULL.  `type` is the node name, `node`
 * its JSON object.
 */
static const char *classify_no_tx(const char *type, size_t tlen, const char *node)
{
	if (key_is(type, tlen, "IndexStmt"))
		return member_true(node, "concurrent") ? "CREATE INDEX CONCURRENTLY" : NULL;
	if (key_is(type, tlen, "DropStmt"))
		return member_true(node, "concurrent") ? "DROP INDEX CONCURRENTLY" : NULL;
	if (key_is(type, tlen, "ReindexStmt")) {
		const char *params = member(node, "params");
		if (params && value_contains(params, "\"defname\":\"concurrently\""))
			return "REINDEX ... CONCURRENTLY";
		if (member_string_is(node, "kind", "REINDEX_OBJECT_DATABASE"))
			return "REINDEX DATABASE";
		if (member_string_is(node, "kind", "REINDEX_OBJECT_SYSTEM"))
			return "REINDEX SYSTEM";
		return NULL;
	}
	if (key_is(type, tlen, "AlterTableStmt")) {
		const char *cmds = member(node, "cmds");
		return cmds && value_contains(cmds, "\"AT_DetachPartition\"") &&
			       value_contains(cmds, "\"concurrent\":true")
			   ? "DETACH PARTITION ... CONCURRENTLY"
			   : NULL;
	}
	if (key_is(type, tlen, "VacuumStmt"))
		return member_true(node, "is_vacuumcmd") ? "VACUUM" : NULL;
	if (key_is(type, tlen, "CreatedbStmt"))
		return "CREATE DATABASE";
	if (key_is(type, tlen, "DropdbStmt"))
		return "DROP DATABASE";
	if (key_is(type, tlen, "AlterSystemStmt"))
		return "ALTER SYSTEM";
	if (key_is(type, tlen, "CreateTableSpaceStmt"))
		return "CREATE TABLESPACE";
	if (key_is(type, tlen, "DropTableSpaceStmt"))
		return "DROP TABLESPACE";
	if (key_is(type, tlen, "AlterDatabaseStmt")) {
		const char *opts = member(node, "options");
		return opts && value_contains(opts, "\"defname\":\"tablespace\"") ? "ALTER DATABASE SET TABLESPACE"
										  : NULL;
	}
	if (key_is(type, tlen, "CreateSubscriptionStmt")) {
		const char *opts = member(node, "options");
		/* Only creating the replication slot refuses a transaction block. */
		if (opts && (value_contains(opts, "\"defname\":\"create_slot\"") ||
			     value_contains(opts, "\"defname\":\"connect\"")))
			return NULL;
		return "CREATE SUBSCRIPTION";
	}
	if (key_is(type, tlen, "DropSubscriptionStmt"))
		return "DROP SUBSCRIPTION";
	if (key_is(type, tlen, "ClusterStmt"))
		return member(node, "relation") ? NULL : "CLUSTER without a table";
	if (key_is(type, tlen, "DiscardStmt"))
		return member_string_is(node, "target", "DISCARD_ALL") ? "DISCARD ALL" : NULL;
	if (key_is(type, tlen, "TransactionStmt")) {
		if (member_string_is(node, "kind", "TRANS_STMT_COMMIT_PREPARED"))
			return "COMMIT PREPARED";
		if (member_string_is(node, "kind", "TRANS_STMT_ROLLBACK_PREPARED"))
			return "ROLLBACK PREPARED";
	}
	return NULL;
}

static sg_stmt_txn classify_txn(const char *type, size_t tlen, const char *node, bool *has_options)
{
	*has_options = false;
	if (!key_is(type, tlen, "TransactionStmt"))
		return SG_STMT_PLAIN;
	if (member_string_is(node, "kind", "TRANS_STMT_BEGIN") || member_string_is(node, "kind", "TRANS_STMT_START")) {
		*has_options = member(node, "options") != NULL;
		return SG_STMT_BEGIN;
	}
	if (member_string_is(node, "kind", "TRANS_STMT_COMMIT"))
		return member_true(node, "chain") ? SG_STMT_TXN_OTHER : SG_STMT_COMMIT;
	if (member_string_is(node, "kind", "TRANS_STMT_SAVEPOINT") ||
	    member_string_is(node, "kind", "TRANS_STMT_RELEASE") ||
	    member_string_is(node, "kind", "TRANS_STMT_ROLLBACK_TO"))
		return SG_STMT_PLAIN;
	return SG_STMT_TXN_OTHER;
}

/* ---- positions ---- */

void sg_split_linecol(const char *text, size_t offset, int *line, int *column)
{
	int l = 1, c = 1;
	for (size_t i = 0; i < offset && text[i]; i++) {
		unsigned char ch = (unsigned char)text[i];
		if (ch == '\n') {
			l++;
			c = 1;
		} else if ((ch & 0xC0) != 0x80) {
			c++; /* count characters, not continuation bytes */
		}
	}
	*line = l;
	*column = c;
}

size_t sg_split_char_to_byte(const char *text, size_t len, size_t chars)
{
	size_t i = 0, seen = 0;
	while (i < len) {
		if (((unsigned char)text[i] & 0xC0) != 0x80) {
			if (seen == chars)
				return i;
			seen++;
		}
		i++;
	}
	return len;
}

/* Skip whitespace and comments (nested block comments, as PostgreSQL allows). */
static size_t skip_space_and_comments(const char *text, size_t i, size_t end)
{
	while (i < end) {
		char c = text[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
			i++;
		} else if (c == '-' && i + 1 < end && text[i + 1] == '-') {
			while (i < end && text[i] != '\n')
				i++;
		} else if (c == '/' && i + 1 < end && text[i + 1] == '*') {
			int depth = 1;
			i += 2;
			while (i < end && depth > 0) {
				if (text[i] == '/' && i + 1 < end && text[i + 1] == '*')
					depth++, i += 2;
				else if (text[i] == '*' && i + 1 < end && text[i + 1] == '/')
					depth--, i += 2;
				else
					i++;
			}
		} else {
			break;
		}
	}
	return i;
}

bool sg_split_has_no_tx_directive(const char *text)
{
	const char *p = text;
	while (*p) {
		while (*p == ' ' || *p == '\t' || *p == '\r')
			p++;
		if (*p == '\n') {
			p++;
			continue;
		}
		if (p[0] != '-' || p[1] != '-')
			return false; /* the first statement: the directive must come before it */
		const char *q = p + 2;
		while (*q == ' ' || *q == '\t')
			q++;
		const char *d = "migrate:no-transaction";
		size_t n = strlen(d);
		if (strncmp(q, d, n) == 0) {
			const char *r = q + n;
			while (*r == ' ' || *r == '\t' || *r == '\r')
				r++;
			if (*r == '\n' || *r == '\0')
				return true;
		}
		p = strchr(p, '\n');
		if (!p)
			return false;
	}
	return false;
}

const char *sg_split_first_line(const char *text, const sg_stmt *st, char *buf, size_t bufsize)
{
	size_t n = 0;
	while (n < st->len && text[st->offset + n] != '\n')
		n++;
	while (n > 0 && (text[st->offset + n - 1] == ' ' || text[st->offset + n - 1] == '\r'))
		n--;
	if (n >= bufsize) {
		n = bufsize > 4 ? bufsize - 4 : 0;
		while (n > 0 && ((unsigned char)text[st->offset + n] & 0xC0) == 0x80)
			n--; /* do not cut a character in half */
		snprintf(buf, bufsize, "%.*s...", (int)n, text + st->offset);
		return buf;
	}
	snprintf(buf, bufsize, "%.*s", (int)n, text + st->offset);
	return buf;
}

/* ---- splitting ---- */

void sg_split_release(sg_script *s)
{
	free(s->stmts);
	s->stmts = NULL;
	s->count = 0;
}

static int read_int(const char *v)
{
	return v ? atoi(v) : 0;
}

/* Append a statement to out; false when out of memory. */
static bool push_stmt(sg_script *out, size_t *cap, size_t start, size_t len)
{
	if (out->count == *cap) {
		size_t ncap = *cap ? *cap * 2 : 8;
		sg_stmt *grown = realloc(out->stmts, ncap * sizeof(*grown));
		if (!grown)
			return false;
		out->stmts = grown;
		*cap = ncap;
	}
	sg_stmt *st = &out->stmts[out->count++];
	memset(st, 0, sizeof(*st));
	st->offset = start;
	st->len = len;
	return true;
}

/* A statement's text bounds: from its first token, without trailing white space. */
static bool trim_stmt(const char *text, size_t len, size_t loc, size_t slen, size_t *start, size_t *end)
{
	size_t e = slen ? loc + slen : len;
	if (e > len)
		e = len;
	size_t b = skip_space_and_comments(text, loc, e);
	while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r'))
		e--;
	*start = b;
	*end = e;
	return b < e;
}

/* Classify statement st from the JSON of its parse node (`{"NodeType":{...}}`). */
static void classify(sg_stmt *st, const char *stmt)
{
	const char *tp = stmt, *type, *node;
	size_t tlen;
	if (next_member(&tp, &type, &tlen, &node)) {
		st->no_tx = classify_no_tx(type, tlen, node);
		st->txn = classify_txn(type, tlen, node, &st->begin_has_options);
	}
}

/* The statements of a parse tree's JSON into out (offsets relative to text).  -2 when out of memory. */
static int statements_from_json(sg_script *out, const char *text, size_t len, const char *tree, size_t *cap)
{
	const char *stmts = member(tree, "stmts");
	if (!stmts || *stmts != '[')
		return 0;
	const char *p = skip_ws(stmts + 1);
	while (*p == '{') {
		/* One pass over the element: {"stmt":{...},"stmt_location":N,"stmt_len":N}. */
		const char *stmt = NULL, *key, *val;
		size_t klen, loc = 0, slen = 0;
		while (next_member(&p, &key, &klen, &val)) {
			if (key_is(key, klen, "stmt"))
				stmt = val;
			else if (key_is(key, klen, "stmt_location"))
				loc = (size_t)read_int(val);
			else if (key_is(key, klen, "stmt_len"))
				slen = (size_t)read_int(val);
		}
		p = skip_ws(p);
		if (*p == '}')
			p = skip_ws(p + 1);
		if (*p == ',')
			p = skip_ws(p + 1);
		size_t start, end;
		if (!stmt || !trim_stmt(text, len, loc, slen, &start, &end))
			continue;
		if (!push_stmt(out, cap, start, end - start))
			return -2;
		classify(&out->stmts[out->count - 1], stmt);
	}
	return 0;
}

/*
 * A text too large for the parse tree's JSON (libpg_query builds it in one
 * buffer, and one over 1 GB ends the process): the parser's own splitter,
 * which keeps no output but the statements' places, then each statement
 * small enough parsed again on its own to classify it.
 */
static int statements_without_json(sg_script *out, char *text, size_t len, size_t *cap, size_t *error_at,
				   char **message)
{
	PgQuerySplitResult r = pg_query_split_with_parser(text);
	if (r.error) {
		*error_at = r.error->cursorpos > 0 ? sg_split_char_to_byte(text, len, (size_t)r.error->cursorpos - 1)
						   : SG_SPLIT_NOWHERE;
		*message = strdup(r.error->message);
		pg_query_free_split_result(r);
		return *message ? -1 : -2;
	}
	int rc = 0;
	for (int i = 0; i < r.n_stmts && rc == 0; i++) {
		size_t start, end;
		if (!trim_stmt(text, len, (size_t)r.stmts[i]->stmt_location, (size_t)r.stmts[i]->stmt_len, &start,
			       &end))
			continue;
		if (!push_stmt(out, cap, start, end - start)) {
			rc = -2;
			break;
		}
		if (end - start > SG_SPLIT_JSON_MAX)
			continue; /* a statement of this size is data (an INSERT, a COPY-like VALUES): plain */
		char saved = text[end];
		text[end] = '\0';
		PgQueryParseResult one = pg_query_parse(text + start);
		text[end] = saved;
		if (!one.error) {
			const char *stmts = member(one.parse_tree, "stmts");
			const char *elem = stmts && *stmts == '[' ? skip_ws(stmts + 1) : NULL;
			const char *stmt = elem && *elem == '{' ? member(elem, "stmt") : NULL;
			if (stmt)
				classify(&out->stmts[out->count - 1], stmt);
		}
		pg_query_free_parse_result(one);
	}
	pg_query_free_split_result(r);
	return rc;
}

int sg_split__chunk(sg_script *out, char *text, size_t len, int line0, int col0, size_t *error_at, char **message)
{
	memset(out, 0, sizeof(*out));
	*error_at = 0;
	*message = NULL;
	size_t cap = 0;
	int rc;
	if (len > SG_SPLIT_JSON_MAX) {
		rc = statements_without_json(out, text, len, &cap, error_at, message);
	} else {
		PgQueryParseResult r = pg_query_parse(text);
		if (r.error) {
			*error_at = r.error->cursorpos > 0
					? sg_split_char_to_byte(text, len, (size_t)r.error->cursorpos - 1)
					: SG_SPLIT_NOWHERE;
			*message = strdup(r.error->message);
			rc = *message ? -1 : -2;
		} else {
			rc = statements_from_json(out, text, len, r.parse_tree, &cap);
		}
		pg_query_free_parse_result(r);
	}
	if (rc != 0) {
		sg_split_release(out);
		return rc;
	}
	/* Lines and columns in one pass over the text (statements come in order). */
	size_t at = 0;
	int line = line0, col = col0;
	for (size_t i = 0; i < out->count; i++) {
		for (; at < out->stmts[i].offset; at++) {
			unsigned char ch = (unsigned char)text[at];
			if (ch == '\n') {
				line++;
				col = 1;
			} else if ((ch & 0xC0) != 0x80) {
				col++;
			}
		}
		out->stmts[i].line = line;
		out->stmts[i].column = col;
	}
	if (out->count && out->count < cap) { /* fitted: a run keeps the statements of every file it checks */
		sg_stmt *fit = realloc(out->stmts, out->count * sizeof(*fit));
		if (fit)
			out->stmts = fit;
	}
	return 0;
}

bool sg_split__own_transaction(const sg_script *s)
{
	if (s->count < 2 || s->stmts[0].txn != SG_STMT_BEGIN || s->stmts[s->count - 1].txn != SG_STMT_COMMIT)
		return false;
	for (size_t i = 1; i + 1 < s->count; i++)
		if (s->stmts[i].txn != SG_STMT_PLAIN)
			return false;
	return true;
}

int sg_split_script(sg_script *out, const char *text, size_t len, const char *file, sg_error *err)
{
	/* The parser reads a NUL-terminated copy it may cut in place. */
	char *copy = malloc(len + 1);
	if (!copy) {
		memset(out, 0, sizeof(*out));
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	}
	memcpy(copy, text, len);
	copy[len] = '\0';
	size_t at;
	char *message;
	int rc = sg_split__chunk(out, copy, len, 1, 1, &at, &message);
	free(copy);
	if (rc == -2)
		return sg_error_set(err, SG_ERR_SYSTEM, "out of memory");
	if (rc != 0) {
		int line, col;
		sg_split_linecol(text, at == SG_SPLIT_NOWHERE ? 0 : at, &line, &col);
		sg_error_set(err, SG_ERR_INPUT, "%s:%d:%d: %s", file, line, col, message);
		free(message);
		return -1;
	}
	out->no_transaction = sg_split_has_no_tx_directive(text);
	out->own_transaction = sg_split__own_transaction(out);
	return 0;
}

int sg_split__refuse(const sg_stmt *st, const char *file, sg_error *err)
{
	if (st->no_tx)
		return sg_error_set(err, SG_ERR_INPUT,
				    "%s:%d:%d: %s cannot run inside a transaction block; add the line "
				    "'-- migrate:no-transaction' at the top of the file to run it statement by "
				    "statement",
				    file, st->line, st->column, st->no_tx);
	return sg_error_set(err, SG_ERR_INPUT,
			    "%s:%d:%d: transaction control is allowed only as one BEGIN first and one "
			    "COMMIT last; add the line '-- migrate:no-transaction' at the top of the "
			    "file to manage transactions yourself",
			    file, st->line, st->column);
}

int sg_split_check_transactional(const sg_script *s, const char *file, sg_error *err)
{
	for (size_t i = 0; i < s->count; i++) {
		const sg_stmt *st = &s->stmts[i];
		bool wrapper = s->own_transaction && (i == 0 || i + 1 == s->count);
		if (st->no_tx || (st->txn != SG_STMT_PLAIN && !wrapper))
			return sg_split__refuse(st, file, err);
	}
	return 0;
}
