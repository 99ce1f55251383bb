/* classification.c - classification lines, banners, FL4 and caveats. */
#include "parse/classification.h"

#include <string.h>

#include "parse/header_lex.h"

/* The words' lengths are in the tables: they are matched against every
 * word of every header line, and a strlen() each time cost more than the
 * match. */
static const struct {
	const char *letters;    /* as written (spaces removed) */
	size_t len;
	const char *level;      /* spelled out */
} class_levels[] = {
	{ "TOPSECRET", 9, "TOP SECRET" },
	{ "UNCLASSIFIED", 12, "UNCLASSIFIED" },
	{ "UNCLAS", 6, "UNCLASSIFIED" },
	{ "CONFIDENTIAL", 12, "CONFIDENTIAL" },
	{ "SECRET", 6, "SECRET" },
};
#define CLASS_NLEVELS (sizeof class_levels / sizeof class_levels[0])

static const struct {
	const char *w;
	size_t len;
} caveat_words[] = {
	{ "SENSITIVE", 9 }, { "SIPDIS", 6 }, { "NOFORN", 6 }, { "NODIS", 5 }, { "EXDIS", 5 },
	{ "LIMDIS", 6 }, { "STADIS", 6 }, { "ORCON", 5 }, { "PROPIN", 6 },
	{ "NOCONTRACT", 10 }, { "IMCON", 5 },
};
#define CAVEAT_NWORDS (sizeof caveat_words / sizeof caveat_words[0])

/* Exact match of the upper-case letters w[0..n) against a level. */
static const char *class_exact(const char *w, size_t n)
{
	for (size_t k = 0; k < CLASS_NLEVELS; k++)
		if (class_levels[k].len == n && memcmp(class_levels[k].letters, w, n) == 0)
			return class_levels[k].level;
	return NULL;
}

/* Letter-spaced words lose a letter at either end when a line is damaged
 * ("O N F I D E N T I A L"): accept a prefix or suffix of five or more. */
static const char *class_damaged(const char *w, size_t n)
{
	const char *level = class_exact(w, n);
	if (level || n < 5)
		return level;
	/* SECRET before TOP SECRET: "E C R E T" is a damaged SECRET */
	for (size_t k = CLASS_NLEVELS; k-- > 0;) {
		const char *full = class_levels[k].letters;
		size_t fn = class_levels[k].len;
		if (n < fn && (memcmp(full, w, n) == 0 || memcmp(full + fn - n, w, n) == 0))
			return class_levels[k].level;
	}
	return NULL;
}

const char *caveat_word(const char *s, size_t len)
{
	for (size_t k = 0; k < CAVEAT_NWORDS; k++)
		if (len == caveat_words[k].len && lex_prefix(s, len, 0, caveat_words[k].w))
			return caveat_words[k].w;
	return NULL;
}

/* Reads a run of single letters separated by spaces ("C O N F ...") from
 * s[*i]; writes the upper-case letters into buf.  Returns the count; *i moves
 * past the run only when it has two or more letters. */
static size_t class_spaced(const char *s, size_t len, size_t *i, char *buf, size_t cap)
{
	size_t j = *i, n = 0, end = *i;
	while (j < len && ascii_is_alpha(s[j]) && (j + 1 >= len || !ascii_is_alnum(s[j + 1]))) {
		if (n < cap)
			buf[n] = ascii_to_upper(s[j]);
		n++;
		end = j + 1;
		j = lex_skip_space(s, len, j + 1);
	}
	if (n >= 2)
		*i = end;
	return n > cap ? cap : n;
}

/* "SECTION 01 OF 02" (any case) at s[i]: returns the offset after it, or i. */
static size_t class_section(const char *s, size_t len, size_t i)
{
	if (!lex_word(s, len, i, "SECTION"))
		return i;
	size_t j = lex_skip_space(s, len, i + 7);
	size_t d = j;
	while (j < len && ascii_is_digit(s[j]))
		j++;
	if (j == d)
		return i;
	j = lex_skip_space(s, len, j);
	if (!lex_word(s, len, j, "OF"))
		return i;
	j = lex_skip_space(s, len, j + 2);
	d = j;
	while (j < len && ascii_is_digit(s[j]))
		j++;
	return j == d ? i : j;
}

/* Origin words then a serial at s[i]: "RIO DE JANEIRO 000285".  Fills out
 * and returns true when both are there. */
static bool class_origin_serial(const char *s, size_t len, size_t i, struct class_line *out)
{
	size_t n = 0, words = 0;
	char origin[sizeof out->origin];
	for (;;) {
		i = lex_skip_space(s, len, i);
		size_t e = i;
		while (e < len && ascii_is_alpha(s[e]))
			e++;
		if (e == i || (e < len && !ascii_is_blank(s[e])))
			break;
		if (caveat_word(s + i, e - i) || lex_word(s, len, i, "EFTO")) {
			i = e;
			continue;
		}
		if (++words > 4 || n + (e - i) >= sizeof origin)
			return false;
		for (size_t k = i; k < e; k++)
			origin[n++] = ascii_to_upper(s[k]);
		i = e;
	}
	size_t d = i;
	long serial = 0;
	while (i < len && ascii_is_digit(s[i]) && i - d < 9)
		serial = serial * 10 + (s[i++] - '0');
	if (n == 0 || i - d < 2 || (i < len && !ascii_is_blank(s[i])))
		return false;
	memcpy(out->origin, origin, n);
	out->origin[n] = '\0';
	out->serial = serial;
	out->rest = i;
	return true;
}

