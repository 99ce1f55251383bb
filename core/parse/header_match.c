/* header_match.c - recognisers for the lines of a cable's header.
 *
 * In: one line s[0..len) and the offset i of its first word.  Out: whether
 * the line (or the text at i) has a given shape, and where its value starts:
 * caption keywords (SUBJECT, TAGS, REF, E.O., "Classified by"), portion
 * marks, numbered paragraphs, routing indicators and FL2, the DTG line,
 * WikiLeaks' weekday date, page-break lines, reference letters and wrapped
 * TAGS lists.  Hand-written matching, no regex; nothing here keeps state or
 * writes to the cable.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "base/date.h"
#include "parse/dates.h"
#include "parse/header_internal.h"
#include "parse/header_lex.h"
#include "parse/refs.h"

/* ---- small helpers ---------------------------------------------------- */

/* A portion mark "(U)", "(SBU)", "(S//NF)" at s[i]: the offset after it and
 * its spaces, or i. */
size_t hdr_skip_mark(const char *s, size_t len, size_t i)
{
	if (i >= len || s[i] != '(')
		return i;
	size_t j = i + 1;
	while (j < len && j - i <= 16 && (ascii_is_upper(s[j]) || s[j] == '/' || s[j] == ' ' ||
	                                  s[j] == '-'))
		j++;
	if (j >= len || s[j] != ')' || j == i + 1)
		return i;
	return lex_skip_space(s, len, j + 1);
}

size_t hdr_skip_mark_any(const char *s, size_t len, size_t i)
{
	char up[20] = { 0 };
	size_t n = 0;
	while (i + n < len && n < sizeof up) {
		up[n] = ascii_to_upper(s[i + n]);
		if (up[n++] == ')')
			break;
	}
	if (n == 0)
		return i;
	size_t e = hdr_skip_mark(up, n, 0);
	if (e == 0)
		return i;
	/* a classification first: "(S/REL UK)", "(SBU)", not "(RE)OPENING" */
	static const char *const levels[] = { "U", "C", "S", "TS", "SBU" };
	size_t w = 1;
	while (w < n && ascii_is_upper(up[w]))
		w++;
	for (size_t k = 0; k < sizeof levels / sizeof levels[0]; k++)
		if (strlen(levels[k]) == w - 1 && memcmp(up + 1, levels[k], w - 1) == 0)
			return lex_skip_space(s, len, i + e);
	return i;
}

bool hdr_rule_line(const char *s, size_t len, size_t i)
{
	size_t n = 0;
	for (; i < len; i++, n++)
		if (s[i] != '-' && s[i] != '_' && s[i] != '=' && !ascii_is_blank(s[i]))
			return false;
	return n >= 3;
}

/* "SUBJECT:", "SUBJ", "TAGS" ...: the keyword at s[i] followed by ':' or a
 * space (or, when colon is set, only ':').  Returns the offset of the value
 * after it, or 0. */
static size_t hdr_keyword(const char *s, size_t len, size_t i, const char *kw, bool colon)
{
	if (!lex_prefix(s, len, i, kw))
		return 0;
	size_t j = i + strlen(kw);
	size_t k = lex_skip_space(s, len, j);
	if (k < len && s[k] == ':')
		return lex_skip_space(s, len, k + 1);
	if (colon)
		return 0;
	if (j == len)
		return j;
	return ascii_is_blank(s[j]) ? k : 0;
}

/* ---- recognisers ---------------------------------------------------------- */

/* Does s[i] hold the upper-case letter up, in either case?  Each recogniser
 * asks this of its keywords' first letter before it tries them one by one:
 * it runs on every header line, and most start with none of them. */
static bool hdr_starts(const char *s, size_t len, size_t i, char up)
{
	return i < len && ascii_to_upper(s[i]) == up;
}

size_t hdr_subject_kw(const char *s, size_t len, size_t i, bool colon)
{
	size_t v;
	if (!hdr_starts(s, len, i, 'S') && !hdr_starts(s, len, i, 'U'))
		return 0;
	if ((v = hdr_keyword(s, len, i, "SUBJECT", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "SUBJ", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "UBJECT", true)) != 0)
		return v;
	return 0;
}

size_t hdr_tags_kw(const char *s, size_t len, size_t i, bool colon)
{
	size_t v;
	if (!hdr_starts(s, len, i, 'T'))
		return 0;
	if ((v = hdr_keyword(s, len, i, "TAGS", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "TAG", colon)) != 0)
		return v;
	return 0;
}

size_t hdr_ref_kw(const char *s, size_t len, size_t i, bool colon)
{
	static const char *const kws[] = { "REFERENCES", "REFERENCE", "REFTELS", "REFTEL",
	                                   "REFS", "REF" };
	if (!hdr_starts(s, len, i, 'R'))
		return 0;
	for (size_t k = 0; k < sizeof kws / sizeof kws[0]; k++) {
		size_t v = hdr_keyword(s, len, i, kws[k], colon);
		/* not a viewer page's "Reference ID: 09STATE1234" */
		if (v && lex_word(s, len, v, "ID"))
			return 0;
		if (v)
			return v;
	}
	return 0;
}

