/*
 * The JSON reader behind model_sql.c: recursive descent over libpg_query's
 * output, with a depth limit so that no input can exhaust the stack.
 */
#include "model_json.h"

#include <string.h>

#define MAX_DEPTH 1000

typedef struct reader {
	sg_arena *arena;
	const char *p;
	int depth;
} reader;

static void skip_ws(reader *r)
{
	while (*r->p == ' ' || *r->p == '\n' || *r->p == '\t' || *r->p == '\r')
		r->p++;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static size_t put_utf8(char *out, unsigned cp)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

static int read_hex4(const char *p, unsigned *out)
{
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		int h = hexval(p[i]);
		if (h < 0)
			return -1;
		v = v * 16 + (unsigned)h;
	}
	*out = v;
	return 0;
}

/* A string starting at the opening quote; the decoded text is never longer than the source. */
static const char *read_string(reader *r)
{
	const char *start = ++r->p;
	const char *end = start;
	while (*end && *end != '"') {
		if (*end == '\\' && end[1])
			end++;
		end++;
	}
	if (*end != '"')
		return NULL;
	char *out = sg_arena_alloc(r->arena, (size_t)(end - start) + 1);
	if (!out)
		return NULL;
	size_t n = 0;
	const char *p = start;
	while (p < end) {
		if (*p != '\\') {
			out[n++] = *p++;
			continue;
		}
		p++;
		switch (*p) {
		case 'n':
			out[n++] = '\n';
			p++;
			break;
		case 't':
			out[n++] = '\t';
			p++;
			break;
		case 'r':
			out[n++] = '\r';
			p++;
			break;
		case 'b':
			out[n++] = '\b';
			p++;
			break;
		case 'f':
			out[n++] = '\f';
			p++;
			break;
		case 'u': {
			unsigned cp;
			if (end - p < 5 || read_hex4(p + 1, &cp) != 0)
				return NULL;
			p += 5;
			if (cp >= 0xd800 && cp < 0xdc00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
				unsigned lo;
				if (read_hex4(p + 2, &lo) == 0 && lo >= 0xdc00 && lo < 0xe000) {
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
					p += 6;
				}
			}
			/* \uXXXX is 6 source bytes and at most 4 decoded ones; a pair is 12 for 4. */
			n += put_utf8(out + n, cp);
			break;
		}
		default:
			out[n++] = *p++;
			break;
		}
	}
	out[n] = '\0';
	r->p = end + 1;
	return out;
}

static sg_json *read_value(reader *r);

static sg_json *read_container(reader *r, bool object)
{
	sg_json *node = sg_arena_alloc(r->arena, sizeof(*node));
	if (!node)
		return NULL;
	node->type = object ? SG_JSON_OBJECT : SG_JSON_ARRAY;
	char close = object ? '}' : ']';
	r->p++;
	skip_ws(r);
	size_t cap = 0;
	if (*r->p == close) {
		r->p++;
		return node;
	}
	for (;;) {
		const char *key = NULL;
		skip_ws(r);
		if (object) {
			if (*r->p != '"' || !(key = read_string(r)))
				return NULL;
			skip_ws(r);
			if (*r->p != ':')
				return NULL;
			r->p++;
		}
		sg_json *item = read_value(r);
		if (!item)
			return NULL;
		if (node->n == cap) {
			size_t ncap = cap ? cap * 2 : 4;
			sg_json **items = sg_arena_array(r->arena, ncap, sizeof(*items));
			const char **keys = sg_arena_array(r->arena, ncap, sizeof(*keys));
			if (!items || !keys)
				return NULL;
			if (node->n) {
				memcpy(items, node->items, node->n * sizeof(*items));
				memcpy(keys, node->keys, node->n * sizeof(*keys));
			}
			node->items = items;
			node->keys = keys;
			cap = ncap;
		}
		node->keys[node->n] = key;
		node->items[node->n++] = item;
		skip_ws(r);
		if (*r->p == ',') {
			r->p++;
			continue;
		}
		if (*r->p != close)
			return NULL;
		r->p++;
		return node;
	}
}

static sg_json *read_value(reader *r)
{
	if (++r->depth > MAX_DEPTH)
		return NULL;
	skip_ws(r);
	sg_json *node = NULL;
	if (*r->p == '{' || *r->p == '[') {
		node = read_container(r, *r->p == '{');
	} else if (*r->p == '"') {
		const char *s = read_string(r);
		if (s && (node = sg_arena_alloc(r->arena, sizeof(*node)))) {
			node->type = SG_JSON_STRING;
			node->str = s;
		}
	} else if (strncmp(r->p, "true", 4) == 0 || strncmp(r->p, "false", 5) == 0 || strncmp(r->p, "null", 4) == 0) {
		if ((node = sg_arena_alloc(r->arena, sizeof(*node)))) {
			node->type = r->p[0] == 'n' ? SG_JSON_NULL : SG_JSON_BOOL;
			node->boolean = r->p[0] == 't';
			r->p += r->p[0] == 'f' ? 5 : 4;
		}
	} else if (*r->p == '-' || (*r->p >= '0' && *r->p <= '9')) {
		const char *start = r->p;
		while (*r->p && strchr("+-0123456789.eE", *r->p))
			r->p++;
		if ((node = sg_arena_alloc(r->arena, sizeof(*node)))) {
			node->type = SG_JSON_NUMBER;
			if (!(node->str = sg_arena_strndup(r->arena, start, (size_t)(r->p - start))))
				node = NULL;
		}
	}
	r->depth--;
	return node;
}

sg_json *sg_json_parse(sg_arena *arena, const char *text)
{
	reader r = {.arena = arena, .p = text};
	sg_json *root = read_value(&r);
	if (!root)
		return NULL;
	skip_ws(&r);
	return *r.p ? NULL : root;
}

const sg_json *sg_json_get(const sg_json *obj, const char *key)
{
	if (!obj || obj->type != SG_JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < obj->n; i++)
		if (strcmp(obj->keys[i], key) == 0)
			return obj->items[i];
	return NULL;
}

const char *sg_json_get_str(const sg_json *obj, const char *key)
{
	const sg_json *v = sg_json_get(obj, key);
	return v && v->type == SG_JSON_STRING ? v->str : NULL;
}
