/* ascii.h - ASCII character classes and case, without the locale.
 *
 * Cable text is matched byte by byte: <ctype.h> answers by the locale (a
 * Latin-1 locale calls 0xC9 a letter) and wants an unsigned char, so the
 * core does not use it.  These answer for the 128 ASCII characters only:
 * every byte of a UTF-8 sequence (0x80-0xFF, or negative as a char) is no
 * letter, digit or space, and case mapping leaves it as it is, whether
 * the byte comes as a char or an unsigned char.
 *
 * static inline, on a char: the parsers call them for every byte (an int
 * parameter cost the parser 0.15% more instructions).
 */
#ifndef CABLETRACK_ASCII_H
#define CABLETRACK_ASCII_H

#include <stdbool.h>
#include <stddef.h>

static inline bool ascii_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static inline bool ascii_is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool ascii_is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool ascii_is_alpha(char c)
{
	return ascii_is_upper(c) || ascii_is_lower(c);
}

static inline bool ascii_is_alnum(char c)
{
	return ascii_is_alpha(c) || ascii_is_digit(c);
}

/* Space or TAB: the blanks inside a line (a normalized line holds no other
 * control character). */
static inline bool ascii_is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Space, TAB, LF, VT, FF, CR: isspace() in the C locale. */
static inline bool ascii_is_space(char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline bool ascii_is_xdigit(char c)
{
	return ascii_is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* 0-15 for a hex digit (either case), -1 for anything else. */
static inline int ascii_hex_value(char c)
{
	if (ascii_is_digit(c))
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static inline char ascii_to_lower(char c)
{
	return ascii_is_upper(c) ? (char)(c - 'A' + 'a') : c;
}

static inline char ascii_to_upper(char c)
{
	return ascii_is_lower(c) ? (char)(c - 'a' + 'A') : c;
}

/* The first place in hay[0..n) of needle[0..m), ASCII case folded (other
 * bytes as they are); NULL when none or m is 0. */
static inline const char *ascii_find_ci(const char *hay, size_t n, const char *needle,
                                        size_t m)
{
	if (m == 0 || m > n)
		return 0;
	char first = ascii_to_lower(needle[0]);
	for (size_t i = 0; i + m <= n; i++) {
		if (ascii_to_lower(hay[i]) != first)
			continue;
		size_t k = 1;
		while (k < m && ascii_to_lower(hay[i + k]) == ascii_to_lower(needle[k]))
			k++;
		if (k == m)
			return hay + i;
	}
	return 0;
}

#endif
