/* posts_index.c - see posts_index.h */
#include "tasking/posts_index.h"

#include <pthread.h>
#include <stdint.h>
#include <string.h>

#include "base/embedded.h"
#include "base/tsv.h"

enum {
	POSTS_MAX = 1024,           /* rows of the file read */
	POSTS_SLOTS = 4096,         /* a power of two, > 2 * POSTS_MAX */
};

struct posts_key {
	const char *s;              /* into the embedded file */
	size_t n;
	const char *post;           /* places: the post of the place */
	size_t npost;
};

/* A key set: its rows in file order and an open-addressed hash table of
 * them (a row's index + 1, 0 for an empty slot). */
struct posts_set {
	struct posts_key row[POSTS_MAX];
	size_t n;
	uint16_t slot[POSTS_SLOTS];
};

static struct posts_set places, posts;
static pthread_once_t once = PTHREAD_ONCE_INIT;

/* FNV-1a of the key's bytes: the slot where its search begins. */
static size_t key_slot(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 0x100000001b3u;
	return (size_t)(h ^ h >> 32) & (POSTS_SLOTS - 1);
}

/* The slot of key[0..n) in set: where it is, or the empty slot where the
 * search ended. */
static size_t key_find(const struct posts_set *set, const char *key, size_t n)
{
	size_t j = key_slot(key, n);
	for (;; j = (j + 1) & (POSTS_SLOTS - 1)) {
		unsigned r = set->slot[j];
		if (r == 0 || (set->row[r - 1].n == n && memcmp(set->row[r - 1].s, key, n) == 0))
			return j;
	}
}

/* Adds k to set unless its key is there: the first line of the file wins. */
static void key_add(struct posts_set *set, struct posts_key k)
{
	size_t j = key_find(set, k.s, k.n);
	if (set->slot[j] == 0) {
		set->row[set->n++] = k;
		set->slot[j] = (uint16_t)set->n;
	}
}

static void load(void)
{
	const struct embedded_file *f = embedded_find("data/posts.tsv");
	if (!f)
		return;
	const char *p = f->data, *end = f->data + f->len;
	struct tsv_row r;
	size_t rows = 0;
	while (rows < POSTS_MAX && tsv_next(&p, end, &r)) {
		if (r.nf < 2 || r.n[0] == 0 || r.n[1] == 0)
			continue;
		key_add(&places, (struct posts_key){ r.f[0], r.n[0], r.f[1], r.n[1] });
		key_add(&posts, (struct posts_key){ r.f[1], r.n[1], NULL, 0 });
		rows++;
	}
}

/* The first row of set whose key is key[0..n), or NULL. */
static const struct posts_key *find(const struct posts_set *set, const char *key,
                                    size_t n)
{
	pthread_once(&once, load);
	unsigned r = set->slot[key_find(set, key, n)];
	return r ? &set->row[r - 1] : NULL;
}

const char *posts_post_of(const char *key, size_t n, size_t *len)
{
	const struct posts_key *k = find(&places, key, n);
	if (!k)
		return NULL;
	*len = k->npost;
	return k->post;
}

bool posts_is_post(const char *key, size_t n)
{
	return find(&posts, key, n) != NULL;
}
