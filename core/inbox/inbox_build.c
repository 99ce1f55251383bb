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
};

static struct inbox_inode *inbox_inode_slot(struct inbox_inodes *t, const struct stat *st)
{
	if (!t->nslots)
		return NULL;
	uint64_t h = inbox_fnv(INBOX_FNV_INIT, &st->st_dev, sizeof st->st_dev);
	h = inbox_fnv(h, &st->st_ino, sizeof st->st_ino);
	size_t mask = t->nslots - 1;
	for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
		struct inbox_inode *e = &t->slots[i];
		if (!e->row || (e->dev == st->st_dev && e->ino == st->st_ino))
			return e;
	}
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

/* stat() of the files of one folder through a descriptor of the folder:
 * the kernel walks one name instead of the whole path (a big inbox is
 * thousands of names in one folder, stat'ed in a row). */
struct inbox_dir {
	int fd;                   /* -1: none open */
	const char *path;         /* the folder part of the path it was opened for */
	size_t len;
};

static int inbox_stat(struct inbox_dir *d, const char *path, struct stat *st)
{
	const char *slash = strrchr(path, '/');
	if (!slash || slash == path)
		return stat(path, st);
	size_t len = (size_t)(slash - path);
	if (d->fd < 0 || d->len != len || memcmp(d->path, path, len) != 0) {
		if (d->fd >= 0)
			close(d->fd);
		char dirpath[PATH_MAX];
		if (len >= sizeof dirpath)
			return stat(path, st);
		memcpy(dirpath, path, len);
		dirpath[len] = 0;
		d->fd = open(dirpath, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		d->path = path;
		d->len = len;
		if (d->fd < 0)
			return stat(path, st);
	}
	return fstatat(d->fd, slash + 1, st, 0);
}

/* The first pass: a row whose file the cache holds unchanged (same size
 * and mtime) is copied from it; the others get path NULL, "to parse".
 * Returns how many are to parse. */
static size_t inbox_take_cached(struct inbox *ix, char *const *paths, size_t n,
                                const struct inbox_cache *c)
{
	size_t todo = 0;
	struct inbox_dir dir = { -1, NULL, 0 };
	for (size_t i = 0; i < n; i++) {
		struct inbox_row *r = &ix->rows[i];
		const struct inbox_row *hit = inbox_cache_find(c, paths[i]);
		struct stat st;
		if (hit && inbox_stat(&dir, paths[i], &st) == 0 && S_ISREG(st.st_mode) &&
		    st.st_size == hit->size && inbox_mtime_ns(&st) == hit->mtime_ns) {
			*r = *hit;
			ix->ncached++;
			continue;
		}
		r->path = NULL;           /* marks "to parse" for the second pass */
		todo++;
	}
	if (dir.fd >= 0)
		close(dir.fd);
	return todo;
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
static void inbox_cache_update(struct inbox *ix, const char *cache_path,
                               const struct inbox_cache *c)
{
	size_t cacheable = 0;
	for (size_t i = 0; i < ix->n; i++)
		cacheable += !ix->rows[i].unreadable;
	if (ix->nparsed > 0 || c->n != ix->ncached || ix->cache_rejected ||
	    (!ix->cachebuf && cacheable > 0))
		inbox_cache_write(ix, cache_path);
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
	struct inbox_cache c;
	memset(&c, 0, sizeof c);
	if (cache_path)
		inbox_cache_load(ix, cache_path, &c);
	size_t todo = inbox_take_cached(ix, paths, n, &c);

	/* the files the cache did not answer for: parsed, summarised, freed */
	struct inbox_inodes inodes = { NULL, 0 };
	if (todo > 1) {
		size_t ns = 16;
		while (ns < todo * 2)
			ns *= 2;
		inodes.slots = calloc(ns, sizeof *inodes.slots);
		inodes.nslots = inodes.slots ? ns : 0;   /* without it: slower, same */
	}
	size_t *todo_ix = calloc(todo ? todo : 1, sizeof *todo_ix);
	if (!todo_ix) {
		free(inodes.slots);
		inbox_cache_free(&c);
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
		inbox_cache_update(ix, cache_path, &c);
	inbox_cache_free(&c);
	return 0;
}
