/*
 * sg_fixpoint_candidate: the known non-fixpoint forms of the server's deparse
 * rewritten into texts that read back as they are (see fixpoint.h).  The text
 * is parsed with libpg_query; the forms are found in the parse tree and the
 * edits are made in the text itself at the tree's byte locations, so the rest
 * of the text stays exactly the server's.
 */
#include "fixpoint.h"

#include <pg_query.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "model_json.h"
#include "strbuf.h"

/* One edit of the text: bytes [start, end) replaced by `with`. */
typedef struct edit {
	size_t start, end;
	const char *with;
} edit;

typedef struct rewrite {
	const char *text; /* the text being rewritten */
	size_t len;
	size_t prefix; /* length of the wrapper before it in the parsed statement */
	edit *edits;
	size_t n, cap;
	sg_arena *strings; /* the edits' texts that are not literals */
	bool typed;	   /* array casts: keep them, over a cast of the constructor to its own type */
	bool failed;
} rewrite;

static void add_edit(rewrite *rw, size_t start, size_t end, const char *with)
{
	if (rw->n == rw->cap) {
		size_t cap = rw->cap ? rw->cap * 2 : 8;
		edit *p = realloc(rw->edits, cap * sizeof(*p));
		if (!p) {
			rw->failed = true;
			return;
		}
		rw->edits = p;
		rw->cap = cap;
	}
	rw->edits[rw->n++] = (edit){start, end, with};
}

/* The location member of a node's body, as an offset into rw->text; false when outside it. */
static bool location(const rewrite *rw, const sg_json *body, size_t *out)
{
	const sg_json *loc = sg_json_get(body, "location");
	if (!loc || loc->type != SG_JSON_NUMBER)
		return false;
	long v = strtol(loc->str, NULL, 10);
	if (v < (long)rw->prefix || (size_t)v - rw->prefix >= rw->len)
		return false;
	*out = (size_t)v - rw->prefix;
	return true;
}

/* Skip a quoted string or identifier starting at s[i] (a ' or "); the index after it, or len. */
static size_t skip_quoted(const char *s, size_t len, size_t i)
{
	char q = s[i];
	for (i++; i < len; i++) {
		if (s[i] != q)
			continue;
		if (i + 1 < len && s[i + 1] == q) {
			i++;
			continue;
		}
		return i + 1;
	}
	return len;
}

/* The index after the `]` that closes the `[` at s[open], or 0. */
static size_t close_bracket(const char *s, size_t len, size_t open)
{
	int depth = 0;
	for (size_t i = open; i < len;) {
		if (s[i] == '\'' || s[i] == '"') {
			i = skip_quoted(s, len, i);
			continue;
		}
		if (s[i] == '[' || s[i] == '(')
			depth++;
		else if (s[i] == ']' || s[i] == ')') {
			if (--depth == 0)
				return s[i] == ']' ? i + 1 : 0;
		}
		i++;
	}
	return 0;
}

/* The index after the element that starts at s[at]: the next `,` or `]` outside quotes and brackets. */
static size_t element_end(const char *s, size_t len, size_t at)
{
	int depth = 0;
	for (size_t i = at; i < len;) {
		if (s[i] == '\'' || s[i] == '"') {
			i = skip_quoted(s, len, i);
			continue;
		}
		if (s[i] == '(' || s[i] == '[')
			depth++;
		else if ((s[i] == ')' || s[i] == ']') && depth-- == 0)
			return i;
		else if (s[i] == ',' && depth == 0)
			return i;
		i++;
	}
	return len;
}

/*
 * The type of the array constructor `arr` as its text says it, in rw->strings:
 * every element a cast to the same type E (`(1)::bigint`, `NULL::bigint`,
 * `'1'::text`), a constructor of such elements, or an integer number (E
 * `integer`), the array is `E[]` (E
 * itself when E is an array type: a multi-dimensional array).  NULL when an
 * element says no type (a column, a call): the text alone does not tell.
 */
