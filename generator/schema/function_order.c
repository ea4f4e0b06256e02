/* See function_order.h. */
#include "function_order.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

typedef struct named {
	const char *name;
	size_t i;
} named;

typedef struct order_state {
	const sg_schema *s;
	named *by_name;	     /* every function, sorted by name */
	unsigned char *mark; /* 0 unseen, 1 on the path, 2 placed */
	size_t *out, nout;
	char *word; /* scratch for one identifier */
} order_state;

static int by_name(const void *a, const void *b)
{
	const named *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : (x->i > y->i) - (x->i < y->i);
}

/* The first index in st->by_name whose function is named `name`, or st->s->nfunctions. */
static size_t first_named(const order_state *st, const char *name)
{
	size_t lo = 0, hi = st->s->nfunctions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(st->by_name[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static void place(order_state *st, size_t i);

/* Place every function named `name` (an overload may be the one called). */
static void place_named(order_state *st, const char *name)
{
	for (size_t k = first_named(st, name); k < st->s->nfunctions && strcmp(st->by_name[k].name, name) == 0; k++)
		place(st, st->by_name[k].i);
}

/* Past the string literal, dollar-quoted text or comment at `p`; `p` itself when there is none. */
static const char *skip_quoted(const char *p)
{
	if (*p == '\'') {
		for (p++; *p; p++)
			if (*p == '\'' && *++p != '\'')
				return p;
		return p;
	}
	if (p[0] == '-' && p[1] == '-') {
		while (*p && *p != '\n')
			p++;
		return p;
	}
	if (*p == '$') {
		const char *tag_end = p + 1;
		while (isalnum((unsigned char)*tag_end) || *tag_end == '_')
			tag_end++;
		if (*tag_end != '$')
			return p;
		size_t len = (size_t)(tag_end - p) + 1;
		for (const char *q = tag_end + 1; *q; q++)
			if (strncmp(q, p, len) == 0)
				return q + len;
		return p + strlen(p);
	}
	return p;
}

/* Place the functions `text` calls: identifiers followed by `(`, but `self` (the header names it). */
static void place_calls(order_state *st, const char *text, const char *self)
{
	for (const char *p = text; p && *p;) {
		const char *q = skip_quoted(p);
		if (q != p) {
			p = q;
			continue;
		}
		size_t n = 0;
		if (*p == '"') {
			for (p++; *p && !(*p == '"' && p[1] != '"'); p++) {
				if (*p == '"')
					p++;
				st->word[n++] = *p;
			}
			if (*p)
				p++;
		} else if (isalpha((unsigned char)*p) || *p == '_') {
			if (p > text && (isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '$')) {
				p++;
				continue;
			}
			while (isalnum((unsigned char)*p) || *p == '_' || *p == '$')
				st->word[n++] = (char)tolower((unsigned char)*p++);
		} else {
			p++;
			continue;
		}
		st->word[n] = '\0';
		const char *after = p;
		while (*after == ' ' || *after == '\n' || *after == '\t')
			after++;
		if (*after == '(' && n > 0 && strcmp(st->word, self) != 0)
			place_named(st, st->word);
	}
}

static void place(order_state *st, size_t i)
{
	if (st->mark[i])
		return; /* placed, or a cycle closing here */
	st->mark[i] = 1;
	place_calls(st, st->s->functions[i].definition, st->s->functions[i].name);
	st->mark[i] = 2;
	st->out[st->nout++] = i;
}

size_t *sg_function_order(const sg_schema *s)
{
	size_t n = s->nfunctions, longest = 0;
	for (size_t i = 0; i < n; i++) {
		size_t len = s->functions[i].definition ? strlen(s->functions[i].definition) : 0;
		longest = len > longest ? len : longest;
	}
	order_state st = {.s = s,
			  .by_name = malloc((n + 1) * sizeof(named)),
			  .mark = calloc(n + 1, 1),
			  .out = malloc((n + 1) * sizeof(size_t)),
			  .word = malloc(longest + 1)};
	if (!st.by_name || !st.mark || !st.out || !st.word) {
		free(st.by_name);
		free(st.mark);
		free(st.out);
		free(st.word);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		st.by_name[i] = (named){.name = s->functions[i].name, .i = i};
	qsort(st.by_name, n, sizeof(named), by_name);
	for (size_t i = 0; i < n; i++)
		place(&st, i);
	free(st.by_name);
	free(st.mark);
	free(st.word);
	return st.out;
}
