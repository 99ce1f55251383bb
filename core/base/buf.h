/* buf.h - a growable byte buffer that writers append to.
 *
 * The one such buffer: the exporters, the JSON and YAML writers (through
 * jansson's and libyaml's output callbacks), the body parser's open text
 * block and the inbox rows all append to a struct buf.
 *
 * Appends never fail at the call site: when memory runs out the buffer
 * remembers it (failed) and ignores further appends, so a writer checks once
 * at the end.  data is always NUL-terminated after the len bytes (a writer
 * may still put NUL bytes inside).  The owner calls buf_free().  buf_add
 * and buf_putc are inline when the bytes fit: writers call them per token.
 */
#ifndef CABLETRACK_BUF_H
#define CABLETRACK_BUF_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

struct buf {
	char *data;              /* NULL until the first append */
	size_t len, cap;
	bool failed;             /* an allocation failed: the contents are cut */
};

void buf_init(struct buf *b);
void buf_free(struct buf *b);
/* len 0, keeps the storage */
static inline void buf_reset(struct buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}
/* Cuts the contents to their first len bytes (len <= b->len). */
void buf_truncate(struct buf *b, size_t len);

/* buf_add when the bytes do not fit (grows the storage). */
void buf_add_grow(struct buf *b, const void *p, size_t n);

static inline void buf_add(struct buf *b, const void *p, size_t n)
{
	if (!b->failed && n < b->cap - b->len) {
		memcpy(b->data + b->len, p, n);
		b->len += n;
		b->data[b->len] = '\0';
		return;
	}
	buf_add_grow(b, p, n);
}

static inline void buf_putc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void buf_puts(struct buf *b, const char *s);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* data as a string ("" when empty). */
const char *buf_str(const struct buf *b);

#endif