static const char *constructor_type(rewrite *rw, const sg_json *arr)
{
	const sg_json *elems = sg_json_get(arr, "elements");
	if (!elems || elems->type != SG_JSON_ARRAY || elems->n == 0)
		return NULL;
	const char *type = NULL;
	size_t tlen = 0;
	for (size_t i = 0; i < elems->n; i++) {
		const sg_json *sub = sg_json_get(elems->items[i], "A_ArrayExpr");
		const sg_json *cast = sg_json_get(elems->items[i], "TypeCast");
		const char *t = NULL;
		size_t len = 0, at;
		const sg_json *cons = sg_json_get(elems->items[i], "A_Const");
		if (sub) {
			t = constructor_type(rw, sub);
			len = t ? strlen(t) : 0;
		} else if (cons && sg_json_get(cons, "ival")) {
			t = "integer"; /* a number that fits one (a larger one is bigint or numeric: not told) */
			len = strlen(t);
		} else if (cast && location(rw, sg_json_get(cast, "typeName"), &at)) {
			t = rw->text + at;
			len = element_end(rw->text, rw->len, at) - at;
			while (len > 0 && t[len - 1] == ' ')
				len--;
		}
		if (!t || !len || (type && (len != tlen || strncmp(t, type, len) != 0)))
			return NULL;
		type = t;
		tlen = len;
	}
	bool array = tlen > 2 && strncmp(type + tlen - 2, "[]", 2) == 0;
	char *out = rw->strings ? sg_arena_alloc(rw->strings, tlen + 3) : NULL;
	if (!out) {
		rw->failed = true;
		return NULL;
	}
	memcpy(out, type, tlen);
	strcpy(out + tlen, array ? "" : "[]");
	return out;
}

/*
 * The typed form of an array cast: `(ARRAY[(1)::bigint])::integer[]`, an
 * explicit cast of a constructor whose type was set before (a cast of a cast,
 * `ARRAY[1]::bigint[]::int[]`), parsed again casts each element
 * (`ARRAY[((1)::bigint)::integer]`).  The constructor cast to its own type
 * first, a cast the server drops, keeps it whole:
 * `((ARRAY[(1)::bigint])::bigint[])::integer[]`.  `at`: where ARRAY starts,
 * `paren`: the `(` around it or SIZE_MAX, `end`: after its `]`.
 */
static void typed_array_cast(rewrite *rw, const sg_json *arr, size_t at, size_t paren, size_t end)
{
	const char *type = constructor_type(rw, arr);
	if (!type)
		return;
	char *with = rw->strings ? sg_arena_alloc(rw->strings, strlen(type) + 8) : NULL;
	if (!with) {
		rw->failed = true;
		return;
	}
	size_t from = paren != SIZE_MAX ? paren : at;
	size_t after = paren != SIZE_MAX ? end + 1 : end;
	sprintf(with, "%s::%s)", paren != SIZE_MAX ? ")" : "", type);
	add_edit(rw, from, from, "(");
	add_edit(rw, after - (paren != SIZE_MAX), after, with);
}

/*
 * `(ARRAY[...])::T[]` or `ARRAY[...]::T[]` (an array constructor under an
 * array cast, format_type's name ending in `[]`): the cast and the parentheses
 * around the constructor go.  In the typed rewrite (rw->typed) the cast stays,
 * over one of the constructor to its own type (typed_array_cast), and T may be
 * a domain over an array.
 */
static void array_cast(rewrite *rw, const sg_json *cast)
{
	const sg_json *arr = sg_json_get(sg_json_get(cast, "arg"), "A_ArrayExpr");
	size_t at;
	const char *s = rw->text;
	if (!arr || !location(rw, arr, &at) || strncmp(s + at, "ARRAY", 5) != 0)
		return;
	size_t open = at + 5;
	while (open < rw->len && s[open] == ' ')
		open++;
	if (open >= rw->len || s[open] != '[')
		return;
	size_t end = close_bracket(s, rw->len, open);
	if (!end)
		return;
	size_t paren = SIZE_MAX, i = end;
	if (i < rw->len && s[i] == ')') {
		size_t k = at;
		while (k > 0 && s[k - 1] == ' ')
			k--;
		if (k == 0 || s[k - 1] != '(')
			return;
		paren = k - 1;
		i++;
	}
	if (i + 2 > rw->len || s[i] != ':' || s[i + 1] != ':')
		return;
	if (rw->typed) {
		typed_array_cast(rw, arr, at, paren, end);
		return;
	}
	/* The type name runs to its first `[]` (format_type writes one for any number of dimensions). */
	size_t j = i + 2;
	while (j < rw->len && !(s[j] == '[' && j + 1 < rw->len && s[j + 1] == ']')) {
		if (s[j] == '"') {
			j = skip_quoted(s, rw->len, j);
			continue;
		}
		if (s[j] == ',' || s[j] == '[' || s[j] == ']' || s[j] == '\'')
			return;
		j++;
	}
	if (j >= rw->len)
		return;
	if (paren != SIZE_MAX)
		add_edit(rw, paren, paren + 1, "");
	add_edit(rw, end, j + 2, "");
}

