/* buf.h - a growable byte buffer that writers append to.
 *
 * Appends never fail at the call site: when memory runs out the buffer
 * remembers it (failed) and ignores further appends, so a writer checks once
 * at the end.  data is always NUL-terminated after the len bytes (a writer
 * may still put NUL bytes inside).  The owner calls buf_free().
 */
#ifndef CABLETRACK_BUF_H
#define CABLETRACK_BUF_H

#include <stdbool.h>
#include <stddef.h>

struct buf {
	char *data;              /* NULL until the first append */
	size_t len, cap;
	bool failed;             /* an allocation failed: the contents are cut */
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
void buf_reset(struct buf *b);   /* len 0, keeps the storage */

void buf_add(struct buf *b, const void *p, size_t n);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* data as a string ("" when empty). */
const char *buf_str(const struct buf *b);

#endif
