/* inbox_build.c - building the inbox index.
 *
 * In: the paths of the cable files, the cache file (or none), a progress
 * callback.  Out: struct inbox, one row per path in the order given: rows
 * whose file is unchanged (size, mtime) come from the cache; the others
 * are parsed, shared out among threads (one per core, at most
 * INBOX_MAX_THREADS, each with its own arena, spliced in after), hard
 * links to one file read once; then the cache is rewritten when it would
 * differ.
 */
#include "inbox/inbox.h"
#include "inbox/inbox_internal.h"

#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/buf.h"

#define INBOX_MAX_THREADS 8          /* parsing threads for a cold build */
#define INBOX_MIN_PER_THREAD 32      /* files worth starting a thread for */

/* Files parsed by this build, by inode: hard links to one file (a mail
 * folder's copies, the benchmark's big inbox) are read once. */
struct inbox_inodes {
	struct inbox_inode {
		dev_t dev;
		ino_t ino;
		long long size, mtime_ns;
		size_t row;               /* + 1; 0 empty */
	} *slots;
	size_t nslots;                /* a power of two, or 0: no table */
	struct inbox_hkey key;
};

static struct inbox_inode *inbox_inode_slot(struct inbox_inodes *t, const struct stat *st)
{
	if (!t->nslots)
		return NULL;
	unsigned long long k[2] = { (unsigned long long)st->st_dev,
	                            (unsigned long long)st->st_ino };
	size_t mask = t->nslots - 1;
	size_t i = (size_t)inbox_hash(&t->key, k, sizeof k) & mask;
	for (size_t step = 1; step <= t->nslots; step++) {
		struct inbox_inode *e = &t->slots[i];
		if (!e->row || (e->dev == st->st_dev && e->ino == st->st_ino))
			return e;
		i = (i + step) & mask;
	}
	return NULL;
}

/* A worker's loop: take the next file until none is left. */
static void *inbox_work(void *arg)
{
	struct inbox_worker *w = arg;
	for (;;) {
		size_t k = atomic_fetch_add(w->next, 1);
		if (k >= w->ntodo)
			break;
		struct inbox_row *r = &w->ix->rows[w->todo[k]];
		inbox_index_file(w, r, r->path);
		atomic_fetch_add(w->done, 1);
	}
	return NULL;
}

/* The second pass, over the rows to parse: each gets its path.  Hard links
 * to one file are read once: the first is parsed (its row index goes in
 * todo_ix), the others hold -1 - that row in their size and copy its row
 * after the threads are done (inbox_copy_links; *nlinks of them).  Returns
 * the number of rows in todo_ix. */
static size_t inbox_plan(struct inbox *ix, char *const *paths, size_t n,
                         struct inbox_inodes *inodes, size_t *todo_ix, size_t *nlinks)
{
	size_t nt = 0;
	for (size_t i = 0; i < n; i++) {
		struct inbox_row *r = &ix->rows[i];
		if (r->path)
			continue;
		r->path = arena_strdup(&ix->arena, paths[i]);
		struct stat st;
		struct inbox_inode *slot = stat(paths[i], &st) == 0 && S_ISREG(st.st_mode)
			? inbox_inode_slot(inodes, &st) : NULL;
		if (slot && slot->row) {
			r->size = -1 - (long long)(slot->row - 1);   /* a link: see above */
			(*nlinks)++;
			continue;
		}
		if (slot)
			*slot = (struct inbox_inode){ st.st_dev, st.st_ino, st.st_size,
			                              inbox_mtime_ns(&st), i + 1 };
		todo_ix[nt++] = i;
	}
	return nt;
}

/* This thread's share, reporting as it goes (a thread that could not
 * start leaves its share to the others). */
static void inbox_work_reporting(struct inbox_worker *w, inbox_progress_fn progress,
                                 void *ctx)
{
	size_t reported = 0;
	for (;;) {
		size_t k = atomic_fetch_add(w->next, 1);
		if (k >= w->ntodo)
			break;
		struct inbox_row *r = &w->ix->rows[w->todo[k]];
		inbox_index_file(w, r, r->path);
		size_t d = atomic_fetch_add(w->done, 1) + 1;
		if (progress && d / 64 != reported / 64) {
			progress(ctx, d, w->ntodo);
			reported = d;
		}
	}
}

/* Parsing is most of a cold build: the files todo_ix[0..nt) are shared
 * out among threads, one per core (at most INBOX_MAX_THREADS, more than
 * one only when todo is worth it); this thread is one of them and the
 * only one that reports progress.  Each thread's arena is spliced into
 * ix->arena after. */
