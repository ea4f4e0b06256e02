/*
 * PostgreSQL's default object names (see naming.h for the sources followed).
 */
#include "naming.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* pg_utf_mblen: the length of a UTF-8 character from its first byte. */
static size_t utf8_mblen(unsigned char c)
{
	if ((c & 0x80) == 0)
		return 1;
	if ((c & 0xe0) == 0xc0)
		return 2;
	if ((c & 0xf0) == 0xe0)
		return 3;
	if ((c & 0xf8) == 0xf0)
		return 4;
	return 1;
}

size_t sg_naming_mbcliplen(const char *s, size_t len, size_t limit)
{
	size_t clen = 0;
	while (len > 0 && *s) {
		size_t l = utf8_mblen((unsigned char)*s);
		if (clen + l > limit)
			break;
		clen += l;
		if (clen == limit)
			break;
		len = len > l ? len - l : 0;
		s += l;
	}
	return clen;
}

void sg_naming_make_object_name(char out[SG_NAMEDATALEN], const char *name1, const char *name2, const char *label)
{
	size_t overhead = 0;
	size_t name1chars = strlen(name1), name2chars = 0;
	if (name2) {
		name2chars = strlen(name2);
		overhead++;
	}
	if (label)
		overhead += strlen(label) + 1;
	size_t availchars = SG_NAMEDATALEN - 1 - overhead;
	/* Truncate the longer name first, one byte at a time, as PostgreSQL does. */
	while (name1chars + name2chars > availchars) {
		if (name1chars > name2chars)
			name1chars--;
		else
			name2chars--;
	}
	name1chars = sg_naming_mbcliplen(name1, name1chars, name1chars);
	if (name2)
		name2chars = sg_naming_mbcliplen(name2, name2chars, name2chars);
	size_t n = 0;
	memcpy(out, name1, name1chars);
	n = name1chars;
	if (name2) {
		out[n++] = '_';
		memcpy(out + n, name2, name2chars);
		n += name2chars;
	}
	if (label) {
		out[n++] = '_';
		size_t ll = strlen(label);
		memcpy(out + n, label, ll);
		n += ll;
	}
	out[n] = '\0';
}

void sg_naming_name_addition(char out[2 * SG_NAMEDATALEN], const char *const *names, size_t n)
{
	size_t buflen = 0;
	out[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (buflen > 0)
			out[buflen++] = '_';
		/* strlcpy(buf + buflen, name, NAMEDATALEN) */
		size_t l = strlen(names[i]);
		if (l > SG_NAMEDATALEN - 1)
			l = SG_NAMEDATALEN - 1;
		memcpy(out + buflen, names[i], l);
		buflen += l;
		out[buflen] = '\0';
		if (buflen >= SG_NAMEDATALEN)
			break;
	}
}

int sg_naming_index_column_names(const char **out, const char *const *prelim, size_t n, sg_arena *arena)
{
	for (size_t i = 0; i < n; i++) {
		const char *origname = prelim[i];
		char buf[SG_NAMEDATALEN];
		const char *curname = origname;
		for (int k = 1;; k++) {
			bool conflict = false;
			for (size_t j = 0; j < i && !conflict; j++)
				conflict = strcmp(curname, out[j]) == 0;
			if (!conflict)
				break;
			char nbuf[32];
			int nl = snprintf(nbuf, sizeof(nbuf), "%d", k);
			size_t len = sg_naming_mbcliplen(origname, strlen(origname), SG_NAMEDATALEN - 1 - (size_t)nl);
			memcpy(buf, origname, len);
			memcpy(buf + len, nbuf, (size_t)nl + 1);
			curname = buf;
		}
		if (!(out[i] = sg_arena_strdup(arena, curname)))
			return -1;
	}
	return 0;
}

/* A set of strings: open addressing, power-of-two capacity, FNV-1a hashes. */
typedef struct name_set {
	char **slots;
	size_t cap, count;
} name_set;

struct sg_naming_ns {
	name_set relations, constraints;
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static bool set_has(const name_set *set, const char *name)
{
	if (!set->cap)
		return false;
	for (size_t i = hash_name(name) & (set->cap - 1);; i = (i + 1) & (set->cap - 1)) {
		if (!set->slots[i])
			return false;
		if (strcmp(set->slots[i], name) == 0)
			return true;
	}
}

static void set_insert_slot(char **slots, size_t cap, char *name)
{
	size_t i = hash_name(name) & (cap - 1);
	while (slots[i])
		i = (i + 1) & (cap - 1);
	slots[i] = name;
}

static int set_add(name_set *set, const char *name)
{
	if (set_has(set, name))
		return 0;
	if ((set->count + 1) * 2 > set->cap) {
		size_t cap = set->cap ? set->cap * 2 : 64;
		char **slots = calloc(cap, sizeof(*slots));
		if (!slots)
			return -1;
		for (size_t i = 0; i < set->cap; i++)
			if (set->slots[i])
				set_insert_slot(slots, cap, set->slots[i]);
		free(set->slots);
		set->slots = slots;
		set->cap = cap;
	}
	char *copy = strdup(name);
	if (!copy)
		return -1;
	set_insert_slot(set->slots, set->cap, copy);
	set->count++;
	return 0;
}

static void set_release(name_set *set)
{
	for (size_t i = 0; i < set->cap; i++)
		free(set->slots[i]);
	free(set->slots);
}

sg_naming_ns *sg_naming_ns_new(void)
{
	return calloc(1, sizeof(sg_naming_ns));
}

void sg_naming_ns_free(sg_naming_ns *ns)
{
	if (!ns)
		return;
	set_release(&ns->relations);
	set_release(&ns->constraints);
	free(ns);
}

int sg_naming_ns_add_relation(sg_naming_ns *ns, const char *name)
{
	return set_add(&ns->relations, name);
}

int sg_naming_ns_add_constraint(sg_naming_ns *ns, const char *name)
{
	return set_add(&ns->constraints, name);
}

bool sg_naming_ns_has_relation(const sg_naming_ns *ns, const char *name)
{
	return set_has(&ns->relations, name);
}

bool sg_naming_ns_has_constraint(const sg_naming_ns *ns, const char *name)
{
	return set_has(&ns->constraints, name);
}

int sg_naming_choose_relation_name(char out[SG_NAMEDATALEN], sg_naming_ns *ns, const char *name1, const char *name2,
				   const char *label, bool is_constraint)
{
	char modlabel[SG_NAMEDATALEN];
	snprintf(modlabel, sizeof(modlabel), "%s", label);
	for (int pass = 1;; pass++) {
		sg_naming_make_object_name(out, name1, name2, modlabel);
		if (!set_has(&ns->relations, out) && (!is_constraint || !set_has(&ns->constraints, out)))
			break;
		snprintf(modlabel, sizeof(modlabel), "%s%d", label, pass);
	}
	if (set_add(&ns->relations, out) != 0)
		return -1;
	return is_constraint ? set_add(&ns->constraints, out) : 0;
}

int sg_naming_choose_constraint_name(char out[SG_NAMEDATALEN], sg_naming_ns *ns, const char *name1, const char *name2,
				     const char *label)
{
	char modlabel[SG_NAMEDATALEN];
	snprintf(modlabel, sizeof(modlabel), "%s", label);
	for (int pass = 1;; pass++) {
		sg_naming_make_object_name(out, name1, name2, modlabel);
		if (!set_has(&ns->constraints, out))
			break;
		snprintf(modlabel, sizeof(modlabel), "%s%d", label, pass);
	}
	return set_add(&ns->constraints, out);
}
