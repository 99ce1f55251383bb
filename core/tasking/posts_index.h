/* posts_index.h - data/posts.tsv (a place as cables name it -> the post
 * that covers it) as two hash tables, built once per process, so that a
 * lookup is a hash and a compare or two rather than a pass over the file. */
#ifndef CABLETRACK_POSTS_INDEX_H
#define CABLETRACK_POSTS_INDEX_H

#include <stdbool.h>
#include <stddef.h>

/* The post of the upper-case place key[0..n) ("BELIZE" -> "BELMOPAN"):
 * its bytes (not NUL-terminated) and *len, or NULL.  The first line of the
 * file wins when a place is on several. */
const char *posts_post_of(const char *key, size_t n, size_t *len);

/* Is the upper-case key[0..n) a post of the file (its second column)? */
bool posts_is_post(const char *key, size_t n);

#endif