bool classification_line(const char *s, size_t len, struct class_line *out)
{
	char buf[24];
	size_t i = lex_skip_space(s, len, 0);
	const char *level = NULL;
	bool spaced = false;

	out->level = NULL;
	out->origin[0] = '\0';
	out->serial = -1;
	out->rest = len;

	size_t j = i;
	size_t n = class_spaced(s, len, &j, buf, sizeof buf);
	if (n < 4 && i + 2 < len && ascii_is_upper(s[i]) && ascii_is_upper(s[i + 1]) &&
	    s[i + 2] == ' ') {
		/* a stray letter stuck to the first one: "SS E C R E T" */
		j = i + 3;
		n = class_spaced(s, len, &j, buf, sizeof buf);
		if (n < 4)
			j = i;
	}
	if (n >= 4) {
		level = class_damaged(buf, n);
		spaced = level != NULL;
	}
	if (!level) {
		/* Unspaced, upper case only: "UNCLAS", "CONFIDENTIAL", "TOP SECRET". */
		j = i;
		while (j < len && ascii_is_upper(s[j]))
			j++;
		level = class_exact(s + i, j - i);
		if (j - i == 3 && memcmp(s + i, "TOP", 3) == 0) {
			size_t k = lex_skip_space(s, len, j);
			if (k > j && k + 6 <= len && memcmp(s + k, "SECRET", 6) == 0) {
				level = "TOP SECRET";
				j = k + 6;
			}
		}
		if (!level || (j < len && !ascii_is_blank(s[j])))
			return false;
	}
	/* "UNCLAS EFTO", "UNCLAS E F T O" */
	size_t k = lex_skip_space(s, len, j);
	if (lex_word(s, len, k, "EFTO")) {
		j = k + 4;
	} else {
		size_t m = k;
		if (class_spaced(s, len, &m, buf, sizeof buf) == 4 && memcmp(buf, "EFTO", 4) == 0)
			j = m;
	}
	k = lex_skip_space(s, len, j);
	size_t sec = class_section(s, len, k);
	bool has_section = sec != k;
	out->rest = k;
	if (class_origin_serial(s, len, sec, out) || spaced || has_section || k == len) {
		out->level = level;
		if (out->serial < 0)
			out->rest = has_section ? sec : k;
		return true;
	}
	return false;
}

const char *classification_banner(const char *s, size_t len)
{
	size_t i = lex_skip_space(s, len, 0), j = i;
	while (j < len && (ascii_is_upper(s[j]) || s[j] == ' '))
		j++;
	if (j + 1 >= len || s[j] != '/' || s[j + 1] != '/')
		return NULL;
	j = lex_rtrim(s + i, j - i);
	if (j == 10 && memcmp(s + i, "TOP SECRET", 10) == 0)
		return "TOP SECRET";
	return class_exact(s + i, j);
}

const char *classification_fl4(const char *s, size_t len)
{
	size_t i = lex_skip_space(s, len, 0);
	if (!lex_prefix(s, len, i, "ZNY ") && !lex_prefix(s, len, i, "ZNR "))
		return NULL;
	i = lex_skip_space(s, len, i + 4);
	if (i + 5 > len || (i + 5 < len && !ascii_is_blank(s[i + 5])))
		return NULL;
	for (size_t k = 1; k < 5; k++)
		if (s[i + k] != s[i])
			return NULL;
	switch (s[i]) {
	case 'U': return "UNCLASSIFIED";
	case 'E': return "UNCLASSIFIED";   /* EEEEE: unclassified EFTO */
	case 'C': return "CONFIDENTIAL";
	case 'S': return "SECRET";
	case 'T': return "TOP SECRET";
	default: return NULL;
	}
}

const char *classification_entire_text(const char *s, size_t len)
{
	static const char *const words[] = { "UNCLASSIFIED", "CONFIDENTIAL", "SECRET" };
	for (size_t i = 0; i + 11 < len; i++) {
		if (!lex_prefix(s, len, i, "ENTIRE TEXT"))
			continue;
		/* back over " - " to the level word */
		size_t e = i;
		while (e > 0 && (ascii_is_blank(s[e - 1]) || s[e - 1] == '-'))
			e--;
		for (size_t w = 0; w < 3; w++) {
			size_t n = strlen(words[w]);
			if (e >= n && lex_prefix(s, len, e - n, words[w]))
				return words[w];
		}
	}
	return NULL;
}

size_t caveat_scan(const char *s, size_t len, const char **found, size_t max)
{
	size_t n = 0, i = 0;
	while (i < len && n < max) {
		while (i < len && !ascii_is_alpha(s[i]))
			i++;
		size_t e = i;
		while (e < len && ascii_is_alpha(s[e]))
			e++;
		if (e == i)
			break;
		const char *w = caveat_word(s + i, e - i);
		if (!w && lex_word(s, len, i, "FOR") &&
		    lex_prefix(s, len, i, "FOR OFFICIAL USE ONLY")) {
			w = "FOR OFFICIAL USE ONLY";
			e = i + 21;
		}
		if (w)
			found[n++] = w;
		i = e;
	}
	return n;
}