/*
 * A number whose text starts with `-`: the parser folded `- 1` (a unary minus
 * the server printed as `(- 1)`) into a negative constant, which the server
 * would print `'-1'::integer`.  The operator spelled OPERATOR(pg_catalog.-) is
 * the same operator, not folded.
 */
static void negated_number(rewrite *rw, const sg_json *cons)
{
	size_t at;
	if ((!sg_json_get(cons, "ival") && !sg_json_get(cons, "fval")) || !location(rw, cons, &at) ||
	    rw->text[at] != '-')
		return;
	add_edit(rw, at, at + 1, "OPERATOR(pg_catalog.-)");
}

/* Whether a String node of a name list has the value `want`. */
static bool string_is(const sg_json *node, const char *want)
{
	const sg_json *v = sg_json_get(sg_json_get(node, "String"), "sval");
	return v && v->type == SG_JSON_STRING && strcmp(v->str, want) == 0;
}

/*
 * `EXTRACT(YEAR FROM x)` where the field has an upper-case letter: the
 * server keeps the field as the string it was given (`extract('YEAR' FROM
 * x)`) and prints it bare, and parsed again a bare field is folded to lower
 * case.  The field quoted, `EXTRACT('YEAR' FROM x)`, is the string again.
 */
static void extract_field(rewrite *rw, const sg_json *call)
{
	const sg_json *format = sg_json_get(call, "funcformat");
	const sg_json *name = sg_json_get(call, "funcname");
	const sg_json *args = sg_json_get(call, "args");
	if (!format || format->type != SG_JSON_STRING || strcmp(format->str, "COERCE_SQL_SYNTAX") != 0 || !name ||
	    name->type != SG_JSON_ARRAY || name->n != 2 || !string_is(name->items[0], "pg_catalog") ||
	    !string_is(name->items[1], "extract") || !args || args->type != SG_JSON_ARRAY || args->n != 2)
		return;
	const sg_json *field = sg_json_get(args->items[0], "A_Const");
	size_t at;
	if (!field || !sg_json_get(field, "sval") || !location(rw, field, &at))
		return;
	const char *s = rw->text;
	size_t end = at;
	bool upper = false;
	while (end < rw->len && ((s[end] >= 'a' && s[end] <= 'z') || (s[end] >= 'A' && s[end] <= 'Z') ||
				 (s[end] >= '0' && s[end] <= '9') || s[end] == '_')) {
		upper |= s[end] >= 'A' && s[end] <= 'Z';
		end++;
	}
	if (!upper)
		return;
	char *with = rw->strings ? sg_arena_alloc(rw->strings, end - at + 3) : NULL;
	if (!with) {
		rw->failed = true;
		return;
	}
	with[0] = '\'';
	memcpy(with + 1, s + at, end - at);
	with[end - at + 1] = '\'';
	with[end - at + 2] = '\0';
	add_edit(rw, at, end, with);
}

/* The index of the `)` that closes the `(` at s[open], quotes skipped; 0 when none does. */
static size_t close_paren(const char *s, size_t len, size_t open)
{
	int depth = 0;
	for (size_t i = open; i < len;) {
		if (s[i] == '\'' || s[i] == '"') {
			i = skip_quoted(s, len, i);
			continue;
		}
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')' && --depth == 0)
			return i;
		i++;
	}
	return 0;
}

/* Whether s[from, to) has ` AND ` (or ` OR `: `op`) outside every parenthesis and quote. */
static bool top_level_op(const char *s, size_t from, size_t to, const char *op)
{
	size_t oplen = strlen(op);
	int depth = 0;
	for (size_t i = from; i < to;) {
		if (s[i] == '\'' || s[i] == '"') {
			i = skip_quoted(s, to, i);
			continue;
		}
		if (s[i] == '(')
			depth++;
		else if (s[i] == ')')
			depth--;
		else if (depth == 0 && i + oplen <= to && strncmp(s + i, op, oplen) == 0)
			return true;
		i++;
	}
	return false;
}

