/* inbox_table.c - the keyed hash and the lookup tables of the inbox.
 *
 * In: keys chosen by whoever names the files (paths, inodes) and a random
 * key per table.  Out: SipHash-1-3 of the bytes under that key, and an
 * open-addressing table (row index by hash) that stores each entry's full
 * 64-bit hash beside it and probes by triangular steps.
 *
 * Why keyed: names that collide in an unkeyed hash's low bits (FNV-1a's
 * low k bits depend only on the low k bits of each byte) can be made by
 * anyone who can create files in the inbox, and turned every lookup into
 * a walk of one long cluster (40,000 such names: 6.8 s instead of 0.31 s
 * to open).  Under a random key nobody can aim at a slot; the stored full
 * hash means a crowded neighbourhood costs integer compares, not string
 * compares, and triangular probing does not build the long runs of
 * linear probing: lookups degrade gently instead of quadratically.
 */
#include "inbox/inbox.h"
#include "inbox/inbox_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

/* ---- SipHash-1-3 ---------------------------------------------------------- */

static inline uint64_t inbox_rotl(uint64_t x, int b)
{
	return (x << b) | (x >> (64 - b));
}

static inline void inbox_sipround(uint64_t v[4])
{
	v[0] += v[1];
	v[1] = inbox_rotl(v[1], 13);
	v[1] ^= v[0];
	v[0] = inbox_rotl(v[0], 32);
	v[2] += v[3];
	v[3] = inbox_rotl(v[3], 16);
	v[3] ^= v[2];
	v[0] += v[3];
	v[3] = inbox_rotl(v[3], 21);
	v[3] ^= v[0];
	v[2] += v[1];
	v[1] = inbox_rotl(v[1], 17);
	v[1] ^= v[2];
	v[2] = inbox_rotl(v[2], 32);
}

static inline uint64_t inbox_le64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

uint64_t inbox_hash(const struct inbox_hkey *k, const void *data, size_t n)
{
	const unsigned char *p = data;
	uint64_t v[4] = { k->k0 ^ 0x736f6d6570736575ULL, k->k1 ^ 0x646f72616e646f6dULL,
	                  k->k0 ^ 0x6c7967656e657261ULL, k->k1 ^ 0x7465646279746573ULL };
	size_t whole = n & ~(size_t)7;
	for (size_t i = 0; i < whole; i += 8) {
		uint64_t m = inbox_le64(p + i);
		v[3] ^= m;
		inbox_sipround(v);
		v[0] ^= m;
	}
	uint64_t last = (uint64_t)n << 56;
	for (size_t i = whole; i < n; i++)
		last |= (uint64_t)p[i] << (8 * (i - whole));
	v[3] ^= last;
	inbox_sipround(v);
	v[0] ^= last;
	v[2] ^= 0xff;
	for (int r = 0; r < 3; r++)
		inbox_sipround(v);
	return v[0] ^ v[1] ^ v[2] ^ v[3];
}

void inbox_hkey_random(struct inbox_hkey *k)
{
	uint64_t b[2];
	if (getrandom(b, sizeof b, GRND_NONBLOCK) != (ssize_t)sizeof b) {
		/* no entropy yet (early boot): the clock, the pid, an address */
		struct timespec ts;
		clock_gettime(CLOCK_MONOTONIC, &ts);
		b[0] = (uint64_t)ts.tv_nsec * 0x9e3779b97f4a7c15ULL ^ (uint64_t)ts.tv_sec;
		b[1] = (uint64_t)getpid() * 0xbf58476d1ce4e5b9ULL ^ (uint64_t)(uintptr_t)k;
	}
	k->k0 = b[0];
	k->k1 = b[1];
}

/* ---- the table -------------------------------------------------------------- */

int inbox_table_init(struct inbox_table *t, size_t n)
{
	memset(t, 0, sizeof *t);
	inbox_hkey_random(&t->key);
	size_t ns = 16;
	while (ns < n * 2)
		ns *= 2;
	t->slots = calloc(ns, sizeof *t->slots);
	if (!t->slots)
		return -1;
	t->nslots = ns;
	return 0;
}

void inbox_table_free(struct inbox_table *t)
{
	free(t->slots);
	memset(t, 0, sizeof *t);
}

struct inbox_slot *inbox_table_probe(const struct inbox_table *t, uint64_t h,
                                     bool (*same)(void *ctx, size_t v), void *ctx)
{
	if (!t->nslots)
		return NULL;
	size_t mask = t->nslots - 1;
	size_t i = (size_t)h & mask;
	/* triangular steps (1, 2, 3, ...) visit every slot of a power of two */
	for (size_t step = 1; step <= t->nslots; step++) {
		struct inbox_slot *s = &t->slots[i];
		if (!s->v || (s->h == h && same(ctx, s->v - 1)))
			return s;
		i = (i + step) & mask;
	}
	return NULL;   /* full: inbox_table_init leaves half the slots empty */
}

/* The asked paths: row indices by path. */
struct inbox_paths_ctx {
	char *const *paths;
	const char *path;
};

static bool inbox_same_path(void *ctx, size_t v)
{
	const struct inbox_paths_ctx *c = ctx;
	return strcmp(c->paths[v], c->path) == 0;
}

int inbox_paths_init(struct inbox_table *t, char *const *paths, size_t n)
{
	if (inbox_table_init(t, n) != 0)
		return -1;
	for (size_t i = 0; i < n; i++) {
		struct inbox_paths_ctx c = { paths, paths[i] };
		uint64_t h = inbox_hash(&t->key, paths[i], strlen(paths[i]));
		struct inbox_slot *s = inbox_table_probe(t, h, inbox_same_path, &c);
		if (s && !s->v)             /* a path given twice: the first row */
			*s = (struct inbox_slot){ h, i + 1 };
	}
	return 0;
}

size_t inbox_paths_find(const struct inbox_table *t, char *const *paths,
                        const char *path)
{
	struct inbox_paths_ctx c = { paths, path };
	uint64_t h = inbox_hash(&t->key, path, strlen(path));
	const struct inbox_slot *s = inbox_table_probe(t, h, inbox_same_path, &c);
	return s ? s->v : 0;
}
