/* inbox_internal.h - what the files of core/inbox share, and nothing else
 * may use: the hash and escaping of the cache format, the worker that
 * makes a row from a file, and the cache file read and written by
 * inbox_build.  The public interface is inbox.h.
 */
#ifndef CABLETRACK_INBOX_INTERNAL_H
#define CABLETRACK_INBOX_INTERNAL_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/stat.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/error.h"
#include "inbox/inbox.h"

/* inbox.c: small helpers */
#define INBOX_FNV_INIT 14695981039346656037ULL
uint64_t inbox_fnv(uint64_t h, const void *p, size_t n);   /* FNV-1a 64 */
/* Appends s escaped (see inbox_cache.c); NULL and "" give nothing. */
void inbox_put(struct buf *b, const char *s, bool task);
/* Unescapes s[0..len) into out (may be s itself); returns the new length,
 * or -1 on a malformed escape. */
long inbox_unescape(const char *s, size_t len, char *out);
long long inbox_mtime_ns(const struct stat *st);

/* inbox_row.c: one thread indexing files: its own arena and scratch
 * buffer; it shares nothing but the two counters. */
struct inbox_worker {
	struct inbox *ix;
	struct arena arena;          /* the strings of the rows it fills */
	struct buf tmp;
	size_t nparsed;
	const size_t *todo;          /* row indices to index */
	size_t ntodo;
	atomic_size_t *next, *done;  /* the next todo entry; how many are done */
};

/* Reads and parses path; fills r (strings in w->arena). */
void inbox_index_file(struct inbox_worker *w, struct inbox_row *r, const char *path);

/* inbox_cache.c: the rows of a cache file, by path */
struct inbox_cache {
	struct inbox_row *rows;
	size_t n;
	size_t *slots;            /* open addressing: row index + 1, 0 empty */
	size_t nslots;            /* a power of two */
};

struct inbox_row *inbox_cache_find(const struct inbox_cache *c, const char *path);
void inbox_cache_free(struct inbox_cache *c);
/* Reads the cache file into ix->cachebuf and c.  Missing: false, not
 * rejected; present but bad: false, rejected. */
bool inbox_cache_load(struct inbox *ix, const char *path, struct inbox_cache *c);
/* Writes the rows of ix that can be cached; ix->cache_written, or
 * ix->cache_error says why not. */
void inbox_cache_write(struct inbox *ix, const char *path);

#endif
