/*
 * sg_colmap: column correspondence of a matched table pair, rename ordering,
 * and identifiers in catalog-deparsed text.
 */
#include "colmap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "quote.h"

/* ---- identifiers in deparsed text ---- */

/*
 * Called for every identifier that may name a column: `start`..`end` is its
 * span in the text, `name` its value (quotes removed, "" undoubled).
 */
typedef void ident_fn(void *arg, size_t start, size_t end, const char *name);

static bool ident_start(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

static bool ident_char(unsigned char c)
{
	return ident_start(c) || (c >= '0' && c <= '9') || c == '$';
}

static size_t skip_space(const char *t, size_t i)
{
	while (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')
		i++;
	return i;
}

/* Words that continue a type name after `::` (`character varying`, `timestamp(3) with time zone`). */
static bool type_word(const char *w, size_t n)
{
	static const char *const words[] = {"varying", "precision", "with", "without", "time", "zone"};
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && strncmp(words[i], w, n) == 0)
			return true;
	return false;
}

/* The end of a string literal opened at t[i] == '\''; backslash escapes when `escapes` (E'...'). */
static size_t skip_string(const char *t, size_t i, bool escapes)
{
	for (i++; t[i]; i++) {
		if (escapes && t[i] == '\\' && t[i + 1]) {
			i++;
		} else if (t[i] == '\'') {
			if (t[i + 1] != '\'')
				return i + 1;
			i++;
		}
	}
	return i;
}

/* The end of a dollar-quoted string opened at t[i] == '$', or 0 when t[i] opens none ($1 is a parameter). */
static size_t skip_dollar(const char *t, size_t i)
{
	size_t j = i + 1;
	while (t[j] && ident_char((unsigned char)t[j]) && t[j] != '$')
		j++;
	if (t[j] != '$' || (j > i + 1 && t[i + 1] >= '0' && t[i + 1] <= '9'))
		return 0;
	size_t taglen = j + 1 - i;
	for (size_t k = j + 1; t[k]; k++)
		if (t[k] == '$' && strncmp(t + k, t + i, taglen) == 0)
			return k + taglen;
	return strlen(t);
}

static void scan_idents(const char *t, ident_fn *fn, void *arg)
{
	sg_strbuf name = SG_STRBUF_INIT;
	bool type_mode = false; /* after `::`: identifiers are type names */
	bool after_dot = false; /* the previous token was `.`: a qualified name's later part */
	size_t i = 0;
	while (t[i]) {
		unsigned char c = (unsigned char)t[i];
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			i++;
			continue;
		}
		if (c == '\'') {
			i = skip_string(t, i, false);
			type_mode = after_dot = false;
			continue;
		}
		if (c == '-' && t[i + 1] == '-') {
			while (t[i] && t[i] != '\n')
				i++;
			continue;
		}
		if (c == '/' && t[i + 1] == '*') {
			int depth = 0;
			do {
				if (t[i] == '/' && t[i + 1] == '*') {
					depth++;
					i += 2;
				} else if (t[i] == '*' && t[i + 1] == '/') {
					depth--;
					i += 2;
				} else {
					i++;
				}
			} while (t[i] && depth > 0);
			continue;
		}
		if (c == '$') {
			size_t end = skip_dollar(t, i);
			i = end ? end : i + 1;
			while (!end && t[i] >= '0' && t[i] <= '9')
				i++;
			type_mode = after_dot = false;
			continue;
		}
		if (c >= '0' && c <= '9') {
			while (t[i] && (ident_char((unsigned char)t[i]) || t[i] == '.'))
				i++;
			after_dot = false;
			continue;
		}
		if (c == '"' || ident_start(c)) {
			size_t start = i;
			sg_strbuf_reset(&name);
			bool quoted = c == '"';
			if (quoted) {
				for (i++; t[i]; i++) {
					if (t[i] == '"') {
						if (t[i + 1] != '"')
							break;
						i++;
					}
					sg_strbuf_addch(&name, t[i]);
				}
				if (t[i])
					i++;
			} else {
				while (t[i] && ident_char((unsigned char)t[i]))
					i++;
				if (t[i] == '\'' && i - start == 1 && (t[start] == 'E' || t[start] == 'e')) {
					i = skip_string(t, i, true);
					type_mode = after_dot = false;
					continue;
				}
				sg_strbuf_add(&name, t + start, i - start);
			}
			size_t next = skip_space(t, i);
			bool call = t[next] == '(' && !type_mode;
			bool qualifier = t[next] == '.';
			if (!call && !qualifier && !after_dot && !type_mode)
				fn(arg, start, i, name.data);
			after_dot = false;
			if (type_mode) {
				/* Stay in the type while its words, modifiers and brackets follow. */
				size_t n = next;
				bool more = t[n] == '(' || t[n] == '[' || t[n] == '.';
				if (!more && ident_start((unsigned char)t[n])) {
					size_t e = n;
					while (t[e] && ident_char((unsigned char)t[e]))
						e++;
					more = type_word(t + n, e - n);
				}
				type_mode = more;
			}
			continue;
		}
		if (c == ':' && t[i + 1] == ':') {
			type_mode = true;
			after_dot = false;
			i += 2;
			continue;
		}
		if (c == '.') {
			after_dot = true;
			i++;
			continue;
		}
		if (type_mode && (c == '(' || c == '[')) {
			/* A type modifier or array brackets: `numeric(10,2)`, `text[]`. */
			char close = c == '(' ? ')' : ']';
			while (t[i] && t[i] != close)
				i++;
			if (t[i])
				i++;
			size_t n = skip_space(t, i);
			bool more = t[n] == '[';
			if (!more && ident_start((unsigned char)t[n])) {
				size_t e = n;
				while (t[e] && ident_char((unsigned char)t[e]))
					e++;
				more = type_word(t + n, e - n);
			}
			type_mode = more;
			continue;
		}
		type_mode = after_dot = false;
		i++;
	}
	sg_strbuf_release(&name);
}