/*
 * `((a AND b) AND c)`: an AND (OR) whose first operand is itself an AND (OR).
 * The server keeps such a tree from a BETWEEN, a row comparison, `IN` with a
 * column among the values, each expanded into an AND or OR after parsing
 * (`x BETWEEN 1 AND 2 AND y > 0`); its text, parsed again, is flattened into
 * one `(a AND b AND c)`.  A cast to boolean of the inner one, a no-op the
 * server drops, keeps it apart: `(((a AND b))::boolean AND c)`.  Only the
 * plain deparse (checks, defaults, generated columns, domains) prints every
 * AND and OR in parentheses; the pretty one (index predicates, views) prints
 * both trees alike.
 */
static void nested_bool(rewrite *rw)
{
	const char *s = rw->text;
	for (size_t p = 1; p < rw->len;) {
		if (s[p] == '\'' || s[p] == '"') {
			p = skip_quoted(s, rw->len, p);
			continue;
		}
		if (s[p] != '(' || s[p - 1] != '(') {
			p++;
			continue;
		}
		size_t q = close_paren(s, rw->len, p);
		if (!q)
			return;
		const char *ops[] = {" AND ", " OR "};
		for (size_t k = 0; k < 2; k++)
			if (strncmp(s + q + 1, ops[k], strlen(ops[k])) == 0 && top_level_op(s, p + 1, q, ops[k])) {
				add_edit(rw, p, p, "(");
				add_edit(rw, q + 1, q + 1, ")::boolean");
			}
		p++;
	}
}

/*
 * An index element the server printed bare that is not one (`(c) IS
 * DOCUMENT`: pg_get_indexdef leaves out the parentheses around an XML
 * expression, as around a function call, and IS DOCUMENT is not a function
 * call): the longest prefix of it, up to a space, that parenthesized makes
 * the element parse.  NULL when there is none.
 */
static char *parenthesized_element(const char *text)
{
	size_t len = strlen(text);
	sg_strbuf as_is = SG_STRBUF_INIT;
	sg_strbuf_addf(&as_is, "CREATE INDEX i ON t (%s)", text);
	if (sg_strbuf_failed(&as_is)) {
		sg_strbuf_release(&as_is);
		return NULL;
	}
	PgQueryParseResult parsed = pg_query_parse(as_is.data);
	bool parses = !parsed.error;
	pg_query_free_parse_result(parsed);
	sg_strbuf_release(&as_is);
	if (parses)
		return NULL;
	for (size_t end = len; end > 0; end--) {
		if (end < len && text[end] != ' ')
			continue;
		sg_strbuf sql = SG_STRBUF_INIT;
		sg_strbuf_addf(&sql, "CREATE INDEX i ON t ((%.*s)%s)", (int)end, text, text + end);
		if (sg_strbuf_failed(&sql)) {
			sg_strbuf_release(&sql);
			return NULL;
		}
		PgQueryParseResult res = pg_query_parse(sql.data);
		bool ok = !res.error;
		pg_query_free_parse_result(res);
		if (ok) {
			/* The element alone, from `CREATE INDEX i ON t (` to the last `)`. */
			size_t skip = strlen("CREATE INDEX i ON t (");
			memmove(sql.data, sql.data + skip, sql.len - skip - 1);
			sql.data[sql.len - skip - 1] = '\0';
			return sg_strbuf_detach(&sql, NULL);
		}
		sg_strbuf_release(&sql);
	}
	return NULL;
}

static void walk(rewrite *rw, const sg_json *node)
{
	if (!node || rw->failed)
		return;
	if (node->type == SG_JSON_ARRAY) {
		for (size_t i = 0; i < node->n; i++)
			walk(rw, node->items[i]);
		return;
	}
	if (node->type != SG_JSON_OBJECT)
		return;
	for (size_t i = 0; i < node->n; i++) {
		if (strcmp(node->keys[i], "TypeCast") == 0)
			array_cast(rw, node->items[i]);
		else if (strcmp(node->keys[i], "A_Const") == 0)
			negated_number(rw, node->items[i]);
		else if (strcmp(node->keys[i], "FuncCall") == 0)
			extract_field(rw, node->items[i]);
		walk(rw, node->items[i]);
	}
}

