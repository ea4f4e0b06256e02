/* The statements of a plan's SQL as tokens (sql_tokens.h). */
#include "sql_tokens.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static bool ident_start(int c)
{
	return isalpha(c) || c == '_' || c >= 0x80;
}

bool sg_sql_ident_char(int c)
{
	return ident_start(c) || isdigit(c) || c == '$';
}

const char *sg_sql_next_token(const char *base, const char *p, sg_sql_token *t)
{
	for (;;) {
		while (*p && isspace((unsigned char)*p))
			p++;
		if (p[0] == '-' && p[1] == '-') {
			while (*p && *p != '\n')
				p++;
		} else if (p[0] == '/' && p[1] == '*') {
			const char *end = strstr(p + 2, "*/");
			p = end ? end + 2 : p + strlen(p);
		} else {
			break;
		}
	}
	if (!*p)
		return NULL;
	t->start = p;
	unsigned char c = (unsigned char)*p;
	if (c == '\'') {
		/* E'...' takes backslash escapes (the E a word of its own) */
		bool escapes = p > base && (p[-1] == 'E' || p[-1] == 'e') &&
			       (p - 1 == base || !sg_sql_ident_char((unsigned char)p[-2]));
		for (p++; *p; p++) {
			if (escapes && *p == '\\' && p[1]) {
				p++;
			} else if (*p == '\'') {
				if (p[1] == '\'')
					p++;
				else
					break;
			}
		}
		t->kind = SG_T_STRING;
		p = *p ? p + 1 : p;
	} else if (c == '"') {
		for (p++; *p; p++) {
			if (*p == '"') {
				if (p[1] == '"')
					p++;
				else
					break;
			}
		}
		t->kind = SG_T_QIDENT;
		p = *p ? p + 1 : p;
	} else if (c == '$' && (p[1] == '$' || ident_start((unsigned char)p[1]))) {
		const char *q = p + 1;
		while (*q && *q != '$' && sg_sql_ident_char((unsigned char)*q))
			q++;
		if (*q == '$') {
			size_t taglen = (size_t)(q - p) + 1;
			const char *end = q + 1;
			while ((end = strstr(end, "$")) && strncmp(end, p, taglen) != 0)
				end++;
			t->kind = SG_T_STRING;
			p = end ? end + taglen : p + strlen(p);
		} else {
			t->kind = SG_T_OTHER;
			p++;
		}
	} else if (ident_start(c)) {
		while (*p && sg_sql_ident_char((unsigned char)*p))
			p++;
		t->kind = SG_T_WORD; /* E'...': the string is a token of its own */
	} else if (strchr("(),;.[]", c)) {
		t->kind = SG_T_PUNCT;
		p++;
	} else {
		t->kind = SG_T_OTHER;
		p++;
	}
	t->len = (size_t)(p - t->start);
	return p;
}

bool sg_sql_is_kw(const sg_sql_token *t, size_t n, size_t i, const char *kw)
{
	return i < n && t[i].kind == SG_T_WORD && strlen(kw) == t[i].len && strncasecmp(t[i].start, kw, t[i].len) == 0;
}

bool sg_sql_is_punct(const sg_sql_token *t, size_t n, size_t i, char c)
{
	return i < n && t[i].kind == SG_T_PUNCT && t[i].start[0] == c;
}

bool sg_sql_ident(const sg_sql_token *t, size_t n, size_t i, sg_strbuf *sb)
{
	sg_strbuf_reset(sb);
	if (i >= n)
		return false;
	if (t[i].kind == SG_T_WORD) {
		for (size_t k = 0; k < t[i].len; k++)
			sg_strbuf_addch(sb, (char)tolower((unsigned char)t[i].start[k]));
		return true;
	}
	if (t[i].kind != SG_T_QIDENT)
		return false;
	for (size_t k = 1; k + 1 < t[i].len; k++) {
		sg_strbuf_addch(sb, t[i].start[k]);
		if (t[i].start[k] == '"')
			k++;
	}
	return true;
}

bool sg_sql_name_at(const sg_sql_token *t, size_t n, size_t *i, sg_sql_ns ns, sg_strbuf *sb)
{
	if (!sg_sql_ident(t, n, *i, sb))
		return false;
	(*i)++;
	while (sg_sql_is_punct(t, n, *i, '.')) {
		if (!sg_sql_ident(t, n, *i + 1, sb))
			return false;
		*i += 2;
	}
	if (ns != SG_NS_FUNCTION || !sg_sql_is_punct(t, n, *i, '('))
		return true;
	const char *from = t[*i].start + 1;
	int depth = 0;
	for (; *i < n; (*i)++) {
		if (sg_sql_is_punct(t, n, *i, '('))
			depth++;
		else if (sg_sql_is_punct(t, n, *i, ')') && --depth == 0)
			break;
	}
	if (*i >= n)
		return false;
	const char *to = t[*i].start;
	(*i)++;
	while (from < to && isspace((unsigned char)*from))
		from++;
	while (to > from && isspace((unsigned char)to[-1]))
		to--;
	sg_strbuf_addch(sb, '(');
	sg_strbuf_add(sb, from, (size_t)(to - from));
	sg_strbuf_addch(sb, ')');
	return true;
}

sg_sql_ns sg_sql_kind_at(const sg_sql_token *t, size_t n, size_t *i)
{
	static const struct {
		const char *word;
		sg_sql_ns ns;
	} kinds[] = {{"DOMAIN", SG_NS_TYPE},	   {"TYPE", SG_NS_TYPE},	  {"SEQUENCE", SG_NS_RELATION},
		     {"TABLE", SG_NS_RELATION},	   {"VIEW", SG_NS_RELATION},	  {"INDEX", SG_NS_RELATION},
		     {"FUNCTION", SG_NS_FUNCTION}, {"PROCEDURE", SG_NS_FUNCTION}, {"ROUTINE", SG_NS_FUNCTION}};
	if (sg_sql_is_kw(t, n, *i, "MATERIALIZED") && sg_sql_is_kw(t, n, *i + 1, "VIEW")) {
		*i += 2;
		return SG_NS_RELATION;
	}
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (sg_sql_is_kw(t, n, *i, kinds[k].word)) {
			(*i)++;
			return kinds[k].ns;
		}
	return SG_NS_NONE;
}

void sg_sql_skip_if_exists(const sg_sql_token *t, size_t n, size_t *i)
{
	if (sg_sql_is_kw(t, n, *i, "IF") && sg_sql_is_kw(t, n, *i + 1, "EXISTS"))
		*i += 2;
	else if (sg_sql_is_kw(t, n, *i, "IF") && sg_sql_is_kw(t, n, *i + 1, "NOT") &&
		 sg_sql_is_kw(t, n, *i + 2, "EXISTS"))
		*i += 3;
}
