/* inbox.h - the inbox index: one row per cable file (what the inbox screen
 * and its counts need), cached on disk so that a big folder reopens without
 * parsing.
 *
 * A row holds the cable's id, date, precedence, subject, error (when the
 * file is not a cable) and its taskings: one (paragraph, party, deadline,
 * summary) entry per effective row of the cable with no review
 * (review/effective.h: one per paragraph and party, the deadline in force,
 * the checklist line), enough to count the open taskings of a post, find
 * the nearest deadline, and list them in the agenda without the cable.  Parsed cables are never kept: a file that has to be read is
 * parsed, summarised and freed, so memory stays near the size of the rows.
 *
 * The cache is one text file per set of inputs (inbox_cache_path), rows
 * keyed by path + size + mtime (ns) + inode.  It is written atomically
 * (temp file in the same folder, rename) and ends with a line holding the
 * row count and an FNV-1a hash of everything before it; a file that does
 * not verify, any line that does not parse, a file not ours or larger
 * than a bound proportional to the inbox makes the whole cache ignored
 * and rebuilt.  It is input like any other (inbox_cache.c): a row is used
 * only after its file is checked to be unchanged (size, mtime, inode),
 * else the file is parsed again, and rows of paths not asked for are
 * skipped.  Files that cannot be read are listed with the reason and not
 * cached (they are tried again next time).
 */
#ifndef CABLETRACK_INBOX_H
#define CABLETRACK_INBOX_H

#include <stdbool.h>
#include <stddef.h>

#include "base/arena.h"
#include "parse/cable.h"

struct inbox_row {
	const char *path;
	const char *id;           /* "08STATE104535", NULL when none */
	const char *serial;       /* "MADRID 2164" when id is NULL (no year in
	                             the text), else NULL */
	const char *date;         /* "2008-09-30" (the DTG's), NULL when none */
	const char *precedence;   /* NULL when none */
	const char *subject;      /* NULL when none */
	const char *error;        /* NULL: a cable; else why it is not */
	const char *tasks;        /* the taskings summary, see inbox_row_open() */
	unsigned ntasks;          /* (paragraph, party) entries in tasks */
	long long size;           /* the key: bytes, mtime and inode of the */
	long long mtime_ns;       /* file read */
	unsigned long long ino;
	bool cached;              /* the row came from the cache file */
	bool unreadable;          /* could not be read: not cached */
};

struct inbox {
	struct inbox_row *rows;   /* in the order of the paths given */
	size_t n;
	/* figures */
	size_t nparsed;           /* files read and parsed by this build */
	size_t ncached;           /* rows taken from the cache */
	bool cache_rejected;      /* a cache file was there but did not verify */
	bool cache_written;
	char cache_error[256];    /* why the cache could not be written, or "" */
	/* storage */
	char *cachebuf;           /* the cache file; cached rows point into it */
	struct arena arena;       /* rows parsed now */
};

/* Called now and then while files are parsed (done of total). */
typedef void (*inbox_progress_fn)(void *ctx, size_t done, size_t total);

/* The cache file for this list of inputs (FILE|DIR arguments as given;
 * each is made absolute with realpath when it exists):
 * $XDG_CACHE_HOME/cabletrack/inbox-<hash>.tsv, ~/.cache when the variable
 * is unset, empty or relative.  0, or -1 + err when there is no home. */
int inbox_cache_path(char *const *args, size_t nargs, char *out, size_t size,
                     struct ct_error *err);

/* Index the files in paths (regular files; "-" is not for the index).
 * cache_path NULL: no cache.  progress may be NULL.  Returns 0, or -1 on
 * out of memory (err).  A cache that cannot be read or written is not an
 * error: the index is complete either way (see cache_error). */
int inbox_build(struct inbox *ix, char *const *paths, size_t n,
                const char *cache_path, inbox_progress_fn progress, void *ctx,
                struct ct_error *err);
void inbox_free(struct inbox *ix);

/* Open entries of r: those whose party matches post (party_matches), all
 * of them when post is NULL or "" (a row has no review: every entry is
 * open).  *nearest is the earliest deadline among them in days since
 * 1970-01-01 (effective_due's rule), LONG_MAX when none has one. */
size_t inbox_row_open(const struct inbox_row *r, const char *post, long *nearest);

/* One entry of a row's taskings, decoded (the strings live until fn
 * returns). */
struct inbox_task {
	int paragraph;
	const char *party;        /* full addressee name */
	const char *deadline;     /* "YYYY-MM-DD", NULL when none */
	const char *summary;      /* the checklist line (cut at
	                             INBOX_SUMMARY_MAX bytes), "" when none */
};
#define INBOX_SUMMARY_MAX 400

/* Calls fn for each entry of r, in the effective rows' order.  Stops when
 * fn returns false. */
void inbox_row_each(const struct inbox_row *r,
                    bool (*fn)(void *ctx, const struct inbox_task *t), void *ctx);

#endif
