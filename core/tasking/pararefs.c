/* pararefs.c - see pararefs.h */
#include "tasking/pararefs.h"

#include <stdbool.h>
#include <strings.h>

#include "base/ascii.h"

enum { PARAREFS_MAX_RANGE = 50 };

/* After "para", "paras", "para.", "paragraph(s)": the length of the word,
 * or 0 when s is no such word. */
static size_t pararefs_word(const char *s)
{
	if (strncasecmp(s, "para", 4) != 0)
		return 0;
	size_t n = 4;
	if (strncasecmp(s + 4, "graph", 5) == 0)
		n = 9;
	if (s[n] == 's' || s[n] == 'S')
		n++;
	if (s[n] == '.')
		n++;
	return ascii_is_alpha((unsigned char)s[n]) ? 0 : n;
}

/* A number at *p (1-999), advancing *p; -1 when none. */
static int pararefs_number(const char **p)
{
	const char *s = *p;
	int v = 0, digits = 0;
	while (ascii_is_digit((unsigned char)*s) && digits < 4) {
		v = v * 10 + (*s++ - '0');
		digits++;
	}
	if (!digits || digits > 3 || ascii_is_alnum((unsigned char)*s) || v == 0)
		return -1;
	*p = s;
	return v;
}

static const char *pararefs_skip(const char *s)
{
	while (*s == ' ' || *s == '\t' || *s == '\n')
		s++;
	return s;
}

size_t pararefs_find(const char *text, int *out, size_t max)
{
	size_t n = 0;
	if (!text)
		return 0;
	for (const char *s = text; *s && n < max; s++) {
		if (s > text && ascii_is_alpha((unsigned char)s[-1]))
			continue;
		size_t w = pararefs_word(s);
		if (!w)
			continue;
		const char *p = pararefs_skip(s + w);
		int prev = -1;
		bool range = false;
		for (;;) {
			int v = pararefs_number(&p);
			if (v < 0)
				break;
			if (range && prev > 0 && v > prev && v - prev <= PARAREFS_MAX_RANGE) {
				for (int k = prev + 1; k <= v && n < max; k++)
					out[n++] = k;
			} else if (n < max) {
				out[n++] = v;
			}
			prev = v;
			range = false;
			/* a list goes on: ", 5", " and 7", "-7", " through 9", " to 9" */
			const char *q = pararefs_skip(p);
			if (*q == ',' || *q == ';') {
				q = pararefs_skip(q + 1);
				if (strncasecmp(q, "and ", 4) == 0)
					q = pararefs_skip(q + 4);
			} else if (*q == '-') {
				q = pararefs_skip(q + 1);
				range = true;
			} else if (strncasecmp(q, "and ", 4) == 0) {
				q = pararefs_skip(q + 4);
			} else if (strncasecmp(q, "through ", 8) == 0) {
				q = pararefs_skip(q + 8);
				range = true;
			} else if (strncasecmp(q, "to ", 3) == 0 && ascii_is_digit((unsigned char)q[3])) {
				q = pararefs_skip(q + 3);
				range = true;
			} else {
				break;
			}
			if (!ascii_is_digit((unsigned char)*q))
				break;
			p = q;
		}
		s = p > s ? p - 1 : s;
	}
	return n;
}
