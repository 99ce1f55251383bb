/* body_items.c - bullets and sub-items.
 *
 * In: the start of a stretch of trimmed text.  Out: whether it opens a
 * sub-item ("a)", "1)", "E)", "iv)", "(a)", "(1)", "A. text", "¶B. - text")
 * or a bullet ("-- text", "- text", "* text", "• text"), with its label and
 * the offset of its text; and where the next inline bullet of a run-on
 * line starts ("... modification:  -- (U//FOUO) Name ...  -- (U//FOUO)
 * Post's"), each line searched once, not once per piece.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "parse/body_internal.h"

/* ---- sub-items ------------------------------------------------------------- */

/* "a)", "1)", "E)", "iv)", "(a)", "(1)": returns the label's length (in
 * lab, lablen) and returns the offset of the text, or 0. */
size_t body_read_item(const char *s, size_t len, const char **lab, size_t *lablen)
{
	/* The label's ")" is one of s[1..4]: a line of prose has none there,
	 * and is turned away before its first word is read. */
	bool close = false;
	for (size_t k = 1; k < 5 && k < len; k++)
		close = close || s[k] == ')';
	if (!close)
		return 0;
	size_t p = 0;
	bool paren = len > 0 && s[0] == '(';
	if (paren)
		p = 1;
	size_t st = p;
	while (p < len && p - st < 4 && ascii_is_alnum(s[p]))
		p++;
	size_t n = p - st;
	if (n == 0 || n > 3 || p >= len || s[p] != ')')
		return 0;
	/* Digits, or one letter, or a small roman numeral. */
	bool digits = true, roman = true;
	for (size_t i = st; i < p; i++) {
		digits = digits && ascii_is_digit(s[i]);
		roman = roman && strchr("ivxIVX", s[i]) != NULL;
	}
	if (!digits && !roman && n != 1)
		return 0;
	p++;
	if (p < len && !ascii_is_blank(s[p]))
		return 0;
	while (p < len && ascii_is_blank(s[p]))
		p++;
	if (p >= len)
		return 0;
	*lab = s + st;
	*lablen = n;
	return p;
}

/* "A. text", "¶B. - text", "¶C. -- text": returns the text offset or 0, the
 * letter at *lab. */
size_t body_read_lettered(const char *s, size_t len, const char **lab)
{
	size_t p = len >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xB6 ? 2 : 0;
	if (p + 3 >= len || !ascii_is_alpha(s[p]) || s[p + 1] != '.' || !ascii_is_blank(s[p + 2]))
		return 0;
	*lab = s + p;
	p += 2;
	while (p < len && ascii_is_blank(s[p]))
		p++;
	/* A dash between the letter and the text: "¶A. - Storage". */
	size_t q = p;
	while (q < len && q < p + 2 && s[q] == '-')
		q++;
	if (q > p && q < len && ascii_is_blank(s[q])) {
		p = q;
		while (p < len && ascii_is_blank(s[p]))
			p++;
	}
	return p < len ? p : 0;
}

/* "-- text", "- text", "* text", "• text": returns the text offset or 0. */
size_t body_read_bullet(const char *s, size_t len, const char **lab, size_t *lablen)
{
	size_t p = 0;
	if (len >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
	    (unsigned char)s[2] == 0xA2) {
		p = 3;
	} else if (len > 0 && (s[0] == '-' || s[0] == '*')) {
		while (p < len && p < 2 && s[p] == s[0])
			p++;
	} else {
		return 0;
	}
	*lab = s;
	*lablen = p;
	if (p < len && s[p] == '-')
		return 0; /* "---": a rule or an em-dash */
	size_t q = p;
	while (q < len && ascii_is_blank(s[q]))
		q++;
	if (q >= len)
		return 0;
	if (q == p && !(s[0] == '-' && p == 2))
		return 0; /* "-4", "*word*" */
	return q;
}

/* ---- inline bullets -------------------------------------------------------- */

/* Splits "...modification:  -- (U//FOUO) Name ...  -- (U//FOUO) Post's"
 * at inline bullets.  Returns the offset of the next inline "--" or len. */
static size_t body_inline_bullet(const char *s, size_t len)
{
	if (len < 5)
		return len;
	const char *end = s + len - 3;  /* candidates i with i + 3 < len */
	for (const char *d = memchr(s + 1, '-', (size_t)(end - (s + 1)));
	     d; d = d + 1 < end ? memchr(d + 1, '-', (size_t)(end - (d + 1))) : NULL) {
		size_t i = (size_t)(d - s);
		if (s[i + 1] != '-' || s[i + 2] != ' ')
			continue;
		if (!ascii_is_blank(s[i - 1]))
			continue;
		size_t q = i;
		while (q > 0 && ascii_is_blank(s[q - 1]))
			q--;
		if (q == 0 || i - q < 2 || !strchr(".:;", s[q - 1]))
			continue;
		if (ascii_is_upper(s[i + 3]) || s[i + 3] == '(')
			return i;
	}
	return len;
}

/* body_inline_bullet from s, reusing the last search of the same line when
 * it started at or before s: a line is searched once, not once per piece. */
size_t body_next_inline(struct body *b, const char *s, size_t len)
{
	if (b->inl_end == s + len && b->inl_from && b->inl_from <= s && b->inl_at > s)
		return (size_t)(b->inl_at - s);
	size_t at = body_inline_bullet(s, len);
	b->inl_from = s;
	b->inl_at = s + at;
	b->inl_end = s + len;
	return at;
}