/* "E.O. 12958:", "EO 12958", "E. O. 12356": offset of the number, or 0. */
size_t hdr_eo_kw(const char *s, size_t len, size_t i)
{
	size_t j;
	if (lex_prefix(s, len, i, "E.O."))
		j = i + 4;
	else if (lex_prefix(s, len, i, "E. O."))
		j = i + 5;
	else if (lex_word(s, len, i, "EO"))
		j = i + 2;
	else
		return 0;
	j = lex_skip_space(s, len, j);
	if (j < len && s[j] == ':')
		j = lex_skip_space(s, len, j + 1);
	return j < len && ascii_is_digit(s[j]) ? j : 0;
}

/* "Classified by", "CLASSIFIED BY:", after an optional portion mark. */
size_t hdr_classified_kw(const char *s, size_t len, size_t i)
{
	i = hdr_skip_mark(s, len, i);
	if (!lex_prefix(s, len, i, "CLASSIFIED"))
		return 0;
	size_t j = lex_skip_space(s, len, i + 10);
	if (j == i + 10 || !lex_word(s, len, j, "BY"))
		return 0;
	j = lex_skip_space(s, len, j + 2);
	if (j < len && s[j] == ':')
		j = lex_skip_space(s, len, j + 1);
	return j;
}

/* The start of a numbered paragraph: "1.", "¶1.", "[1](#)1.", "1.(C)", "14.". */
bool hdr_is_para(const char *s, size_t len, size_t i)
{
	size_t d = i;
	while (i < len && ascii_is_digit(s[i]) && i - d < 3)
		i++;
	if (i == d || i >= len || (s[i] != '.' && s[i] != ')'))
		return false;
	i++;
	return i >= len || ascii_is_blank(s[i]) || s[i] == '(' || s[i] == '.';
}

/* Office codes: "LOG-00", "MED-07", "/007R" */
bool hdr_office_code(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && ascii_is_upper(s[j]))
		j++;
	return j > i && j + 2 < len && s[j] == '-' && ascii_is_digit(s[j + 1]) &&
	       ascii_is_digit(s[j + 2]);
}

/* An upper-case routing indicator, 4-8 letters starting with R: "RUEHTRO". */
static bool hdr_is_ri(const char *s, size_t n)
{
	if (n < 4 || n > 8 || s[0] != 'R')
		return false;
	for (size_t k = 0; k < n; k++)
		if (!ascii_is_upper(s[k]))
			return false;
	return true;
}

/* A line made only of routing indicators (the wrapped part of FL2). */
bool hdr_ri_line(const char *s, size_t len, size_t i)
{
	size_t count = 0;
	while ((i = lex_skip_space(s, len, i)) < len) {
		size_t e = lex_token_end(s, len, i);
		if (!hdr_is_ri(s + i, e - i))
			return false;
		count++;
		i = e;
	}
	return count > 0;
}

/* A precedence prosign letter: Z flash, O immediate, P priority, R routine. */
static bool hdr_prec_letter(char c)
{
	return c == 'Z' || c == 'O' || c == 'P' || c == 'R';
}

/* FL2: "PP RUEHTRO", "OO RUEHAO RUEHCD ..." (the digraph alone counts too). */
bool hdr_fl2(const char *s, size_t len, size_t i, char *prec)
{
	if (i + 2 > len || !hdr_prec_letter(s[i]) || !hdr_prec_letter(s[i + 1]) ||
	    (i + 2 < len && !ascii_is_blank(s[i + 2])))
		return false;
	size_t j = lex_skip_space(s, len, i + 2);
	if (j < len && !hdr_ri_line(s, len, j))
		return false;
	*prec = s[i];
	return true;
}

/* FL5: "P 302227Z SEP 08", "O P 282056Z SEP 09", "201247Z Jan 04", trailing
 * "ZDK CTG #00732" ignored.  *prec gets the action precedence letter or 0. */
bool hdr_dtg_line(const char *s, size_t len, size_t i, struct dtg *d, char *prec)
{
	char p = 0;
	for (int k = 0; k < 2; k++) {
		if (i + 1 < len && hdr_prec_letter(s[i]) && ascii_is_blank(s[i + 1])) {
			if (!p)
				p = s[i];
			i = lex_skip_space(s, len, i + 1);
		}
	}
	if (!dtg_parse(s + i, len - i, d))
		return false;
	*prec = p;
	return true;
}

