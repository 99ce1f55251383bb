/* review_internal.h - what the files of core/review share, and nothing else
 * may use: the item list, the directory and date helpers, the file parser
 * (a save re-reads the file on disk with it), and the clean-up of the lock
 * and the undo list for review_free.  The public interface is review.h.
 */
#ifndef CABLETRACK_REVIEW_INTERNAL_H
#define CABLETRACK_REVIEW_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "review/review.h"

/* review.c: small helpers and the item list */
unsigned long long review_hash(const char *p, size_t n);   /* FNV-1a 64 */
int review_mkdirs(const char *path, struct ct_error *err); /* mkdir -p, 0700 */
struct review *review_new(const char *path, const char *cable_id);
struct review_item *review_push(struct review *r);         /* a zeroed item */
int review_item_cmp(const struct review_item *a, const struct review_item *b);
const struct review_item **review_sorted(const struct review *r);

/* review_load.c: fill r from the file's bytes (0, or -1 + err) */
int review_parse(struct review *r, const char *buf, size_t len, struct ct_error *err);

/* review_lock.c: remove our lock file and close it (review_free) */
void review_unlock(struct review *r);

/* review_undo.c: free the undo list (review_free) */
void review_undo_free(struct review *r);

#endif
