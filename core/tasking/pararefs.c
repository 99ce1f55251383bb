/* pararefs.c - see pararefs.h */
#include "tasking/pararefs.h"

#include <stdbool.h>
#include <strings.h>

#include "base/ascii.h"

/* The longest range expanded: "paras 4-7" is four paragraphs, "paras
 * 4-60" is no range. */
enum { PARAREFS_MAX_SPAN = 19 };

/* The end of the text being read. */
struct pr_text {
	const char *end;
};

static bool pr_at(const struct pr_text *t, const char *p, const char *word)
{
	size_t n = 0;
	while (word[n])
		n++;
	return (size_t)(t->end - p) >= n && strncasecmp(p, word, n) == 0;
}

static const char *pr_skip(const struct pr_text *t, const char *p)
{
	while (p < t->end && (*p == ' ' || *p == '\t' || *p == '\n'))
		p++;
	return p;
}

/* After "para", "paras", "para.", "paragraph(s)", "par"/"pars" before a
 * number: the length of the word, or 0 when p is no such word. */
static size_t pr_word(const struct pr_text *t, const char *p)
{
	if (!pr_at(t, p, "par"))
		return 0;
	size_t n = 3;
	bool short_form = true;
	if (pr_at(t, p + n, "agraph")) {
		n += 6;
		short_form = false;
	} else if (pr_at(t, p + n, "a")) {
		n += 1;
		short_form = false;
	}
	if (p + n < t->end && (p[n] == 's' || p[n] == 'S'))
		n++;
	if (p + n < t->end && p[n] == '.')
		n++;
	if (p + n < t->end && ascii_is_alpha(p[n]))
		return 0;
	/* "par" and "pars" only before a number: not "par excellence" */
	if (short_form) {
		const char *q = pr_skip(t, p + n);
		if (q == p + n || q >= t->end || !ascii_is_digit(*q))
			return 0;
	}
	return n;
}

/* A number at *p (1-999), advancing *p; -1 when none. */
static int pr_number(const struct pr_text *t, const char **p)
{
	const char *s = *p;
	int v = 0, digits = 0;
	while (s < t->end && ascii_is_digit(*s) && digits < 4) {
		v = v * 10 + (*s++ - '0');
		digits++;
	}
	if (!digits || digits > 3 || (s < t->end && ascii_is_alnum(*s)) || v == 0)
		return -1;
	*p = s;
	return v;
}

/* After a number: where the next one of the list starts, or NULL when the
 * list ends there; *range when it closes a range ("-7", "through 9"). */
static const char *pr_next(const struct pr_text *t, const char *p, bool *range)
{
	const char *q = pr_skip(t, p);
	*range = false;
	if (q < t->end && (*q == ',' || *q == ';')) {
		q = pr_skip(t, q + 1);
		if (pr_at(t, q, "and ") || pr_at(t, q, "or "))
			q = pr_skip(t, q + (*q == 'a' || *q == 'A' ? 4 : 3));
	} else if (q < t->end && *q == '-') {
		q = pr_skip(t, q + 1);
		*range = true;
	} else if (pr_at(t, q, "and ")) {
		q = pr_skip(t, q + 4);
	} else if (pr_at(t, q, "or ")) {
		q = pr_skip(t, q + 3);
	} else if (pr_at(t, q, "through ")) {
		q = pr_skip(t, q + 8);
		*range = true;
	} else if (pr_at(t, q, "to ") && q + 3 < t->end && ascii_is_digit(q[3])) {
		q = pr_skip(t, q + 3);
		*range = true;
	} else {
		return NULL;
	}
	/* "paras 4 and para 7": the word again */
	size_t w = *range ? 0 : pr_word(t, q);
	if (w)
		q = pr_skip(t, q + w);
	return q < t->end && ascii_is_digit(*q) ? q : NULL;
}

/* The list after the para word at p, into out[*n..max); returns where the
 * list ends. */
static const char *pr_list(const struct pr_text *t, const char *p, int *out,
                           size_t *n, size_t max)
{
	int prev = -1;
	bool range = false;
	for (;;) {
		int v = pr_number(t, &p);
		if (v < 0)
			break;
		if (range && prev > 0 && v > prev && v - prev <= PARAREFS_MAX_SPAN) {
			for (int k = prev + 1; k <= v && *n < max; k++)
				out[(*n)++] = k;
		} else if (!range && *n < max) {
			out[(*n)++] = v;
		}
		prev = v;
		const char *q = pr_next(t, p, &range);
		if (!q)
			break;
		p = q;
	}
	return p;
}

size_t pararefs_read(const char *s, size_t len, int *out, size_t max)
{
	struct pr_text t = { s + len };
	size_t w = s ? pr_word(&t, s) : 0, n = 0;
	if (w)
		pr_list(&t, pr_skip(&t, s + w), out, &n, max);
	return n;
}

size_t pararefs_find(const char *text, int *out, size_t max)
{
	size_t n = 0;
	if (!text)
		return 0;
	struct pr_text t = { text };
	while (*t.end)
		t.end++;
	for (const char *s = text; s < t.end && n < max; s++) {
		if (s > text && ascii_is_alpha(s[-1]))
			continue;
		size_t w = pr_word(&t, s);
		if (!w)
			continue;
		const char *p = pr_list(&t, pr_skip(&t, s + w), out, &n, max);
		s = p > s ? p - 1 : s;
	}
	return n;
}