typedef struct mention_arg {
	const char *name;
	bool found;
} mention_arg;

static void mention_fn(void *arg, size_t start, size_t end, const char *name)
{
	(void)start;
	(void)end;
	mention_arg *m = arg;
	if (strcmp(m->name, name) == 0)
		m->found = true;
}

bool sg_expr_mentions(const char *text, const char *name)
{
	if (!text)
		return false;
	mention_arg m = {name, false};
	scan_idents(text, mention_fn, &m);
	return m.found;
}

typedef struct rename_arg {
	const char *text;
	sg_strbuf *out;
	size_t copied;
	const char *const *from, *const *to;
	size_t n;
} rename_arg;

static void rename_fn(void *arg, size_t start, size_t end, const char *name)
{
	rename_arg *r = arg;
	for (size_t i = 0; i < r->n; i++) {
		if (strcmp(r->from[i], name) != 0)
			continue;
		sg_strbuf_add(r->out, r->text + r->copied, start - r->copied);
		sg_quote_ident(r->out, r->to[i]);
		r->copied = end;
		return;
	}
}

void sg_expr_rename(sg_strbuf *out, const char *text, const char *const *from, const char *const *to, size_t n)
{
	if (!text)
		return;
	rename_arg r = {text, out, 0, from, to, n};
	if (n)
		scan_idents(text, rename_fn, &r);
	sg_strbuf_adds(out, text + r.copied);
}

/* ---- column correspondence ---- */

