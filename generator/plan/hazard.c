/*
 * sg_hazard: type-change and default-expression analysis for hazard codes.
 */
#include "hazard.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A type split into its base name and up to two numeric modifiers: numeric(10,2) -> "numeric", 10, 2. */
typedef struct parsed_type {
	char base[128];
	int nmods;
	long mods[2];
	bool array;
} parsed_type;

static void parse_type(const char *text, parsed_type *out)
{
	memset(out, 0, sizeof(*out));
	size_t len = strlen(text);
	if (len >= 2 && strcmp(text + len - 2, "[]") == 0) {
		out->array = true;
		len -= 2;
	}
	const char *paren = memchr(text, '(', len);
	size_t base_len = paren ? (size_t)(paren - text) : len;
	/* "timestamp(3) with time zone" keeps its words after the modifier in the base. */
	const char *close = paren ? memchr(paren, ')', len - (size_t)(paren - text)) : NULL;
	if (base_len >= sizeof(out->base))
		base_len = sizeof(out->base) - 1;
	memcpy(out->base, text, base_len);
	out->base[base_len] = '\0';
	if (close && (size_t)(close + 1 - text) < len) {
		size_t rest = len - (size_t)(close + 1 - text);
		size_t used = strlen(out->base);
		if (used + rest < sizeof(out->base)) {
			memcpy(out->base + used, close + 1, rest);
			out->base[used + rest] = '\0';
		}
	}
	if (paren && close) {
		const char *p = paren + 1;
		while (p < close && out->nmods < 2) {
			char *end;
			long v = strtol(p, &end, 10);
			if (end == p)
				break;
			out->mods[out->nmods++] = v;
			p = end;
			while (p < close && (*p == ',' || isspace((unsigned char)*p)))
				p++;
		}
	}
}

/* Rank of a type in a chain where each step only widens; -1 when not in the chain. */
static int rank_in(const char *const *chain, const char *base)
{
	for (int i = 0; chain[i]; i++)
		if (strcmp(chain[i], base) == 0)
			return i;
	return -1;
}

static bool is_string_type(const char *base)
{
	return strcmp(base, "character varying") == 0 || strcmp(base, "text") == 0;
}

sg_type_change sg_hazard_type_change(const char *from, const char *to)
{
	if (strcmp(from, to) == 0)
		return SG_TYPE_CHANGE_FREE;
	parsed_type a, b;
	parse_type(from, &a);
	parse_type(to, &b);
	if (a.array != b.array)
		return SG_TYPE_CHANGE_LOSSY;

	/* varchar(n) -> varchar(m >= n), varchar(n) -> varchar, varchar -> text, text -> varchar: binary coercible. */
	if (is_string_type(a.base) && is_string_type(b.base)) {
		bool b_unbounded = strcmp(b.base, "text") == 0 || b.nmods == 0;
		bool a_unbounded = strcmp(a.base, "text") == 0 || a.nmods == 0;
		if (b_unbounded)
			return SG_TYPE_CHANGE_FREE;
		if (!a_unbounded && b.mods[0] >= a.mods[0])
			return SG_TYPE_CHANGE_FREE;
		return SG_TYPE_CHANGE_LOSSY;
	}
	if (strcmp(a.base, "numeric") == 0 && strcmp(b.base, "numeric") == 0) {
		if (b.nmods == 0)
			return SG_TYPE_CHANGE_FREE;
		if (a.nmods == 0)
			return SG_TYPE_CHANGE_LOSSY;
		long a_scale = a.nmods > 1 ? a.mods[1] : 0, b_scale = b.nmods > 1 ? b.mods[1] : 0;
		if (b_scale == a_scale && b.mods[0] >= a.mods[0])
			return SG_TYPE_CHANGE_FREE;
		if (b_scale >= a_scale && b.mods[0] - b_scale >= a.mods[0] - a_scale)
			return SG_TYPE_CHANGE_WIDEN;
		return SG_TYPE_CHANGE_LOSSY;
	}
	if (strcmp(a.base, b.base) == 0 && a.nmods == 1 && b.nmods == 1 &&
	    (strcmp(a.base, "bit varying") == 0 || strncmp(a.base, "timestamp", 9) == 0 ||
	     strncmp(a.base, "time", 4) == 0 || strcmp(a.base, "interval") == 0))
		return b.mods[0] >= a.mods[0] ? SG_TYPE_CHANGE_FREE : SG_TYPE_CHANGE_LOSSY;

	static const char *const integers[] = {"smallint", "integer", "bigint", "numeric", NULL};
	static const char *const floats[] = {"real", "double precision", NULL};
	int ra = rank_in(integers, a.base), rb = rank_in(integers, b.base);
	if (ra >= 0 && rb >= 0 && b.nmods == 0)
		return rb > ra ? SG_TYPE_CHANGE_WIDEN : SG_TYPE_CHANGE_LOSSY;
	ra = rank_in(floats, a.base);
	rb = rank_in(floats, b.base);
	if (ra >= 0 && rb >= 0)
		return rb > ra ? SG_TYPE_CHANGE_WIDEN : SG_TYPE_CHANGE_LOSSY;
	if (strcmp(a.base, "timestamp without time zone") == 0 && strcmp(b.base, "timestamp with time zone") == 0)
		return SG_TYPE_CHANGE_WIDEN;
	/* Anything to text keeps every value, spelled out. */
	if (strcmp(b.base, "text") == 0)
		return SG_TYPE_CHANGE_WIDEN;
	return SG_TYPE_CHANGE_LOSSY;
}

bool sg_hazard_default_is_volatile(const char *expr)
{
	static const char *const volatile_calls[] = {
	    "random(",		"gen_random_uuid(", "uuid_generate_v1(", "uuid_generate_v1mc(", "uuid_generate_v4(",
	    "clock_timestamp(", "timeofday(",	    "nextval(",		 "txid_current(",	NULL,
	};
	for (int i = 0; volatile_calls[i]; i++) {
		const char *hit = strstr(expr, volatile_calls[i]);
		/* Only a whole function name counts: "my_random(" is not "random(". */
		while (hit) {
			if (hit == expr || !(isalnum((unsigned char)hit[-1]) || hit[-1] == '_'))
				return true;
			hit = strstr(hit + 1, volatile_calls[i]);
		}
	}
	return false;
}