/* WikiLeaks' "Friday, 23 February 2001, 15:53". */
bool hdr_weekday(const char *s, size_t len, size_t i, struct dtg *d)
{
	size_t j = i;
	while (j < len && ascii_is_alpha(s[j]))
		j++;
	if (j - i < 6 || !lex_prefix(s, len, j - 3, "DAY") || j >= len || s[j] != ',')
		return false;
	j = lex_skip_space(s, len, j + 1);
	struct dtg r = { 0 };
	size_t k = j;
	while (j < len && ascii_is_digit(s[j]) && j - k < 3)
		r.day = r.day * 10 + (s[j++] - '0');
	if (j == k || j - k > 2)
		return false;
	j = lex_skip_space(s, len, j);
	size_t used;
	r.month = month_parse(s + j, len - j, &used);
	if (!r.month)
		return false;
	j = lex_skip_space(s, len, j + used);
	k = j;
	while (j < len && ascii_is_digit(s[j]) && j - k < 5)   /* no overflow */
		r.year = r.year * 10 + (s[j++] - '0');
	/* the years telegrams have (as a DTG's), a day the month has */
	if (j - k != 4 || r.year < 1900 || r.year > 2099 || r.day < 1 ||
	    r.day > date_month_days(r.year, r.month))
		return false;
	if (j + 6 < len && s[j] == ',') {
		j = lex_skip_space(s, len, j + 1);
		if (j + 5 <= len && ascii_is_digit(s[j]) && ascii_is_digit(s[j + 1]) && s[j + 2] == ':' &&
		    ascii_is_digit(s[j + 3]) && ascii_is_digit(s[j + 4])) {
			int hour = (s[j] - '0') * 10 + (s[j + 1] - '0');
			int minute = (s[j + 3] - '0') * 10 + (s[j + 4] - '0');
			if (hour <= 23 && minute <= 59) {   /* else the date alone */
				r.hour = hour;
				r.minute = minute;
			}
		}
	}
	r.valid = true;
	*d = r;
	return true;
}

/* A page-break line: "STATE 00104535 002 OF 005", "BAKU 00001835 002.2 OF
 * 003".  Fills origin (joined, upper case) and serial. */
bool hdr_page_break(const char *s, size_t len, size_t i, char *origin, size_t cap,
                    long *serial)
{
	size_t n = 0, words = 0;
	for (;;) {
		size_t e = i;
		while (e < len && ascii_is_upper(s[e]))
			e++;
		if (e == i || e >= len || !ascii_is_blank(s[e]))
			break;
		if (++words > 4 || n + (e - i) + 1 >= cap)
			return false;
		memcpy(origin + n, s + i, e - i);
		n += e - i;
		i = lex_skip_space(s, len, e);
	}
	size_t d = i;
	long v = 0;
	while (i < len && ascii_is_digit(s[i]) && i - d < 9)
		v = v * 10 + (s[i++] - '0');
	if (n == 0 || i - d < 3 || i >= len || !ascii_is_blank(s[i]))
		return false;
	i = lex_skip_space(s, len, i);
	d = i;
	while (i < len && (ascii_is_digit(s[i]) || s[i] == '.'))
		i++;
	if (i == d)
		return false;
	i = lex_skip_space(s, len, i);
	if (!lex_word(s, len, i, "OF"))
		return false;
	i = lex_skip_space(s, len, i + 2);
	d = i;
	while (i < len && ascii_is_digit(s[i]))
		i++;
	if (i == d || lex_skip_space(s, len, i) != len)
		return false;
	origin[n] = '\0';
	*serial = v;
	return true;
}

bool hdr_has_lower(const char *s, size_t len, size_t i)
{
	for (; i < len; i++)
		if (ascii_is_lower(s[i]))
			return true;
	return false;
}

/* A short line with a reference letter marker at a word start: "B. ...",
 * "(B) ...", "OF 10/6 D) STATE 215870". */
bool hdr_ref_letter_line(const char *s, size_t len, size_t i)
{
	if (len - i > 100)
		return false;
	for (size_t k = i; k + 1 < len; k++) {
		if (k > i && !ascii_is_blank(s[k - 1]))
			continue;
		size_t j = s[k] == '(' ? k + 1 : k;
		if (j + 1 < len && ascii_is_upper(s[j]) && (j + 2 >= len || ascii_is_blank(s[j + 2])) &&
		    (s[j + 1] == ')' || (s[j] != s[k] ? false : s[j + 1] == '.')))
			return true;
	}
	return false;
}

/* A wrapped TAGS line: only tag-like words ("GG, PK, RS, UP", "UNMIK"). */
bool hdr_tags_more(const char *s, size_t len, size_t i)
{
	size_t words = 0;
	while (i < len) {
		while (i < len && (ascii_is_blank(s[i]) || s[i] == ','))
			i++;
		if (i >= len)
			break;
		size_t e = i;
		while (e < len && ascii_is_upper(s[e]))
			e++;
		if (e - i < 2 || e - i > 6 || (e < len && !ascii_is_blank(s[e]) && s[e] != ','))
			return false;
		words++;
		i = e;
	}
	return words > 0;
}

/* "REF:" glued to the word before it, as a subject run into its REF line
 * leaves it ("...COALITIONREF: A. ROME 1234"): upper case, a space after
 * the colon, and a reference letter or a cable after that. */
bool hdr_glued_ref(const char *s, size_t len, size_t i)
{
	if (i == 0 || !ascii_is_upper(s[i - 1]) || i + 5 >= len || memcmp(s + i, "REF: ", 5) != 0)
		return false;
	size_t j = lex_skip_space(s, len, i + 5);
	struct refs_cite c;
	if (refs_cite_at(s, len, j, &c))
		return true;
	size_t k = j + (s[j] == '(');
	return k + 2 < len && s[k] == 'A' && (s[k + 1] == '.' || s[k + 1] == ')');
}
