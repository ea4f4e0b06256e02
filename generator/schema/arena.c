/*
 * sg_arena: chunked bump allocation for schema graphs.
 */
#include "arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_SIZE (64 * 1024)

typedef struct chunk {
	struct chunk *next;
	size_t size;
	size_t used;
	alignas(max_align_t) unsigned char data[];
} chunk;

struct sg_arena {
	chunk *head;
	size_t handed_out;
};

sg_arena *sg_arena_new(void)
{
	return calloc(1, sizeof(sg_arena));
}

void sg_arena_free(sg_arena *arena)
{
	if (!arena)
		return;
	for (chunk *c = arena->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(arena);
}

/*
 * `size` bytes from the current chunk at an offset aligned to `align` (a power
 * of two, at most max_align_t's), or from a new chunk.  Strings take `align`
 * 1: most names and types are a few bytes, and rounding each up to
 * max_align_t's 16 bytes cost some 8 bytes a string (6 MiB of a diff's peak
 * at 10,000 tables, where the models and the live catalog are both held).
 */
static void *bump(sg_arena *arena, size_t size, size_t align)
{
	chunk *c = arena->head;
	size_t at = c ? (c->used + align - 1) & ~(align - 1) : 0;
	if (!c || at > c->size || c->size - at < size) {
		/* Big requests get a chunk of their own so small ones keep filling the current chunk. */
		size_t want = size > CHUNK_SIZE / 4 ? size : CHUNK_SIZE;
		if (want > SIZE_MAX - sizeof(chunk))
			return NULL;
		chunk *n = malloc(sizeof(chunk) + want);
		if (!n)
			return NULL;
		n->size = want;
		n->used = 0;
		if (c && size > CHUNK_SIZE / 4) {
			n->next = c->next;
			c->next = n;
		} else {
			n->next = c;
			arena->head = n;
		}
		c = n;
		at = 0;
	}
	void *p = c->data + at;
	c->used = at + size;
	arena->handed_out += size;
	return p;
}

void *sg_arena_alloc(sg_arena *arena, size_t size)
{
	const size_t align = alignof(max_align_t);
	if (size > SIZE_MAX - align)
		return NULL;
	size = (size + align - 1) & ~(align - 1);
	if (size == 0)
		size = align;
	void *p = bump(arena, size, align);
	if (p)
		memset(p, 0, size);
	return p;
}

void *sg_arena_array(sg_arena *arena, size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
	return sg_arena_alloc(arena, n * size);
}

char *sg_arena_strndup(sg_arena *arena, const char *s, size_t len)
{
	char *p = len < SIZE_MAX ? bump(arena, len + 1, 1) : NULL;
	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

char *sg_arena_strdup(sg_arena *arena, const char *s)
{
	return s ? sg_arena_strndup(arena, s, strlen(s)) : NULL;
}

size_t sg_arena_used(const sg_arena *arena)
{
	return arena->handed_out;
}

void sg_arena_adopt(sg_arena *arena, sg_arena *other)
{
	if (!other)
		return;
	chunk *tail = other->head;
	while (tail && tail->next)
		tail = tail->next;
	if (tail) {
		/* After the current chunk, so that it keeps taking small allocations. */
		if (arena->head) {
			tail->next = arena->head->next;
			arena->head->next = other->head;
		} else {
			arena->head = other->head;
		}
	}
	arena->handed_out += other->handed_out;
	free(other);
}