int sg_colmap_init(sg_colmap *map, const sg_table *cur, const sg_table *want)
{
	memset(map, 0, sizeof(*map));
	map->cur = cur;
	map->want = want;
	map->cur_to_want = calloc(cur->ncolumns + 1, sizeof(*map->cur_to_want));
	map->want_to_cur = calloc(want->ncolumns + 1, sizeof(*map->want_to_cur));
	map->rebuilt = calloc(cur->ncolumns + 1, sizeof(*map->rebuilt));
	if (!map->cur_to_want || !map->want_to_cur || !map->rebuilt) {
		sg_colmap_release(map);
		return -1;
	}
	/* Hints first: a live `renamed_from` takes its old column even when the new name is taken now. */
	for (size_t i = 0; i < want->ncolumns; i++) {
		const sg_column *w = &want->columns[i];
		if (!w->renamed_from || strcmp(w->renamed_from, w->name) == 0)
			continue;
		const sg_column *c = sg_table_find_column(cur, w->renamed_from);
		if (!c || map->cur_to_want[c - cur->columns])
			continue;
		/*
		 * The models still have a column of the old name: the hint is stale
		 * (the rename happened long ago and a new column took the name), unless
		 * that column is itself renamed from another current column (a swap).
		 */
		const sg_column *keeper = sg_table_find_column(want, w->renamed_from);
		if (keeper && !(keeper->renamed_from && strcmp(keeper->renamed_from, keeper->name) != 0 &&
				sg_table_find_column(cur, keeper->renamed_from)))
			continue;
		map->cur_to_want[c - cur->columns] = w;
		map->want_to_cur[i] = c;
	}
	for (size_t i = 0; i < want->ncolumns; i++) {
		if (map->want_to_cur[i])
			continue;
		const sg_column *w = &want->columns[i];
		const sg_column *c = sg_table_find_column(cur, w->name);
		if (!c || map->cur_to_want[c - cur->columns])
			continue;
		map->cur_to_want[c - cur->columns] = w;
		map->want_to_cur[i] = c;
	}
	return 0;
}

void sg_colmap_release(sg_colmap *map)
{
	free(map->cur_to_want);
	free(map->want_to_cur);
	free(map->rebuilt);
	map->cur_to_want = map->want_to_cur = NULL;
	map->rebuilt = NULL;
}

const sg_column *sg_colmap_want(const sg_colmap *map, const char *cur_name)
{
	const sg_column *c = sg_table_find_column(map->cur, cur_name);
	return c ? map->cur_to_want[c - map->cur->columns] : NULL;
}

const sg_column *sg_colmap_cur(const sg_colmap *map, const char *want_name)
{
	const sg_column *w = sg_table_find_column(map->want, want_name);
	return w ? map->want_to_cur[w - map->want->columns] : NULL;
}

bool sg_colmap_is_rebuilt(const sg_colmap *map, const char *cur_name)
{
	const sg_column *c = sg_table_find_column(map->cur, cur_name);
	return c && map->rebuilt[c - map->cur->columns];
}

void sg_colmap_rename_text(const sg_colmap *map, sg_strbuf *out, const char *text)
{
	if (!text)
		return;
	if (!map) {
		sg_strbuf_adds(out, text);
		return;
	}
	size_t n = 0;
	for (size_t i = 0; i < map->cur->ncolumns; i++) {
		const sg_column *w = map->cur_to_want[i];
		if (w && strcmp(w->name, map->cur->columns[i].name) != 0)
			n++;
	}
	if (n == 0) {
		sg_strbuf_adds(out, text);
		return;
	}
	const char **from = malloc(n * sizeof(*from)), **to = malloc(n * sizeof(*to));
	if (!from || !to) {
		free(from);
		free(to);
		out->failed = true;
		return;
	}
	n = 0;
	for (size_t i = 0; i < map->cur->ncolumns; i++) {
		const sg_column *w = map->cur_to_want[i];
		if (w && strcmp(w->name, map->cur->columns[i].name) != 0) {
			from[n] = map->cur->columns[i].name;
			to[n++] = w->name;
		}
	}
	sg_expr_rename(out, text, from, to, n);
	free(from);
	free(to);
}