static void inbox_parse_all(struct inbox *ix, const size_t *todo_ix, size_t nt,
                            size_t todo, inbox_progress_fn progress, void *ctx)
{
	long cores = sysconf(_SC_NPROCESSORS_ONLN);
	size_t nthreads = todo >= INBOX_MIN_PER_THREAD * 2 && cores > 1
		? (size_t)(cores < INBOX_MAX_THREADS ? cores : INBOX_MAX_THREADS) : 1;
	atomic_size_t next = 0, done = 0;
	struct inbox_worker w[INBOX_MAX_THREADS];
	pthread_t tid[INBOX_MAX_THREADS];
	bool started[INBOX_MAX_THREADS] = { false };
	for (size_t t = 0; t < nthreads; t++) {
		w[t] = (struct inbox_worker){ .ix = ix, .todo = todo_ix, .ntodo = nt,
		                              .next = &next, .done = &done };
		arena_init(&w[t].arena);
		buf_init(&w[t].tmp);
		if (t > 0)
			started[t] = pthread_create(&tid[t], NULL, inbox_work, &w[t]) == 0;
	}
	inbox_work_reporting(&w[0], progress, ctx);
	for (size_t t = 1; t < nthreads; t++)
		if (started[t])
			pthread_join(tid[t], NULL);
	if (progress && nt)
		progress(ctx, nt, nt);
	for (size_t t = 0; t < nthreads; t++) {
		ix->nparsed += w[t].nparsed;
		arena_adopt(&ix->arena, &w[t].arena);
		buf_free(&w[t].tmp);
	}
}

/* The rows of hard links (see inbox_plan) copy the row of the file that
 * was read, keeping their own path. */
static void inbox_copy_links(struct inbox *ix, size_t nlinks)
{
	for (size_t i = 0; nlinks && i < ix->n; i++) {
		struct inbox_row *r = &ix->rows[i];
		if (r->id || r->error || r->size >= 0)
			continue;
		const char *keep = r->path;
		*r = ix->rows[(size_t)(-1 - r->size)];   /* strings shared in ix */
		r->path = keep;
	}
}

/* Rewrites the cache when it would differ: rows parsed now, or gone. */
static void inbox_cache_update(struct inbox *ix, const char *cache_path, size_t nrows)
{
	size_t cacheable = 0;
	for (size_t i = 0; i < ix->n; i++)
		cacheable += !ix->rows[i].unreadable;
	if (ix->nparsed > 0 || nrows != ix->ncached || ix->cache_rejected ||
	    (!ix->cachebuf && cacheable > 0))
		inbox_cache_write(ix, cache_path);
}

/* The rows the cache answers for, unchanged (inbox_cache_load); the
 * others get path NULL, "to parse".  *nrows: the rows of the cache file.
 * Returns how many are to parse, or -1 out of memory. */
static long inbox_take_cached(struct inbox *ix, char *const *paths,
                              const char *cache_path, size_t *nrows)
{
	*nrows = 0;
	if (cache_path) {
		struct inbox_table asked;
		if (inbox_paths_init(&asked, paths, ix->n) != 0)
			return -1;
		inbox_cache_load(ix, cache_path, paths, &asked, nrows);
		inbox_table_free(&asked);
	}
	return (long)(ix->n - ix->ncached);
}

int inbox_build(struct inbox *ix, char *const *paths, size_t n,
                const char *cache_path, inbox_progress_fn progress, void *ctx,
                struct ct_error *err)
{
	memset(ix, 0, sizeof *ix);
	arena_init(&ix->arena);
	ix->rows = calloc(n ? n : 1, sizeof *ix->rows);
	if (!ix->rows) {
		ct_error_set(err, "out of memory");
		return -1;
	}
	ix->n = n;
	size_t nrows;
	long todo_l = inbox_take_cached(ix, paths, cache_path, &nrows);
	if (todo_l < 0) {
		ct_error_set(err, "out of memory");
		return -1;
	}
	size_t todo = (size_t)todo_l;

	/* the files the cache did not answer for: parsed, summarised, freed */
	struct inbox_inodes inodes = { NULL, 0, { 0, 0 } };
	if (todo > 1) {
		size_t ns = 16;
		while (ns < todo * 2)
			ns *= 2;
		inodes.slots = calloc(ns, sizeof *inodes.slots);
		inodes.nslots = inodes.slots ? ns : 0;   /* without it: slower, same */
		inbox_hkey_random(&inodes.key);
	}
	size_t *todo_ix = calloc(todo ? todo : 1, sizeof *todo_ix);
	if (!todo_ix) {
		free(inodes.slots);
		ct_error_set(err, "out of memory");
		return -1;
	}
	size_t nlinks = 0;
	size_t nt = inbox_plan(ix, paths, n, &inodes, todo_ix, &nlinks);
	inbox_parse_all(ix, todo_ix, nt, todo, progress, ctx);
	inbox_copy_links(ix, nlinks);
	free(todo_ix);
	free(inodes.slots);
	if (cache_path)
		inbox_cache_update(ix, cache_path, nrows);
	return 0;
}
