/* header_lex.h - tiny ASCII scanning helpers shared by the header parsers
 * (header.c, classification.c, refs.c).  Locale-free on purpose: cable text
 * is matched byte by byte, never through <ctype.h> or a regex; the
 * character classes are base/ascii.h's.
 */
#ifndef CABLETRACK_HEADER_LEX_H
#define CABLETRACK_HEADER_LEX_H

#include <stdbool.h>
#include <stddef.h>

#include "base/ascii.h"

static inline size_t lex_skip_space(const char *s, size_t len, size_t i)
{
	while (i < len && ascii_is_blank(s[i]))
		i++;
	return i;
}

/* End of the run of non-space bytes starting at i. */
static inline size_t lex_token_end(const char *s, size_t len, size_t i)
{
	while (i < len && !ascii_is_blank(s[i]))
		i++;
	return i;
}

/* Case-insensitive: does s[i..] start with word (ASCII, upper case)? */
static inline bool lex_prefix(const char *s, size_t len, size_t i, const char *word)
{
	for (; *word; word++, i++)
		if (i >= len || ascii_to_upper(s[i]) != *word)
			return false;
	return true;
}

/* As lex_prefix, and the word ends there (no letter or digit follows).
 * The word is measured as it is matched, not before: most calls fail at
 * its first letter. */
static inline bool lex_word(const char *s, size_t len, size_t i, const char *word)
{
	for (; *word; word++, i++)
		if (i >= len || ascii_to_upper(s[i]) != *word)
			return false;
	return i >= len || !ascii_is_alnum(s[i]);
}

/* Length of s[0..len) without trailing spaces. */
static inline size_t lex_rtrim(const char *s, size_t len)
{
	while (len > 0 && ascii_is_blank(s[len - 1]))
		len--;
	return len;
}

/* Bytes of a paragraph sign at s[i] ("¶" in UTF-8, or the scrape's "[1](#)"),
 * 0 when there is none. */
static inline size_t lex_para_sign(const char *s, size_t len, size_t i)
{
	if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB6)
		return 2;
	if (i + 6 <= len && s[i] == '[' && s[i + 1] == '1' && s[i + 2] == ']' &&
	    s[i + 3] == '(' && s[i + 4] == '#' && s[i + 5] == ')')
		return 6;
	return 0;
}

#endif
