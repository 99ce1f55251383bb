/* draw.c - width-aware UTF-8 text drawing and wrapping. */
#include "draw.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "base/utf8.h"

size_t draw_utf8_decode(const char *s, size_t len, wchar_t *wc)
{
	uint32_t cp;
	size_t n = utf8_decode((const unsigned char *)s, len, &cp);
	*wc = n ? (wchar_t)cp : (wchar_t)UTF8_REPLACEMENT;
	return n ? n : 1;
}

size_t draw_utf8_encode(wchar_t wc, char *buf, size_t size)
{
	char u[4];
	size_t n = wc < 0 ? 0 : utf8_encode((uint32_t)wc, u);
	if (n > size)
		return 0;
	memcpy(buf, u, n);
	return n;
}

/* What is put on the screen for wc: controls become a space, characters
 * the locale cannot show become '?'. */
static wchar_t draw_shown(wchar_t wc)
{
	if (wc < 0x20 || wc == 0x7f || (wc >= 0x80 && wc < 0xa0))
		return L' ';
	if (wc < 0x80)
		return wc;
	int w = wcwidth(wc);
	if (w < 0)
		return L'?';
	return wc;
}

int draw_wcwidth(wchar_t wc)
{
	wchar_t s = draw_shown(wc);
	if (s < 0x80)
		return 1;
	int w = wcwidth(s);
	return w < 0 ? 1 : w;
}

int draw_width(const char *s, size_t len)
{
	int w = 0;
	size_t i = 0;
	while (i < len && s[i]) {
		wchar_t wc;
		i += draw_utf8_decode(s + i, len - i, &wc);
		w += draw_wcwidth(wc);
	}
	return w;
}

size_t draw_fit(const char *s, size_t len, int maxw)
{
	int w = 0;
	size_t i = 0;
	while (i < len && s[i]) {
		wchar_t wc;
		size_t n = draw_utf8_decode(s + i, len - i, &wc);
		int cw = draw_wcwidth(wc);
		if (w + cw > maxw)
			break;
		w += cw;
		i += n;
	}
	return i;
}

int draw_textn(int y, int x, int maxw, const char *s, size_t len, attr_t attr)
{
	wchar_t buf[512];
	size_t nb = 0;
	int w = 0;
	size_t i = 0;

	if (maxw <= 0 || !s)
		return 0;
	if (y < 0 || y >= LINES || x < 0 || x >= COLS)
		return 0;
	if (x + maxw > COLS)
		maxw = COLS - x;
	while (i < len && s[i] && nb < sizeof buf / sizeof buf[0]) {
		wchar_t wc;
		size_t n = draw_utf8_decode(s + i, len - i, &wc);
		wchar_t shown = draw_shown(wc);
		int cw = draw_wcwidth(wc);
		if (cw == 0 && nb == 0) {  /* a combining mark with nothing to sit on */
			i += n;
			continue;
		}
		if (w + cw > maxw)
			break;
		buf[nb++] = shown;
		w += cw;
		i += n;
	}
	attr_t old;
	short pair;
	attr_get(&old, &pair, NULL);
	attrset(attr);
	mvaddnwstr(y, x, buf, (int)nb);
	attr_set(old, pair, NULL);
	return w;
}

int draw_text(int y, int x, int maxw, const char *s, attr_t attr)
{
	return s ? draw_textn(y, x, maxw, s, strlen(s), attr) : 0;
}

int draw_textf(int y, int x, int maxw, attr_t attr, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	return draw_text(y, x, maxw, buf, attr);
}

void draw_fill(int y, int x, int w, attr_t attr)
{
	if (y < 0 || y >= LINES || x < 0 || x >= COLS || w <= 0)
		return;
	if (x + w > COLS)
		w = COLS - x;
	attr_t old;
	short pair;
	attr_get(&old, &pair, NULL);
	attrset(attr);
	mvhline(y, x, ' ', w);
	attr_set(old, pair, NULL);
}

void draw_cell(int y, int x, int w, const char *s, attr_t attr)
{
	if (w <= 0)
		return;
	draw_fill(y, x, w, attr);
	if (!s)
		return;
	size_t len = strlen(s);
	if (draw_width(s, len) <= w) {
		draw_textn(y, x, w, s, len, attr);
		return;
	}
	static const char ell[] = "\xe2\x80\xa6";  /* U+2026 */
	bool have_ell = wcwidth(0x2026) == 1;
	size_t fit = draw_fit(s, len, w - 1);
	int drawn = draw_textn(y, x, w - 1, s, fit, attr);
	draw_textn(y, x + drawn, 1, have_ell ? ell : "~", have_ell ? 3 : 1, attr);
}

size_t draw_wrap(const char *s, int width, const char **next)
{
	size_t i = 0, brk = 0;
	int w = 0;
	bool have_brk = false;

	if (width < 1)
		width = 1;
	while (s[i] && s[i] != '\n') {
		wchar_t wc;
		size_t n = draw_utf8_decode(s + i, 4, &wc);  /* NUL stops a sequence */
		int cw = draw_wcwidth(wc);
		if (w + cw > width) {
			if (have_brk) {
				/* break after the last space; skip the spaces */
				size_t j = brk;
				while (s[j] == ' ')
					j++;
				*next = s + j;
				return brk;
			}
			if (i == 0)  /* wider than the line: take it anyway */
				i += n;
			*next = s + i;
			return i;
		}
		if (s[i] == ' ') {
			brk = i;
			have_brk = true;
		}
		w += cw;
		i += n;
	}
	*next = s[i] == '\n' ? s + i + 1 : s + i;
	return i;
}
