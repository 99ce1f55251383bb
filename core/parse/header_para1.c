/* header_para1.c - paragraph 1 run into the "Classified By" line.
 *
 * In: the lines and the body start that header_parse() found.  Out: when
 * the last front-matter line is a "Classified By ... Reason: 1.4 (b), (d)"
 * line that goes on with the first paragraph ("... (d) 1. (C/NF) Summary:
 * ..."), that line is cut where the paragraph's sign stands, the body
 * starts there, and the classified-by text ends before it.  "1.4 (b)" is
 * never the sign: only "1." followed by a portion mark, after the reasons.
 */
#include "parse/header.h"

#include <string.h>
#include <strings.h>

#include "base/ascii.h"
#include "parse/portion.h"

/* The offset of "1. (C)" or "¶1." in s[from..len) (0 when none). */
static size_t para1_sign(const char *s, size_t len, size_t from)
{
	for (size_t i = from; i + 4 < len; i++) {
		size_t p = i;
		if ((unsigned char)s[p] == 0xC2 && (unsigned char)s[p + 1] == 0xB6)
			p += 2;
		else if (!(i > 0 && (s[i - 1] == ' ' || s[i - 1] == ')')))
			continue;
		if (p + 3 >= len || s[p] != '1' || s[p + 1] != '.' || ascii_is_digit(s[p + 2]))
			continue;
		bool pilcrow = p != i;
		size_t q = p + 2;
		while (q < len && s[q] == ' ')
			q++;
		char mark[PORTION_MAX];
		if (pilcrow || (q < len && s[q] == '(' && portion_parse(s + q, len - q, mark)))
			return i;
	}
	return 0;
}

/* Where the reasons of a classified-by line end: after its last "1.4 (x)"
 * and the letters listed after it; 0 when the line gives none. */
static size_t reasons_end(const char *s, size_t len)
{
	size_t r = 0;
	for (size_t p = 0; p + 3 <= len; p++)
		if (s[p] == '1' && s[p + 1] == '.' && s[p + 2] == '4')
			r = p + 3;
	if (!r)
		return 0;
	size_t i = r;
	/* " (b), (d)", " (b) and (d)", " b, d" */
	while (i < len && (s[i] == ' ' || s[i] == '(' || s[i] == ')' || s[i] == ',' ||
	                   (ascii_is_alpha(s[i]) && (i + 1 >= len || !ascii_is_alpha(s[i + 1])))))
		i++;
	return i;
}

size_t header_para1(struct cable *c, struct text *t, size_t body)
{
	size_t k = body;
	while (k > 0 && t->lines[k - 1].len == 0)
		k--;
	if (k == 0)
		return body;
	struct line *ln = &t->lines[k - 1];
	if (ln->len < 16 || strncasecmp(ln->s, "classified by", 13) != 0)
		return body;
	size_t from = reasons_end(ln->s, ln->len);
	size_t at = from ? para1_sign(ln->s, ln->len, from) : 0;
	if (!at)
		return body;
	if (c->classified_by) {
		const char *cb = c->classified_by;
		const char *cut = strstr(cb, ln->s + at);
		if (cut) {
			size_t n = (size_t)(cut - cb);
			while (n > 0 && cb[n - 1] == ' ')
				n--;
			c->classified_by = arena_strndup(&c->arena, cb, n);
		}
	}
	ln->s += at;
	ln->len -= at;
	return k - 1;
}