static int by_start(const void *a, const void *b)
{
	const edit *x = a, *y = b;
	return x->start < y->start ? -1 : x->start > y->start;
}

/* The rewrite of `text`, parsed as the statement `prefix text suffix`; `typed`: see rewrite. */
static char *candidate(const char *text, const char *prefix, const char *suffix, bool typed)
{
	sg_strbuf sql = SG_STRBUF_INIT;
	sg_strbuf_adds(&sql, prefix);
	sg_strbuf_adds(&sql, text);
	sg_strbuf_adds(&sql, suffix);
	if (sg_strbuf_failed(&sql)) {
		sg_strbuf_release(&sql);
		return NULL;
	}
	PgQueryParseResult res = pg_query_parse(sql.data);
	sg_strbuf_release(&sql);
	rewrite rw = {
	    .text = text, .len = strlen(text), .prefix = strlen(prefix), .strings = sg_arena_new(), .typed = typed};
	sg_arena *arena = res.error ? NULL : sg_arena_new();
	const sg_json *root = arena ? sg_json_parse(arena, res.parse_tree) : NULL;
	const sg_json *stmts = sg_json_get(root, "stmts");
	if (stmts && stmts->type == SG_JSON_ARRAY && stmts->n == 1) {
		walk(&rw, stmts->items[0]);
		nested_bool(&rw);
	}
	pg_query_free_parse_result(res);
	sg_arena_free(arena);
	char *out = NULL;
	if (!rw.failed && rw.n) {
		qsort(rw.edits, rw.n, sizeof(*rw.edits), by_start);
		sg_strbuf sb = SG_STRBUF_INIT;
		size_t at = 0;
		for (size_t i = 0; i < rw.n; i++) {
			if (rw.edits[i].start < at) /* overlapping edits: not a form this knows */
				continue;
			sg_strbuf_add(&sb, text + at, rw.edits[i].start - at);
			sg_strbuf_adds(&sb, rw.edits[i].with);
			at = rw.edits[i].end;
		}
		sg_strbuf_add(&sb, text + at, rw.len - at);
		out = sg_strbuf_failed(&sb) ? NULL : sg_strbuf_detach(&sb, NULL);
		if (!out)
			sg_strbuf_release(&sb);
	}
	free(rw.edits);
	sg_arena_free(rw.strings);
	return out;
}

static char *element_candidate(const char *text, bool index_element, bool typed)
{
	if (!index_element)
		return candidate(text, "SELECT ", "", typed);
	char *out = candidate(text, "CREATE INDEX i ON t (", ")", typed);
	if (out)
		return out;
	char *wrapped = parenthesized_element(text);
	if (!wrapped)
		return NULL;
	out = candidate(wrapped, "CREATE INDEX i ON t (", ")", typed);
	if (out) {
		free(wrapped);
		return out;
	}
	return wrapped;
}

char *sg_fixpoint_candidate(const char *text, bool index_element)
{
	return element_candidate(text, index_element, false);
}

char *sg_fixpoint_typed_candidate(const char *text, bool index_element)
{
	return element_candidate(text, index_element, true);
}

bool sg_fixpoint__nested_bool(const char *text)
{
	const char *ops[] = {" AND ", " OR "};
	size_t len = strlen(text);
	for (size_t p = 0; p < len;) {
		if (text[p] == '\'' || text[p] == '"') {
			p = skip_quoted(text, len, p);
			continue;
		}
		size_t q = text[p] == '(' ? close_paren(text, len, p) : 0;
		for (size_t k = 0; q && k < 2; k++) {
			size_t n = strlen(ops[k]);
			if (top_level_op(text, p + 1, q, ops[k]) &&
			    ((p >= n && strncmp(text + p - n, ops[k], n) == 0) ||
			     strncmp(text + q + 1, ops[k], n) == 0))
				return true;
		}
		p++;
	}
	return false;
}

char *sg_fixpoint_query_candidate(const char *query)
{
	return candidate(query, "", "", false);
}

char *sg_fixpoint_typed_query_candidate(const char *query)
{
	return candidate(query, "", "", true);
}
