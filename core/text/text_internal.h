/* text_internal.h - what the passes of core/text share.
 *
 * Private to core/text/text*.c.  text.c runs the passes and refuses what is
 * not text; text_decode.c is pass 1 (raw bytes -> UTF-8), text_html.c pass 2
 * (the text of a viewer page), text_lines.c pass 3 (the lines).  They share
 * the bounded output buffer below and call each other through the
 * prototypes here.  Nothing outside core/text includes it: the public
 * interface is text.h.
 */
#ifndef CABLETRACK_TEXT_INTERNAL_H
#define CABLETRACK_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/utf8.h"
#include "text/text.h"

/* ---- output buffer ------------------------------------------------------ */

/* A buffer sized from its input so that it cannot overflow; the put
 * functions still check, so a sizing mistake truncates instead of writing
 * out of bounds.  Inline: they run once a byte. */
struct obuf {
	char *p;
	size_t n, cap;
};

static inline void ob_byte(struct obuf *o, char c)
{
	if (o->n < o->cap)
		o->p[o->n++] = c;
}

static inline void ob_mem(struct obuf *o, const char *s, size_t n)
{
	if (n > o->cap - o->n)
		n = o->cap - o->n;
	memcpy(o->p + o->n, s, n);
	o->n += n;
}

static inline bool ob_alloc(struct obuf *o, size_t cap)
{
	o->n = 0;
	o->cap = cap;
	o->p = malloc(cap ? cap : 1);
	return o->p != NULL;
}

/* ---- text_decode.c: pass 1 ---------------------------------------------- */

/* Appends one character under the rules every character obeys: CR -> LF,
 * other C0 controls and DEL dropped (TAB, LF kept), C1 read as CP1252
 * (undefined ones dropped), BOM dropped, surrogates and out-of-range values
 * -> U+FFFD. */
void ob_char(struct obuf *o, uint32_t cp);

struct decode_stats {
	size_t nul;       /* NUL bytes */
	size_t ctl;       /* other control bytes a text file does not have */
	size_t invalid;   /* bytes that were not valid UTF-8 */
};

/* Length of the prefix of b that pass 1 would copy unchanged. */
size_t text_clean_prefix(const unsigned char *b, size_t len);
/* Pass 1 from byte i on (b[0..i) already copied to o).  o must hold
 * 3 * len bytes. */
void text_decode(const unsigned char *b, size_t len, size_t i, struct obuf *o,
                 struct decode_stats *st);
/* UTF-16 with a byte-order mark -> UTF-8.  o must hold 2 * len bytes. */
void text_from_utf16(const unsigned char *b, size_t len, bool big, struct obuf *o);

/* ---- text_html.c: pass 2 ------------------------------------------------ */

/* First occurrence of needle in [s, end), or NULL. */
const char *text_find_str(const char *s, const char *end, const char *needle);
/* True for a cablegate viewer page. */
bool text_is_html(const char *s, size_t n);
/* Pass 2: the cable text of a viewer page into o (o->cap >= n + 16). */
void html_extract(const char *s, size_t n, struct obuf *o);

/* ---- text_lines.c: pass 3 ----------------------------------------------- */

/* Splits t[0..n) into out's lines in arena a.  Returns false when no line
 * holds anything but blanks. */
bool text_lines(struct arena *a, const char *t, size_t n, bool scrape, struct text *out);

#endif
