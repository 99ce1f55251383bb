/* review_internal.h - what the files of core/review share, and nothing else
 * may use: the item list, the directory and date helpers, the file parser
 * (a save re-reads the file on disk with it), the flock(2) lock files, and
 * the clean-up of the lock and the undo list for review_free.  The public
 * interface is review.h.
 */
#ifndef CABLETRACK_REVIEW_INTERNAL_H
#define CABLETRACK_REVIEW_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "review/review.h"

/* review.c: small helpers and the item list */
unsigned long long review_hash(const char *p, size_t n);   /* FNV-1a 64 */
int review_mkdirs(const char *path, struct ct_error *err); /* mkdir -p, 0700 */
char *review_dirname(const char *path);   /* its folder, "/" at the root */
struct review *review_new(const char *path, const char *cable_id);
struct review_item *review_push(struct review *r);         /* a zeroed item */
void review_item_free(struct review_item *it);             /* its strings */
int review_item_cmp(const struct review_item *a, const struct review_item *b);
const struct review_item **review_sorted(const struct review *r);

/* review_save.c: the file's bytes of r into out (0, or -1 + err) */
struct buf;
int review_emit(const struct review *r, struct buf *out, struct ct_error *err);

/* review_load.c: fill r from the file's bytes (0, or -1 + err) */
int review_parse(struct review *r, const char *buf, size_t len, struct ct_error *err);
/* review_load.c: remove the temp files killed saves of path left (reads the
 * folder; under the save lock, when its lock file was found free) */
void review_sweep_temps(const char *path);

/* review_lock.c: an flock(2) on a lock file beside the review.  Its holder
 * removes the file before it lets go, so a lock file that is there and free
 * was left by a process that died (the kernel released its lock). */
enum review_flock_how {
	REVIEW_FLOCK_TRY,    /* created if missing; EWOULDBLOCK at once if held */
	REVIEW_FLOCK_WAIT,   /* created if missing; waits REVIEW_SAVE_WAIT_S at
	                        most, then EWOULDBLOCK */
	REVIEW_FLOCK_PROBE,  /* only one that is there (else ENOENT); EWOULDBLOCK
	                        at once if held */
};
#define REVIEW_SAVE_WAIT_S 10
/* The descriptor holding the lock, or -1 + errno.  *found (optional): the
 * file was there before, not created by this call. */
int review_flock(const char *lock, enum review_flock_how how, bool *found);
/* Removes the lock file (while still holding it) and closes fd. */
void review_funlock(const char *lock, int fd);
/* The save lock of a review file: .NAME.tmp-lock beside it (malloc'd). */
char *review_save_lock_path(const char *path);

/* review_lock.c: remove our lock file and close it (review_free) */
void review_unlock(struct review *r);

/* review_undo.c: free the undo list (review_free) */
void review_undo_free(struct review *r);

#endif
