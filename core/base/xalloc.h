/* xalloc.h - heap helpers for the parts of the core that outlive a cable
 * (review store, keymaps): they abort on out-of-memory, like the arena,
 * so callers never carry half-built state. */
#ifndef CABLETRACK_XALLOC_H
#define CABLETRACK_XALLOC_H

#include <stddef.h>

#include "parse/cable.h"

void *xmalloc(size_t n);
char *xstrdup(const char *s);
char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* printf into err->msg; err may be NULL. */
void ct_error_set(struct ct_error *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

#endif
