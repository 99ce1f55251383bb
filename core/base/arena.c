/* arena.c - see arena.h */
#include "base/arena.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

enum { ARENA_MIN_BLOCK = 64 * 1024 };

void arena_init(struct arena *a)
{
	a->head = NULL;
	a->total = 0;
}

void arena_free(struct arena *a)
{
	struct arena_block *b = a->head;
	while (b) {
		struct arena_block *next = b->next;
		free(b);
		b = next;
	}
	a->head = NULL;
	a->total = 0;
}

void arena_adopt(struct arena *dst, struct arena *src)
{
	if (!src->head)
		return;
	if (!dst->head) {
		dst->head = src->head;
	} else {
		/* behind dst's head, which keeps serving small requests */
		struct arena_block *tail = src->head;
		while (tail->next)
			tail = tail->next;
		tail->next = dst->head->next;
		dst->head->next = src->head;
	}
	dst->total += src->total;
	src->head = NULL;
	src->total = 0;
}

static void out_of_memory(size_t size)
{
	fprintf(stderr, "cabletrack: out of memory (%zu bytes)\n", size);
	abort();
}

void *arena_alloc_raw(struct arena *a, size_t size)
{
	const size_t align = sizeof(max_align_t);
	size_t need = (size + align - 1) / align * align;
	if (need < size)
		out_of_memory(size);
	struct arena_block *b = a->head;
	if (!b || b->size - b->used < need) {
		size_t bsize = need > ARENA_MIN_BLOCK ? need : ARENA_MIN_BLOCK;
		if (bsize > SIZE_MAX - sizeof *b)
			out_of_memory(size);
		b = malloc(sizeof *b + bsize);
		if (!b)
			out_of_memory(size);
		b->size = bsize;
		b->used = 0;
		/* A big one-off block goes behind the head so the head keeps
		 * serving small requests. */
		if (a->head && need > ARENA_MIN_BLOCK / 4) {
			b->next = a->head->next;
			a->head->next = b;
		} else {
			b->next = a->head;
			a->head = b;
		}
	}
	void *p = (char *)b->data + b->used;
	b->used += need;
	a->total += need;
	return p;
}

void *arena_alloc(struct arena *a, size_t size)
{
	void *p = arena_alloc_raw(a, size);
	memset(p, 0, size);
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t len)
{
	char *p = arena_alloc_raw(a, len + 1);
	if (len)
		memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return arena_strdup(a, "");
	char *p = arena_alloc_raw(a, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void *arena_grow(struct arena *a, void *old, size_t elem, size_t *cap, size_t need)
{
	if (need <= *cap)
		return old;
	/* A size no allocation could meet is a caller's bug: stop at once
	 * rather than loop on an overflowing doubling. */
	if (need > SIZE_MAX / 2 / elem)
		out_of_memory(need);
	size_t ncap = *cap ? *cap * 2 : 8;
	while (ncap < need)
		ncap *= 2;
	void *p = arena_alloc(a, ncap * elem);
	if (old && *cap)
		memcpy(p, old, *cap * elem);
	*cap = ncap;
	return p;
}
