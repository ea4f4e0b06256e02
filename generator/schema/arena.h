/*
 * A bump allocator for one schema graph (libgit2's git_pool, pg_dump keeping
 * its objects for the whole run): objects and strings of a schema are
 * allocated here and freed together, so no object needs its own free.
 */
#ifndef SG_ARENA_H
#define SG_ARENA_H

#include <stddef.h>

typedef struct sg_arena sg_arena;

/* A new empty arena, or NULL when out of memory.  Free it with sg_arena_free(). */
sg_arena *sg_arena_new(void);
/* Free everything allocated from the arena, and the arena.  Accepts NULL. */
void sg_arena_free(sg_arena *arena);
/* `size` zeroed bytes aligned for any type, owned by the arena; NULL when out of memory. */
void *sg_arena_alloc(sg_arena *arena, size_t size);
/* An array of `n` zeroed elements of `size` bytes; NULL on overflow or out of memory (n == 0 gives a valid pointer). */
void *sg_arena_array(sg_arena *arena, size_t n, size_t size);
/* A copy of `s` (NULL gives NULL) owned by the arena. */
char *sg_arena_strdup(sg_arena *arena, const char *s);
/* A copy of the first `len` bytes of `s`, NUL-terminated, owned by the arena. */
char *sg_arena_strndup(sg_arena *arena, const char *s, size_t len);
/* Total bytes handed out, for benchmarks of memory per table. */
size_t sg_arena_used(const sg_arena *arena);
/*
 * Take over everything `other` owns: its memory is freed with `arena` from
 * now on, and `other` itself is gone (pointers into it stay valid).
 */
void sg_arena_adopt(sg_arena *arena, sg_arena *other);

#endif
