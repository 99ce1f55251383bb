/* xalloc.h - heap helpers for the parts of the core that outlive a cable
 * (review store, keymaps): they abort on out-of-memory, like the arena,
 * so callers never carry half-built state. */
#ifndef CABLETRACK_XALLOC_H
#define CABLETRACK_XALLOC_H

#include <stddef.h>

#include "base/error.h"    /* ct_error_set, which was declared here */

void *xmalloc(size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
