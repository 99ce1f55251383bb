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
/* FNV-1a 64: the cache file's checksum and name (not for tables: see
 * inbox_table.c) */
uint64_t inbox_fnv(uint64_t h, const void *p, size_t n);
/* Appends s escaped (see inbox_cache.c); NULL and "" give nothing. */
void inbox_put(struct buf *b, const char *s, bool task);
/* Unescapes s[0..len) into out (may be s itself); returns the new length,
 * or -1 on a malformed escape. */
long inbox_unescape(const char *s, size_t len, char *out);
long long inbox_mtime_ns(const struct stat *st);
/* stat() of the files of one folder through a descriptor of the folder:
 * the kernel walks one name instead of the whole path (a big inbox is
 * thousands of names in one folder, stat'ed in a row). */
struct inbox_dir {
	int fd;                   /* -1: none open */
	const char *path;         /* the folder part of the path it was opened for */
	size_t len;
};
int inbox_stat(struct inbox_dir *d, const char *path, struct stat *st);
void inbox_dir_close(struct inbox_dir *d);

/* inbox_table.c: a keyed hash and the tables keyed by it */
struct inbox_hkey {
	uint64_t k0, k1;
};
/* SipHash-1-3 of data[0..n) under k. */
uint64_t inbox_hash(const struct inbox_hkey *k, const void *data, size_t n);
/* A random key (getrandom; the clock and pid when it has none). */
void inbox_hkey_random(struct inbox_hkey *k);

struct inbox_table {
	struct inbox_slot {
		uint64_t h;               /* the entry's full hash */
		size_t v;                 /* its value + 1; 0: empty */
	} *slots;
	size_t nslots;                /* a power of two, at least 2n */
	struct inbox_hkey key;        /* random, per table */
};
/* A table for n entries, its own random key.  0, or -1 out of memory. */
int inbox_table_init(struct inbox_table *t, size_t n);
void inbox_table_free(struct inbox_table *t);
/* The slot of hash h whose value same() accepts, or the empty slot where
 * it would go; NULL only when the table is full or has no slots. */
struct inbox_slot *inbox_table_probe(const struct inbox_table *t, uint64_t h,
                                     bool (*same)(void *ctx, size_t v), void *ctx);
/* The table of paths[0..n): a path's row index + 1 (the first when a
 * path is given twice), by inbox_paths_find; 0 when not asked for. */
int inbox_paths_init(struct inbox_table *t, char *const *paths, size_t n);
size_t inbox_paths_find(const struct inbox_table *t, char *const *paths,
                        const char *path);

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

/* inbox_cache.c: the cache file.  Its size may be at most
 * inbox_cache_bound(n) for an inbox of n files (a larger one is not read,
 * and the writer leaves out rows rather than pass it); a row's line at
 * most INBOX_CACHE_ROW_MAX. */
#define INBOX_CACHE_FIXED ((size_t)1 << 20)
#define INBOX_CACHE_PER_ROW ((size_t)4 << 10)
#define INBOX_CACHE_ROW_MAX ((size_t)64 << 10)
size_t inbox_cache_bound(size_t nrows);
/* Reads the cache file into ix->cachebuf and takes the rows of the paths
 * asked for (asked: inbox_paths_init of paths[0..ix->n)) whose file is
 * unchanged (size, mtime, inode): ix->rows[i] filled, ix->ncached
 * counted; the other rows stay zeroed.  *nrows: the rows the file holds.
 * Missing: false, not rejected; present but not ours, too big or bad:
 * false, rejected, no row taken. */
bool inbox_cache_load(struct inbox *ix, const char *path, char *const *paths,
                      const struct inbox_table *asked, size_t *nrows);
/* Writes the rows of ix that can be cached; ix->cache_written, or
 * ix->cache_error says why not. */
void inbox_cache_write(struct inbox *ix, const char *path);

#endif
