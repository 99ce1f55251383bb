/* posts_index.c - see posts_index.h */
#include "tasking/posts_index.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "base/embedded.h"
#include "base/tsv.h"

enum { POSTS_MAX = 1024 };

struct posts_key {
	const char *s;              /* into the embedded file */
	size_t n;
	const char *post;           /* by_place: the post of the place */
	size_t npost;
	size_t line;                /* order in the file, for ties */
};

static struct posts_key by_place[POSTS_MAX], by_post[POSTS_MAX];
static size_t nrows;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int key_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	int c = memcmp(a, b, an < bn ? an : bn);
	return c ? c : (an > bn) - (an < bn);
}

static int row_cmp(const void *pa, const void *pb)
{
	const struct posts_key *a = pa, *b = pb;
	int c = key_cmp(a->s, a->n, b->s, b->n);
	return c ? c : (a->line > b->line) - (a->line < b->line);
}

static void load(void)
{
	const struct embedded_file *f = embedded_find("data/posts.tsv");
	if (!f)
		return;
	const char *p = f->data, *end = f->data + f->len;
	struct tsv_row r;
	while (nrows < POSTS_MAX && tsv_next(&p, end, &r)) {
		if (r.nf < 2 || r.n[0] == 0 || r.n[1] == 0)
			continue;
		by_place[nrows] = (struct posts_key){ r.f[0], r.n[0], r.f[1], r.n[1], nrows };
		by_post[nrows] = (struct posts_key){ r.f[1], r.n[1], NULL, 0, nrows };
		nrows++;
	}
	qsort(by_place, nrows, sizeof *by_place, row_cmp);
	qsort(by_post, nrows, sizeof *by_post, row_cmp);
}

/* The first row of table[0..nrows) whose key is key[0..n), or NULL. */
static const struct posts_key *find(const struct posts_key *table, const char *key,
                                    size_t n)
{
	pthread_once(&once, load);
	size_t lo = 0, hi = nrows;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (key_cmp(table[mid].s, table[mid].n, key, n) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nrows && key_cmp(table[lo].s, table[lo].n, key, n) == 0 ? &table[lo]
	                                                                   : NULL;
}

const char *posts_post_of(const char *key, size_t n, size_t *len)
{
	const struct posts_key *k = find(by_place, key, n);
	if (!k)
		return NULL;
	*len = k->npost;
	return k->post;
}

bool posts_is_post(const char *key, size_t n)
{
	return find(by_post, key, n) != NULL;
}
