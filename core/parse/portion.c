/* portion.c - portion marks after paragraph numbers. */
#include "parse/portion.h"

#include <stdbool.h>
#include <string.h>

#include "base/ascii.h"

/* The words a mark may start with (compared upper-cased).  One-letter marks
 * must be written in capitals: "(c)" is a sub-item label, not a mark; a
 * lower-case one with more after a slash is a mark ("(s/nf)"). */
static const char *const portion_heads[] = {
	"U", "C", "S", "TS", "SBU", "N", "NF", "REL", "FOUO", "CUI", "LOU",
	"UNCLAS", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "NOFORN", "ORCON",
};

static bool portion_head_ok(const char *w, size_t n, bool slash, bool after_sign)
{
	char up[16];
	if (n == 0 || n >= sizeof up)
		return false;
	for (size_t i = 0; i < n; i++)
		up[i] = ascii_to_upper(w[i]);
	up[n] = '\0';
	if (n == 1 && !ascii_is_upper(w[0]) && !slash && !after_sign)
		return false;
	for (size_t i = 0; i < sizeof portion_heads / sizeof portion_heads[0]; i++)
		if (strcmp(up, portion_heads[i]) == 0)
			return true;
	return false;
}

/* Characters allowed inside a mark: letters, digits, / - , . and spaces. */
static bool portion_char_ok(char ch)
{
	return ascii_is_alnum(ch) || ch == '/' || ch == '-' || ch == ',' ||
	       ch == '.' || ascii_is_blank(ch);
}

static size_t portion_read(const char *s, size_t len, char out[PORTION_MAX],
                           bool after_sign)
{
	if (len < 3 || s[0] != '(')
		return 0;
	size_t close = 0;
	for (size_t i = 1; i < len && i < PORTION_MAX; i++) {
		if (s[i] == ')') {
			close = i;
			break;
		}
		if (!portion_char_ok(s[i]))
			return 0;
	}
	if (close == 0)
		return 0;
	/* First word: skip leading spaces and slashes ("(/Rel UK)"). */
	size_t p = 1;
	while (p < close && (s[p] == ' ' || s[p] == '\t' || s[p] == '/'))
		p++;
	size_t w = p;
	while (w < close && ascii_is_alpha(s[w]))
		w++;
	if (!portion_head_ok(s + p, w - p, w < close && s[w] == '/', after_sign))
		return 0;
	/* The head must end the word: "(Sources)" is prose. */
	if (w < close && s[w] != '/' && s[w] != '-' && s[w] != ' ' &&
	    s[w] != '\t' && s[w] != ',')
		return 0;
	/* Copy upper-cased; runs of blanks become one space; trimmed. */
	size_t o = 0;
	bool space = false;
	for (size_t i = 1; i < close; i++) {
		char ch = s[i];
		if (ch == ' ' || ch == '\t') {
			space = o > 0;
			continue;
		}
		if (space && o + 1 < PORTION_MAX)
			out[o++] = ' ';
		space = false;
		if (o + 1 < PORTION_MAX)
			out[o++] = ascii_to_upper(ch);
	}
	out[o] = '\0';
	return close + 1;
}

size_t portion_parse(const char *s, size_t len, char out[PORTION_MAX])
{
	return portion_read(s, len, out, false);
}

size_t portion_parse_signed(const char *s, size_t len, char out[PORTION_MAX])
{
	return portion_read(s, len, out, true);
}
