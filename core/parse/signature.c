/* signature.c - finds the signer at the end of the text. */
#include "parse/signature.h"

#include <string.h>

#include "base/ascii.h"
#include "parse/breaks.h"

static void sig_trim(const char **s, size_t *len)
{
	while (*len > 0 && ascii_is_blank((*s)[0])) {
		(*s)++;
		(*len)--;
	}
	while (*len > 0 && ascii_is_blank((*s)[*len - 1]))
		(*len)--;
}

static bool sig_has(const char *s, size_t len, const char *w)
{
	size_t n = strlen(w);
	for (size_t i = 0; i + n <= len; i++)
		if (memcmp(s + i, w, n) == 0)
			return true;
	return false;
}

/* "NNNN" in any case ("Nnnn" in some archives). */
static bool sig_is_nnnn(const char *s)
{
	for (size_t i = 0; i < 4; i++)
		if (s[i] != 'N' && s[i] != 'n')
			return false;
	return true;
}

/* "2004CARACA02200 - CONFIDENTIAL": an id, " - ", a classification. */
static bool sig_is_trailer(const char *s, size_t len)
{
	size_t p = 0;
	while (p < len && ascii_is_digit(s[p]))
		p++;
	if (p != 4)
		return false;
	size_t q = p;
	while (q < len && ascii_is_upper(s[q]))
		q++;
	if (q == p)
		return false;
	while (q < len && ascii_is_digit(s[q]))
		q++;
	if (q + 3 > len || memcmp(s + q, " - ", 3) != 0)
		return false;
	for (q += 3; q < len; q++)
		if (!ascii_is_upper(s[q]) && s[q] != ' ' && s[q] != '/')
			return false;
	return true;
}

/* A footer line: a lone classification ("CONFIDENTIAL", "S E C R E T",
 * "SECRET//NOFORN"), or only '>' or dots. */
static bool sig_is_footer(const char *s, size_t len)
{
	static const char *const levels[] = { "UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL",
	                                      "SECRET", "LIMITEDOFFICIALUSE" };
	char up[40];
	size_t n = 0;
	for (size_t i = 0; i < len && n + 1 < sizeof up; i++)
		if (!ascii_is_blank(s[i]))
			up[n++] = ascii_to_upper(s[i]);
	up[n] = '\0';
	if (n == 0 || n >= sizeof up - 1)
		return false;
	if (strspn(up, ">.") == n)
		return true;
	size_t word = strcspn(up, "/");
	for (size_t k = 0; k < sizeof levels / sizeof levels[0]; k++)
		if (word == strlen(levels[k]) && strncmp(up, levels[k], word) == 0)
			return true;
	return false;
}

/* A redaction line: only x's ("XXXXXXXXXXXX"). */
static bool sig_is_redaction(const char *s, size_t len)
{
	if (len < 4)
		return false;
	for (size_t i = 0; i < len; i++)
		if (s[i] != 'x' && s[i] != 'X' && !ascii_is_blank(s[i]))
			return false;
	return true;
}

/* Lines that may follow the signature: end-of-message, archive and footer
 * lines. */
static bool sig_is_tail(const char *s, size_t len)
{
	if (len == 0 || sig_is_footer(s, len))
		return true;
	if (len == 4 && (s[0] == 'N' || s[0] == 'n') && sig_is_nnnn(s))
		return true;
	if (len == 2 && memcmp(s, "BT", 2) == 0)
		return true;
	return sig_is_trailer(s, len);
}

/* Words that end cables but are not names. */
static const char *const sig_not_names[] = {
	"END", "SIPDIS", "NOFORN", "COMMENT", "NOTE", "THANKS", "TEXT",
	"SUMMARY", "UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "XXXXXXXXXXXX",
	"MINIMIZE", "CONSIDERED", "REQUEST",
};

/* One surname: "RICE", "Edelman", "McFarland", "O'NEILL", "MOON-LEE". */
static bool sig_is_name(const char *w, size_t n)
{
	if (n < 2 || n > 24 || !ascii_is_upper(w[0]))
		return false;
	size_t letters = 0;
	for (size_t i = 0; i < n; i++) {
		if (ascii_is_alpha(w[i]))
			letters++;
		else if (w[i] != '-' && w[i] != '\'')
			return false;
	}
	if (letters < 2)
		return false;
	char up[32];
	for (size_t i = 0; i < n; i++)
		up[i] = ascii_is_lower(w[i]) ? (char)(w[i] - 'a' + 'A') : w[i];
	up[n] = '\0';
	for (size_t i = 0; i < sizeof sig_not_names / sizeof sig_not_names[0]; i++)
		if (strcmp(up, sig_not_names[i]) == 0)
			return false;
	return true;
}