/* ---- rename ordering ---- */

static bool name_in(const char *name, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] && strcmp(names[i], name) == 0)
			return true;
	return false;
}

static int push_step(sg_rename_list *out, const char *from, const char *to)
{
	sg_rename_step *grown = realloc(out->steps, (out->nsteps + 1) * sizeof(*grown));
	if (!grown)
		return -1;
	out->steps = grown;
	out->steps[out->nsteps++] = (sg_rename_step){from, to};
	return 0;
}

/* A name not in `taken` nor among the targets: `<from>_sg_tmp`, then `_sg_tmp2`...; owned by `out`. */
static char *temporary_name(sg_rename_list *out, const char *from, const char *const *taken, size_t ntaken,
			    const char *const *to, size_t n)
{
	char **grown = realloc(out->owned, (out->nowned + 1) * sizeof(*grown));
	if (!grown)
		return NULL;
	out->owned = grown;
	char buf[SG_NAMEDATALEN + 16];
	for (unsigned k = 1;; k++) {
		char suffix[16];
		snprintf(suffix, sizeof(suffix), k == 1 ? "_sg_tmp" : "_sg_tmp%u", k);
		size_t keep = strlen(from);
		if (keep + strlen(suffix) > SG_NAMEDATALEN - 1)
			keep = SG_NAMEDATALEN - 1 - strlen(suffix);
		snprintf(buf, sizeof(buf), "%.*s%s", (int)keep, from, suffix);
		if (!name_in(buf, taken, ntaken) && !name_in(buf, to, n))
			break;
	}
	char *s = strdup(buf);
	if (s)
		out->owned[out->nowned++] = s;
	return s;
}

int sg_rename_order(sg_rename_list *out, const char *const *from, const char *const *to, size_t n,
		    const char *const *taken, size_t ntaken)
{
	memset(out, 0, sizeof(*out));
	if (n == 0)
		return 0;
	/* The names in use as renames proceed: a copy of `taken`, updated in place. */
	const char **in_use = malloc((ntaken + n) * sizeof(*in_use));
	const char **src = malloc(n * sizeof(*src));
	bool *done = calloc(n, sizeof(*done));
	if (!in_use || !src || !done)
		goto oom;
	memcpy(in_use, taken, ntaken * sizeof(*in_use));
	size_t nused = ntaken;
	memcpy(src, from, n * sizeof(*src));
	for (size_t left = n; left > 0;) {
		bool progressed = false;
		for (size_t i = 0; i < n; i++) {
			if (done[i] || name_in(to[i], in_use, nused))
				continue;
			if (push_step(out, src[i], to[i]) != 0)
				goto oom;
			for (size_t k = 0; k < nused; k++)
				if (in_use[k] && strcmp(in_use[k], src[i]) == 0)
					in_use[k] = NULL;
			in_use[nused++] = to[i];
			done[i] = true;
			left--;
			progressed = true;
		}
		if (progressed || left == 0)
			continue;
		/* Every target is taken by another rename's source: a cycle.  Move one source aside. */
		size_t i = 0;
		while (done[i])
			i++;
		char *tmp = temporary_name(out, src[i], in_use, nused, to, n);
		if (!tmp || push_step(out, src[i], tmp) != 0)
			goto oom;
		for (size_t k = 0; k < nused; k++)
			if (in_use[k] && strcmp(in_use[k], src[i]) == 0)
				in_use[k] = tmp;
		src[i] = tmp;
	}
	free(in_use);
	free(src);
	free(done);
	return 0;
oom:
	free(in_use);
	free(src);
	free(done);
	sg_rename_list_release(out);
	return -1;
}

void sg_rename_list_release(sg_rename_list *list)
{
	for (size_t i = 0; i < list->nowned; i++)
		free(list->owned[i]);
	free(list->owned);
	free(list->steps);
	memset(list, 0, sizeof(*list));
}
