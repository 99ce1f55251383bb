/* draw.h - width-aware UTF-8 text on the screen (stdscr).
 *
 * Strings are UTF-8 from the cable or the review; invalid bytes draw as
 * U+FFFD (or '?' when the locale cannot show it), control characters as a
 * space, so a stray byte never shifts a column.  Widths come from wcwidth. */
#ifndef CABLETRACK_TUI_DRAW_H
#define CABLETRACK_TUI_DRAW_H

#include <stddef.h>
#include <wchar.h>

#include <curses.h>

/* Decode one UTF-8 character of s[0..len); returns the bytes used (>= 1)
 * and U+FFFD in *wc for an invalid sequence. */
size_t draw_utf8_decode(const char *s, size_t len, wchar_t *wc);
/* Append wc as UTF-8 to buf; returns bytes written (0 if no room). */
size_t draw_utf8_encode(wchar_t wc, char *buf, size_t size);
/* Columns wc takes on the screen (0..2), control characters count 1. */
int draw_wcwidth(wchar_t wc);

/* Columns s[0..len) takes. */
int draw_width(const char *s, size_t len);
/* Bytes of s[0..len) that fit in maxw columns. */
size_t draw_fit(const char *s, size_t len, int maxw);

/* Draw s[0..len) at (y, x) with attr, at most maxw columns; returns the
 * columns drawn. */
int draw_textn(int y, int x, int maxw, const char *s, size_t len, attr_t attr);
int draw_text(int y, int x, int maxw, const char *s, attr_t attr);
int draw_textf(int y, int x, int maxw, attr_t attr, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
/* Spaces from (y, x) for w columns. */
void draw_fill(int y, int x, int w, attr_t attr);
/* Text padded or cut to exactly w columns; a cut ends in "…". */
void draw_cell(int y, int x, int w, const char *s, attr_t attr);

/* One wrapped line of s at most width columns wide: returns its length in
 * bytes (breaking after a space when it can, at a '\n' always) and sets
 * *next to where the following line starts (the '\0' at the end). */
size_t draw_wrap(const char *s, int width, const char **next);

#endif
