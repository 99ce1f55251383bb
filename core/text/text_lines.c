/* text_lines.c - pass 3: text -> the lines of struct text.
 *
 * In: UTF-8 text with "\n" endings (pass 1's or pass 2's output) and
 * whether it is a markdown scrape.  Out: the lines, each NUL-terminated in
 * one arena block: split on LF, tabs expanded to 8-column stops (a column is
 * a code point), trailing blanks stripped.  In a scrape "[X](#)" becomes X,
 * a leading "[1](#)" becomes "¶" and "<http://...>" the URL.  An
 * e-mail's quote marks ("> ") come off a cable quoted whole.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "text/text_internal.h"

enum { TEXT_TAB_STOP = 8 };

/* ---- pass 3: lines ------------------------------------------------------ */

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t pl = strlen(prefix);
	return n >= pl && memcmp(s, prefix, pl) == 0;
}

/* Undoes the markdown scrape's links in place; returns the new length. */
static size_t scrape_fix(char *s, size_t n)
{
	size_t r = 0, w = 0;
	while (r < n && s[r] == ' ')
		r++;
	w = r;
	if (starts_with(s + r, n - r, "[1](#)")) {
		s[w++] = '\xC2';            /* U+00B6 PILCROW SIGN */
		s[w++] = '\xB6';
		r += 6;
	}
	while (r < n) {
		char c = s[r];
		if (c == '[') {
			size_t j = r + 1;
			while (j < n && s[j] != ']' && s[j] != '[')
				j++;
			if (j < n && s[j] == ']' && starts_with(s + j + 1, n - j - 1, "(#)")) {
				memmove(s + w, s + r + 1, j - r - 1);
				w += j - r - 1;
				r = j + 4;
			} else {
				/* no link: s[r..j) holds no '[', copy it as is */
				memmove(s + w, s + r, j - r);
				w += j - r;
				r = j;
			}
			continue;
		}
		if (c == '<' && (starts_with(s + r + 1, n - r - 1, "http://") ||
		                 starts_with(s + r + 1, n - r - 1, "https://") ||
		                 starts_with(s + r + 1, n - r - 1, "ftp://") ||
		                 starts_with(s + r + 1, n - r - 1, "mailto:"))) {
			size_t j = r + 1;
			while (j < n && s[j] != '>' && s[j] != '<' && s[j] != ' ')
				j++;
			if (j < n && s[j] == '>') {
				memmove(s + w, s + r + 1, j - r - 1);
				w += j - r - 1;
				r = j + 1;
				continue;
			}
		}
		s[w++] = c;
		r++;
	}
	return w;
}

/* Copies s[0..n) to d expanding tabs to TEXT_TAB_STOP columns (a column
 * is a code point); returns the bytes written (at most n + 7 per tab). */
static size_t expand_tabs(char *d, const char *s, size_t n)
{
	size_t w = 0, col = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\t') {
			do {
				d[w++] = ' ';
				col++;
			} while (col % TEXT_TAB_STOP);
			continue;
		}
		d[w++] = (char)c;
		if ((c & 0xC0) != 0x80)
			col++;
	}
	return w;
}

/* Is the text an e-mail's quote of a cable: more than half of its
 * non-blank lines, and at least ten, open with ">"? */
static bool email_quoted(const char *s, size_t n)
{
	size_t quoted = 0, lines = 0;
	if (!memchr(s, '>', n))
		return false;
	for (const char *p = s, *end = s + n; p < end;) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		const char *q = p;
		while (q < eol && *q == ' ')
			q++;
		if (q < eol) {
			lines++;
			quoted += *q == '>';
		}
		p = eol + 1;
	}
	return quoted >= 10 && quoted * 2 > lines;
}

/* Takes an e-mail's quote marks ("> ", "> > ") off the front of s[0..n)
 * in place; returns the new length. */
static size_t unquote(char *s, size_t n)
{
	size_t r = 0;
	while (r < n && (s[r] == '>' || (s[r] == ' ' && r + 1 < n && s[r + 1] == '>')))
		r += s[r] == '>' && r + 1 < n && s[r + 1] == ' ' ? 2 : 1;
	memmove(s, s + r, n - r);
	return n - r;
}

static size_t count_byte(const char *s, size_t n, char c)
{
	size_t k = 0;
	const char *end = s + n;
	while ((s = memchr(s, c, (size_t)(end - s))) != NULL) {
		k++;
		s++;
	}
	return k;
}

/* Room for one more line in out->lines (cap lines now): the array doubles,
 * the old one is left to the arena. */
static void lines_room(struct arena *a, struct text *out, size_t *cap)
{
	if (out->n < *cap)
		return;
	struct line *l = arena_alloc_raw(a, *cap * 2 * sizeof *l);
	memcpy(l, out->lines, out->n * sizeof *l);
	out->lines = l;
	*cap *= 2;
}

/* Pass 3.  Returns false when no line holds anything but blanks.  The lines
 * are not counted first: that cost a memchr() call a line, as much as the
 * split itself; the array grows instead, from a guess of one line in 64
 * bytes. */
bool text_lines(struct arena *a, const char *t, size_t n, bool scrape, struct text *out)
{
	size_t tabs = count_byte(t, n, '\t');
	bool quoted = email_quoted(t, n);
	size_t cap = n / 64 + 16;
	/* Both are filled line by line below: no need to zero them. */
	out->lines = arena_alloc_raw(a, cap * sizeof *out->lines);
	out->n = 0;
	char *buf = arena_alloc_raw(a, n + tabs * (TEXT_TAB_STOP - 1) + 2);
	size_t w = 0;
	bool any = false;
	const char *p = t, *end = t + n;
	while (p < end) {
		const char *eol = memchr(p, '\n', (size_t)(end - p));
		if (!eol)
			eol = end;
		size_t len = (size_t)(eol - p);
		char *d = buf + w;
		if (tabs && memchr(p, '\t', len))
			len = expand_tabs(d, p, len);
		else
			memcpy(d, p, len);
		if (scrape)
			len = scrape_fix(d, len);
		if (quoted)
			len = unquote(d, len);
		while (len > 0 && d[len - 1] == ' ')
			len--;
		d[len] = '\0';
		any |= len > 0;
		lines_room(a, out, &cap);
		struct line *l = &out->lines[out->n++];
		l->s = d;
		l->len = len;
		w += len + 1;
		p = eol + 1;
	}
	return any;
}