/* A line that is one to three names: "RICE", "PARDEW PARDEW". */
static bool sig_own_line(const char *s, size_t len, struct signature *sig)
{
	size_t p = 0, words = 0;
	const char *first = NULL;
	size_t first_len = 0;
	bool all_same = true;
	while (p < len) {
		size_t w = p;
		while (p < len && !ascii_is_blank(s[p]))
			p++;
		if (!sig_is_name(s + w, p - w))
			return false;
		if (!first) {
			first = s + w;
			first_len = p - w;
		} else if (p - w != first_len || memcmp(s + w, first, first_len) != 0) {
			all_same = false;
		}
		words++;
		while (p < len && ascii_is_blank(s[p]))
			p++;
	}
	if (words == 0 || words > 3)
		return false;
	/* "SMITH Smith": the signer doubled, once in capitals */
	bool twice = words == 2 && len == 2 * first_len + 1;
	for (size_t i = 0; twice && i < first_len; i++)
		twice = ascii_to_upper(s[i]) == ascii_to_upper(s[first_len + 1 + i]);
	if (twice) {
		sig->name = s;
		sig->name_len = first_len;
		return true;
	}
	/* Mixed case ("Rice") only as one word: "Best regards" is prose. */
	for (size_t i = 0; i < len; i++)
		if (ascii_is_lower(s[i]) && words > 1)
			return false;
	sig->name = s;
	sig->name_len = all_same ? first_len : len;
	return true;
}

/* "...into Europe. Edelman": a name after the last sentence's end. */
static bool sig_glued(const char *s, size_t len, struct signature *sig)
{
	size_t p = len;
	while (p > 0 && !ascii_is_blank(s[p - 1]))
		p--;
	if (p == 0 || !sig_is_name(s + p, len - p))
		return false;
	size_t q = p;
	while (q > 0 && ascii_is_blank(s[q - 1]))
		q--;
	if (q == 0)
		return false;
	char end = s[q - 1];
	if (end != '.' && end != '!' && end != '?' && end != '"' && end != ')')
		return false;
	/* "U.S." and initials end in a dot but do not end a sentence. */
	if (end == '.' && q >= 3 && s[q - 3] == '.')
		return false;
	sig->name = s + p;
	sig->name_len = len - p;
	sig->keep = q;
	return true;
}

bool signature_find(const struct text *t, size_t start, struct signature *sig)
{
	sig->end = t->n;
	sig->keep = (size_t)-1;
	sig->name = NULL;
	sig->name_len = 0;
	size_t i = t->n;
	while (i > start) {
		const char *s = t->lines[i - 1].s;
		size_t len = t->lines[i - 1].len;
		sig_trim(&s, &len);
		if (!sig_is_tail(s, len) && !breaks_is_line(s, len))
			break;
		i--;
	}
	if (i <= start)
		return false;
	const char *s = t->lines[i - 1].s;
	size_t len = t->lines[i - 1].len;
	sig_trim(&s, &len);
	sig->end = i;
	const char *ps = i - 1 > start ? t->lines[i - 2].s : "";
	size_t plen = i - 1 > start ? t->lines[i - 2].len : 0;
	sig_trim(&ps, &plen);
	/* "...policy toward" / "IRAN" is a wrapped sentence, not a signer. */
	bool after_sentence = plen == 0 ||
		!(ascii_is_lower(ps[plen - 1]) || ps[plen - 1] == ',') ||
		sig_has(ps, plen, "://") || sig_has(ps, plen, "www.") ||
		sig_is_redaction(ps, plen);
	/* "MANZANARES ." */
	while (len > 0 && (s[len - 1] == '.' || ascii_is_blank(s[len - 1])))
		len--;
	if (i - 1 > start && after_sentence && sig_own_line(s, len, sig)) {
		sig->end = i - 1;
		return true;
	}
	return sig_glued(s, len, sig);
}
