/* breaks.c - section markers and page headers inside the text. */
#include "parse/breaks.h"

#include <string.h>

#include "base/ascii.h"

/* Moves *p back over blanks; returns how many it passed. */
static size_t breaks_back_blanks(const char *s, size_t *p)
{
	size_t n = 0;
	while (*p > 0 && ascii_is_blank(s[*p - 1])) {
		(*p)--;
		n++;
	}
	return n;
}

static size_t breaks_back_digits(const char *s, size_t *p)
{
	size_t n = 0;
	while (*p > 0 && ascii_is_digit(s[*p - 1])) {
		(*p)--;
		n++;
	}
	return n;
}

/* Start of a trailing "ORIGIN 00001835 002[.2] OF 003" in s[0..len), or len
 * when there is none.  The origin is one to three capitalised words
 * ("STATE", "RIO DE JAN", "BUENOS AIR"). */
static size_t breaks_marker_start(const char *s, size_t len)
{
	size_t p = len;
	breaks_back_blanks(s, &p);
	size_t nd = breaks_back_digits(s, &p);
	if (nd < 1 || nd > 3 || breaks_back_blanks(s, &p) == 0)
		return len;
	if (p < 2 || s[p - 1] != 'F' || s[p - 2] != 'O')
		return len;
	p -= 2;
	if (breaks_back_blanks(s, &p) == 0)
		return len;
	nd = breaks_back_digits(s, &p);
	if (p > 0 && s[p - 1] == '.' && nd >= 1 && nd <= 2) {
		p--;
		nd = breaks_back_digits(s, &p);
	}
	if (nd < 2 || nd > 3 || breaks_back_blanks(s, &p) == 0)
		return len;
	nd = breaks_back_digits(s, &p);
	if (nd < 5 || nd > 9 || breaks_back_blanks(s, &p) == 0)
		return len;
	size_t words = 0;
	size_t start = p;
	while (words < 3 && p > 0) {
		size_t q = p;
		while (q > 0 && ascii_is_upper(s[q - 1]))
			q--;
		if (q == p || (q > 0 && !ascii_is_blank(s[q - 1])))
			break;
		words++;
		start = q;
		p = q;
		breaks_back_blanks(s, &p);
	}
	if (words == 0)
		return len;
	return start;
}

/* "PAGE 02 RUEHFRA0170 S E C R E T": PAGE, a page number, then no
 * lower-case letter. */
static bool breaks_is_page_line(const char *s, size_t len)
{
	if (len < 7 || s[0] != 'P' || s[1] != 'A' || s[2] != 'G' || s[3] != 'E' ||
	    !ascii_is_blank(s[4]))
		return false;
	size_t p = 4;
	while (p < len && ascii_is_blank(s[p]))
		p++;
	size_t d = p;
	while (p < len && ascii_is_digit(s[p]))
		p++;
	if (p - d < 1 || p - d > 3 || (p < len && !ascii_is_blank(s[p])))
		return false;
	for (; p < len; p++)
		if (ascii_is_lower(s[p]))
			return false;
	return true;
}

/* "C O N F I D E N T I A L SECTION 02 OF 03 CAPE TOWN 00097": the
 * classification line repeated at the top of each section. */
static bool breaks_is_section_caption(const char *s, size_t len)
{
	static const struct {
		const char *s;
		size_t len;
	} heads[] = {
		{ "C O N F I D E N T I A L", 23 }, { "S E C R E T", 11 },
		{ "U N C L A S", 11 }, { "UNCLAS ", 7 },
		{ "CONFIDENTIAL SECTION", 20 }, { "SECRET SECTION", 14 },
	};
	/* every head starts with one of these letters, then a space or a
	 * capital: most lines of prose are turned away here */
	if (len < 7 || (s[0] != 'C' && s[0] != 'S' && s[0] != 'U') ||
	    (s[1] != ' ' && !ascii_is_upper(s[1])))
		return false;
	for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++) {
		size_t n = heads[k].len;
		if (len < n || memcmp(s, heads[k].s, n) != 0)
			continue;
		for (size_t i = n; i + 9 <= len; i++)
			if (s[i] == 'S' && memcmp(s + i, "SECTION ", 8) == 0 &&
			    ascii_is_digit(s[i + 8]))
				return true;
	}
	return false;
}

bool breaks_is_line(const char *s, size_t len)
{
	if (len == 0)
		return false;
	if (breaks_is_page_line(s, len) || breaks_is_section_caption(s, len))
		return true;
	return breaks_marker_start(s, len) == 0;
}

size_t breaks_strip_suffix(const char *s, size_t len)
{
	size_t p = breaks_marker_start(s, len);
	if (p == len)
		return len;
	breaks_back_blanks(s, &p);
	return p;
}

size_t breaks_text_len(const char *s, size_t len)
{
	if (len == 0 || breaks_is_page_line(s, len) || breaks_is_section_caption(s, len))
		return 0;
	/* a trimmed line starts with no blank: 0 only for a marker at 0 */
	return breaks_strip_suffix(s, len);
}
