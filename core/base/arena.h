/* arena.h - bump allocator that owns every byte of one parsed cable.
 *
 * A cable's strings, arrays and tree nodes all live in one arena; freeing the
 * arena frees the cable.  Allocation never fails silently: on out-of-memory
 * the arena aborts the process (a parser that half-fills a struct is worse).
 */
#ifndef CABLETRACK_ARENA_H
#define CABLETRACK_ARENA_H

#include <stddef.h>

struct arena_block;

struct arena {
	struct arena_block *head;
	size_t total;            /* bytes handed out, for benchmarks */
};

void arena_init(struct arena *a);
void arena_free(struct arena *a);

/* Moves every block of src into dst (src is left empty): what another
 * thread built in its own arena then lives and dies with dst. */
void arena_adopt(struct arena *dst, struct arena *src);

/* Zeroed memory aligned for any type. */
void *arena_alloc(struct arena *a, size_t size);
/* The same, not zeroed: for a buffer the caller fills at once. */
void *arena_alloc_raw(struct arena *a, size_t size);
/* Copy of s[0..len) with a NUL after it. */
char *arena_strndup(struct arena *a, const char *s, size_t len);
char *arena_strdup(struct arena *a, const char *s);
/* printf into the arena. */
char *arena_printf(struct arena *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Growable array in an arena: the old storage is abandoned (the arena frees
 * it with the cable), so growth is amortised O(1) and needs no realloc. */
void *arena_grow(struct arena *a, void *old, size_t elem, size_t *cap, size_t need);

#define ARENA_PUSH(a, arr, n, cap) \
	((arr) = arena_grow((a), (arr), sizeof *(arr), &(cap), (n) + 1), &(arr)[(n)++])

#endif
