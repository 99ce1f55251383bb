/* header.c - routing header and front matter of a cable.
 *
 * One forward pass over the normalized lines.  Each line is recognised by its
 * shape (hand-written matching, no regex): the ACP-127 format lines (VZCZC,
 * FL2 precedence and routing indicators, DE, ZNY/ZNR, the DTG, FM, TO, INFO,
 * XMT), the office-distribution block of old State cables (ACTION/ORIGIN,
 * "INFO LOG-00 ..."), the classification line, handling caveats and passing
 * lines, E.O./DECL, TAGS, SUBJECT, REF and "Classified by".  Captions that
 * run together on one line are split at their keywords.  The body starts at
 * the first line that is none of these (a numbered paragraph, a heading, the
 * first line of prose).
 *
 * The cable id is derived as cablegate names it: the DTG's two-digit year,
 * the origin from the classification line (or a page-break line, or FM), and
 * the serial without leading zeros.
 */
#include "parse/header.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "parse/classification.h"
#include "parse/dates.h"
#include "parse/header_lex.h"
#include "parse/refs.h"

/* How many lines after the body start are searched for a "Classified by" or
 * "SECRET - ENTIRE TEXT" that the cable put inside its first paragraphs. */
#define HDR_BODY_LOOKAHEAD 8
/* Longest run of continuation lines a subject or "Classified by" takes. */
#define HDR_MAX_CONT 6
/* Lines of unrecognised text before the classification line that the parser
 * looks past for a header (viewer banners, mail-client headers). */
#define HDR_MAX_JUNK 60

enum hdr_addr_mode { ADDR_NONE, ADDR_TO, ADDR_INFO, ADDR_XMT };
enum hdr_cont { CONT_NONE, CONT_SUBJECT, CONT_REF, CONT_CLASSIFIED, CONT_TAGS, CONT_DISCARD };

/* Text gathered over several lines (subject, REF list, classified-by). */
struct hdr_buf {
	char *s;
	size_t n, cap;
};

struct hdr {
	struct cable *c;
	size_t cap_to, cap_info, cap_caveats, cap_tags, cap_refs;

	enum hdr_addr_mode addr;
	bool xmt_info;          /* XMT names go with the INFO list */
	bool office;            /* inside an "INFO LOG-00 ..." block */
	bool fl2;               /* inside FL2's routing-indicator lines */
	enum hdr_cont cont;
	int cont_lines;
	bool cont_blank;        /* a blank line since the caption started */
	struct hdr_buf subject, ref, classified;

	bool routing_done;      /* a caption or text line was seen */
	bool seen_class;
	bool seen_caption;      /* E.O., TAGS, SUBJECT, REF or Classified by */
	bool seen_subject;
	char prec_fl2, prec_fl5;
	long fl3_serial;
	const char *level_line, *level_banner, *level_fl4, *level_text;
	char origin[48];
	long serial;
	char page_origin[48];
	long page_serial;
	struct dtg weekday;
	int decl_year;
	int text_year;          /* the year the body names most, when needed */
};

/* ---- small helpers ---------------------------------------------------- */

static char *hdr_dup(struct hdr *h, const char *s, size_t len)
{
	return arena_strndup(&h->c->arena, s, len);
}

/* Appends s[0..len) to b, one space between pieces, runs of spaces folded. */
static void hdr_buf_add(struct hdr *h, struct hdr_buf *b, const char *s, size_t len)
{
	size_t i = lex_skip_space(s, len, 0);
	len = lex_rtrim(s, len);
	if (i >= len)
		return;
	b->s = arena_grow(&h->c->arena, b->s, 1, &b->cap, b->n + (len - i) + 2);
	if (b->n > 0)
		b->s[b->n++] = ' ';
	for (; i < len; i++) {
		if (lex_is_space(s[i]) && (b->n == 0 || b->s[b->n - 1] == ' '))
			continue;
		b->s[b->n++] = lex_is_space(s[i]) ? ' ' : s[i];
	}
	b->s[b->n] = '\0';
}

/* A portion mark "(U)", "(SBU)", "(S//NF)" at s[i]: the offset after it and
 * its spaces, or i. */
static size_t hdr_skip_mark(const char *s, size_t len, size_t i)
{
	if (i >= len || s[i] != '(')
		return i;
	size_t j = i + 1;
	while (j < len && j - i <= 16 && (lex_is_upper(s[j]) || s[j] == '/' || s[j] == ' ' ||
	                                  s[j] == '-'))
		j++;
	if (j >= len || s[j] != ')' || j == i + 1)
		return i;
	return lex_skip_space(s, len, j + 1);
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
	return lex_is_space(s[j]) ? k : 0;
}

/* ---- recognisers ---------------------------------------------------------- */

static size_t hdr_subject_kw(const char *s, size_t len, size_t i, bool colon)
{
	size_t v;
	if ((v = hdr_keyword(s, len, i, "SUBJECT", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "SUBJ", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "UBJECT", true)) != 0)
		return v;
	return 0;
}

static size_t hdr_tags_kw(const char *s, size_t len, size_t i, bool colon)
{
	size_t v;
	if ((v = hdr_keyword(s, len, i, "TAGS", colon)) != 0 ||
	    (v = hdr_keyword(s, len, i, "TAG", colon)) != 0)
		return v;
	return 0;
}

static size_t hdr_ref_kw(const char *s, size_t len, size_t i, bool colon)
{
	static const char *const kws[] = { "REFERENCES", "REFERENCE", "REFTELS", "REFTEL",
	                                   "REFS", "REF" };
	for (size_t k = 0; k < sizeof kws / sizeof kws[0]; k++) {
		size_t v = hdr_keyword(s, len, i, kws[k], colon);
		if (v)
			return v;
	}
	return 0;
}

/* "E.O. 12958:", "EO 12958", "E. O. 12356": offset of the number, or 0. */
static size_t hdr_eo_kw(const char *s, size_t len, size_t i)
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
	return j < len && lex_is_digit(s[j]) ? j : 0;
}

/* "Classified by", "CLASSIFIED BY:", after an optional portion mark. */
static size_t hdr_classified_kw(const char *s, size_t len, size_t i)
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
static bool hdr_is_para(const char *s, size_t len, size_t i)
{
	size_t d = i;
	while (i < len && lex_is_digit(s[i]) && i - d < 3)
		i++;
	if (i == d || i >= len || (s[i] != '.' && s[i] != ')'))
		return false;
	i++;
	return i >= len || lex_is_space(s[i]) || s[i] == '(' || s[i] == '.';
}

/* Office codes: "LOG-00", "MED-07", "/007R" */
static bool hdr_office_code(const char *s, size_t len, size_t i)
{
	size_t j = i;
	while (j < len && lex_is_upper(s[j]))
		j++;
	return j > i && j + 2 < len && s[j] == '-' && lex_is_digit(s[j + 1]) &&
	       lex_is_digit(s[j + 2]);
}

/* An upper-case routing indicator, 4-8 letters starting with R: "RUEHTRO". */
static bool hdr_is_ri(const char *s, size_t n)
{
	if (n < 4 || n > 8 || s[0] != 'R')
		return false;
	for (size_t k = 0; k < n; k++)
		if (!lex_is_upper(s[k]))
			return false;
	return true;
}

/* A line made only of routing indicators (the wrapped part of FL2). */
static bool hdr_ri_line(const char *s, size_t len, size_t i)
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
static bool hdr_fl2(const char *s, size_t len, size_t i, char *prec)
{
	if (i + 2 > len || !hdr_prec_letter(s[i]) || !hdr_prec_letter(s[i + 1]) ||
	    (i + 2 < len && !lex_is_space(s[i + 2])))
		return false;
	size_t j = lex_skip_space(s, len, i + 2);
	if (j < len && !hdr_ri_line(s, len, j))
		return false;
	*prec = s[i];
	return true;
}

/* FL5: "P 302227Z SEP 08", "O P 282056Z SEP 09", "201247Z Jan 04", trailing
 * "ZDK CTG #00732" ignored.  *prec gets the action precedence letter or 0. */
static bool hdr_dtg_line(const char *s, size_t len, size_t i, struct dtg *d, char *prec)
{
	char p = 0;
	for (int k = 0; k < 2; k++) {
		if (i + 1 < len && hdr_prec_letter(s[i]) && lex_is_space(s[i + 1])) {
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
static bool hdr_weekday(const char *s, size_t len, size_t i, struct dtg *d)
{
	size_t j = i;
	while (j < len && lex_is_alpha(s[j]))
		j++;
	if (j - i < 6 || !lex_prefix(s, len, j - 3, "DAY") || j >= len || s[j] != ',')
		return false;
	j = lex_skip_space(s, len, j + 1);
	struct dtg r = { 0 };
	size_t k = j;
	while (j < len && lex_is_digit(s[j]) && j - k < 3)
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
	while (j < len && lex_is_digit(s[j]))
		r.year = r.year * 10 + (s[j++] - '0');
	if (j - k != 4 || r.day < 1 || r.day > 31)
		return false;
	if (j + 6 < len && s[j] == ',') {
		j = lex_skip_space(s, len, j + 1);
		if (j + 5 <= len && lex_is_digit(s[j]) && lex_is_digit(s[j + 1]) && s[j + 2] == ':' &&
		    lex_is_digit(s[j + 3]) && lex_is_digit(s[j + 4])) {
			r.hour = (s[j] - '0') * 10 + (s[j + 1] - '0');
			r.minute = (s[j + 3] - '0') * 10 + (s[j + 4] - '0');
		}
	}
	r.valid = true;
	*d = r;
	return true;
}

/* A page-break line: "STATE 00104535 002 OF 005", "BAKU 00001835 002.2 OF
 * 003".  Fills origin (joined, upper case) and serial. */
static bool hdr_page_break(const char *s, size_t len, size_t i, char *origin, size_t cap,
                           long *serial)
{
	size_t n = 0, words = 0;
	for (;;) {
		size_t e = i;
		while (e < len && lex_is_upper(s[e]))
			e++;
		if (e == i || e >= len || !lex_is_space(s[e]))
			break;
		if (++words > 4 || n + (e - i) + 1 >= cap)
			return false;
		memcpy(origin + n, s + i, e - i);
		n += e - i;
		i = lex_skip_space(s, len, e);
	}
	size_t d = i;
	long v = 0;
	while (i < len && lex_is_digit(s[i]) && i - d < 9)
		v = v * 10 + (s[i++] - '0');
	if (n == 0 || i - d < 3 || i >= len || !lex_is_space(s[i]))
		return false;
	i = lex_skip_space(s, len, i);
	d = i;
	while (i < len && (lex_is_digit(s[i]) || s[i] == '.'))
		i++;
	if (i == d)
		return false;
	i = lex_skip_space(s, len, i);
	if (!lex_word(s, len, i, "OF"))
		return false;
	i = lex_skip_space(s, len, i + 2);
	d = i;
	while (i < len && lex_is_digit(s[i]))
		i++;
	if (i == d || lex_skip_space(s, len, i) != len)
		return false;
	origin[n] = '\0';
	*serial = v;
	return true;
}

static bool hdr_has_lower(const char *s, size_t len, size_t i)
{
	for (; i < len; i++)
		if (lex_is_lower(s[i]))
			return true;
	return false;
}

/* A short line with a reference letter marker at a word start: "B. ...",
 * "(B) ...", "OF 10/6 D) STATE 215870". */
static bool hdr_ref_letter_line(const char *s, size_t len, size_t i)
{
	if (len - i > 100)
		return false;
	for (size_t k = i; k + 1 < len; k++) {
		if (k > i && !lex_is_space(s[k - 1]))
			continue;
		size_t j = s[k] == '(' ? k + 1 : k;
		if (j + 1 < len && lex_is_upper(s[j]) && (j + 2 >= len || lex_is_space(s[j + 2])) &&
		    (s[j + 1] == ')' || (s[j] != s[k] ? false : s[j + 1] == '.')))
			return true;
	}
	return false;
}

/* ---- what the lines fill in ------------------------------------------- */

static void hdr_add_caveat(struct hdr *h, const char *cv)
{
	struct cable *c = h->c;
	for (size_t k = 0; k < c->ncaveats; k++)
		if (strcmp(c->caveats[k], cv) == 0)
			return;
	*ARENA_PUSH(&c->arena, c->caveats, c->ncaveats, h->cap_caveats) = cv;
}

static void hdr_caveats(struct hdr *h, const char *s, size_t len)
{
	const char *found[16];
	size_t n = caveat_scan(s, len, found, 16);
	for (size_t k = 0; k < n; k++)
		hdr_add_caveat(h, found[k]);
}

static const char *hdr_precedence_word(const char *s, size_t len, size_t i, size_t *end)
{
	static const char *const words[][2] = {
		{ "NIACT IMMEDIATE", "NIACT IMMEDIATE" }, { "IMMEDIATE", "IMMEDIATE" },
		{ "PRIORITY", "PRIORITY" }, { "PIORITY", "PRIORITY" },
		{ "ROUTINE", "ROUTINE" }, { "FLASH", "FLASH" },
	};
	for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
		if (lex_word(s, len, i, words[k][0])) {
			*end = i + strlen(words[k][0]);
			return words[k][1];
		}
	return NULL;
}

/* "RUEHVEN/USMISSION USOSCE PRIORITY 4080", "AMEMBASSY LA PAZ JUN 9467",
 * "USCENTCOM INTEL CEN MACDILL AFB FL//CCJ2// PRIORITY". */
static void hdr_addressee(struct hdr *h, const char *s, size_t len, size_t i,
                          struct addressee *a)
{
	memset(a, 0, sizeof *a);
	len = lex_rtrim(s, len);
	i = lex_skip_space(s, len, i);
	/* route: letters then '/' in the first token */
	size_t j = i;
	while (j < len && lex_is_upper(s[j]))
		j++;
	if (j > i && j - i <= 8 && j + 1 < len && s[j] == '/' && s[j + 1] != '/') {
		a->route = hdr_dup(h, s + i, j - i);
		i = j + 1;
	}
	/* walk the tokens: the name ends at a precedence word or the serial */
	char name[256];
	size_t n = 0;
	while ((i = lex_skip_space(s, len, i)) < len) {
		size_t e;
		const char *p = hdr_precedence_word(s, len, i, &e);
		if (p) {
			a->precedence = p;
			i = e;
			continue;
		}
		e = lex_token_end(s, len, i);
		/* serial "4080" or "2276-2279" as the last token */
		size_t k = i;
		while (k < e && (lex_is_digit(s[k]) || s[k] == '-'))
			k++;
		if (k == e && lex_is_digit(s[i]) && lex_skip_space(s, len, e) == len) {
			a->serial = hdr_dup(h, s + i, e - i);
			break;
		}
		/* month junk before the serial: "LA PAZ JUN 9467" */
		size_t used;
		size_t nx = lex_skip_space(s, len, e);
		if (e - i == 3 && month_parse(s + i, e - i, &used) && nx < len &&
		    lex_is_digit(s[nx]) && lex_token_end(s, len, nx) == len) {
			i = e;
			continue;
		}
		if (a->precedence)
			break;      /* words after the precedence are not the name */
		/* office part "//CCJ2//" or a trailing "//" */
		for (k = i; k < e; k++) {
			if (s[k] == '/' && k + 1 < e && s[k + 1] == '/')
				break;
		}
		if (k > i && n + (k - i) + 1 < sizeof name) {
			if (n)
				name[n++] = ' ';
			memcpy(name + n, s + i, k - i);
			n += k - i;
		}
		i = e;
	}
	if (n)
		a->name = hdr_dup(h, name, n);
}

static void hdr_push_addressee(struct hdr *h, enum hdr_addr_mode mode, const char *s,
                               size_t len, size_t i)
{
	struct cable *c = h->c;
	struct addressee a;
	hdr_addressee(h, s, len, i, &a);
	if (!a.name)
		return;
	if (mode == ADDR_XMT) {
		/* "XMT AMCONSUL JOHANNESBURG" then the same post again */
		a.excluded = true;
		mode = h->xmt_info ? ADDR_INFO : ADDR_TO;
		const struct addressee *l = mode == ADDR_INFO ? c->info : c->to;
		size_t n = mode == ADDR_INFO ? c->ninfo : c->nto;
		for (size_t k = 0; k < n; k++)
			if (l[k].excluded && strcmp(l[k].name, a.name) == 0)
				return;
	}
	if (mode == ADDR_TO)
		*ARENA_PUSH(&c->arena, c->to, c->nto, h->cap_to) = a;
	else
		*ARENA_PUSH(&c->arena, c->info, c->ninfo, h->cap_info) = a;
}

/* "E.O. 12958: DECL: 02/22/2011", "EO 12958 DECL: OADR", "E.O. 12958: N/A".
 * Returns the offset where the value ends. */
static size_t hdr_eo(struct hdr *h, const char *s, size_t len, size_t num)
{
	struct cable *c = h->c;
	size_t i = num;
	while (i < len && lex_is_digit(s[i]))
		i++;
	if (!c->eo)
		c->eo = hdr_dup(h, s + num, i - num);
	i = lex_skip_space(s, len, i);
	if (i < len && s[i] == ':')
		i = lex_skip_space(s, len, i + 1);
	if (lex_prefix(s, len, i, "DECL")) {
		i += 4;
		while (i < len && lex_is_alpha(s[i]))
			i++;        /* "DECLl:", "DECLAS" */
		i = lex_skip_space(s, len, i);
		if (i < len && s[i] == ':')
			i = lex_skip_space(s, len, i + 1);
	}
	size_t e = lex_token_end(s, len, i);
	if (e > i && !c->decl) {
		size_t v = e;
		while (v > i && (s[v - 1] == '.' || s[v - 1] == ',' || s[v - 1] == ';'))
			v--;
		c->decl = hdr_dup(h, s + i, v - i);
		/* the year, for an id when the cable has no DTG */
		int y = 0, digits = 0;
		for (size_t k = i; k <= v; k++) {
			if (k < v && lex_is_digit(s[k])) {
				if (digits < 5)   /* only a 4-digit run is a year */
					y = y * 10 + (s[k] - '0');
				digits++;
				continue;
			}
			if (digits == 4)
				h->decl_year = y;
			y = 0;
			digits = 0;
		}
	}
	return e;
}

/* One tag list segment: "PREL, PGOV, SF", "[AORC](#) [IAEA](#)",
 * "OVIP (CLINTON, HILLARY), UAE". */
static void hdr_tags(struct hdr *h, const char *s, size_t len)
{
	struct cable *c = h->c;
	size_t i = 0;
	/* a list with commas keeps the words between two commas together:
	 * "PBTS, EUN, USEU BRUSSELS" */
	bool commas = memchr(s, ',', len) != NULL;
	while (i < len) {
		while (i < len && (lex_is_space(s[i]) || s[i] == ',' || s[i] == ';'))
			i++;
		if (i >= len)
			break;
		size_t b = i, e;
		if (s[i] == '(' && c->ntags == 0) {
			i++;                 /* a stray parenthesis */
			continue;
		}
		if (s[i] == '(') {
			/* a person tag's name belongs to the tag before it */
			e = i;
			while (e < len && s[e] != ')')
				e++;
			if (e < len)
				e++;
			const char *prev = c->tags[c->ntags - 1];
			c->tags[c->ntags - 1] = arena_printf(&c->arena, "%s %.*s", prev,
			                                     (int)(e - b), s + b);
			i = e;
			continue;
		}
		e = i;
		for (;;) {
			while (e < len && !lex_is_space(s[e]) && s[e] != ',' && s[e] != ';' &&
			       s[e] != '(')
				e++;
			size_t nx = lex_skip_space(s, len, e);
			if (!commas || nx >= len || nx == e || s[nx] == ',' || s[nx] == ';' ||
			    s[nx] == '(' || s[nx] == '[')
				break;
			e = nx;
		}
		i = e;
		/* scrape links "[AORC](#)" */
		if (s[b] == '[')
			b++;
		if (e - b >= 4 && memcmp(s + e - 4, "](#)", 4) == 0)
			e -= 4;
		while (e > b && (s[e - 1] == '.' || s[e - 1] == ']' || s[e - 1] == ':'))
			e--;
		if (e > b)
			*ARENA_PUSH(&c->arena, c->tags, c->ntags, h->cap_tags) = hdr_dup(h, s + b, e - b);
	}
}

/* A wrapped TAGS line: only tag-like words ("GG, PK, RS, UP", "UNMIK"). */
static bool hdr_tags_more(const char *s, size_t len, size_t i)
{
	size_t words = 0;
	while (i < len) {
		while (i < len && (lex_is_space(s[i]) || s[i] == ','))
			i++;
		if (i >= len)
			break;
		size_t e = i;
		while (e < len && lex_is_upper(s[e]))
			e++;
		if (e - i < 2 || e - i > 6 || (e < len && !lex_is_space(s[e]) && s[e] != ','))
			return false;
		words++;
		i = e;
	}
	return words > 0;
}

static void hdr_classified_by(struct hdr *h)
{
	struct hdr_buf *b = &h->classified;
	if (!b->n || h->c->classified_by)
		return;
	/* the name ends where the reasons begin */
	size_t e = b->n;
	for (size_t i = 1; i < b->n; i++) {
		if ((lex_is_space(b->s[i - 1]) || b->s[i - 1] == ',' || b->s[i - 1] == ';' ||
		     b->s[i - 1] == '.' || b->s[i - 1] == '(') &&
		    (lex_prefix(b->s, b->n, i, "REASON") || lex_prefix(b->s, b->n, i, "FOR REASON") ||
		     lex_prefix(b->s, b->n, i, "E.O.") || lex_prefix(b->s, b->n, i, "1.4") ||
		     lex_prefix(b->s, b->n, i, "1.5"))) {
			e = i;
			break;
		}
	}
	for (;;) {
		while (e > 0 && (lex_is_space(b->s[e - 1]) || strchr(",;:.(-", b->s[e - 1])))
			e--;
		if (e >= 4 && lex_prefix(b->s, e, e - 4, " FOR"))
			e -= 4;
		else if (e >= 4 && lex_prefix(b->s, e, e - 4, " AND"))
			e -= 4;
		else
			break;
	}
	/* keep "E." in "DELANO E. LEWIS" whole: restore a final initial's dot */
	if (e > 0 && e < b->n && b->s[e] == '.' && e >= 2 && lex_is_space(b->s[e - 2]))
		e++;
	if (e > 0)
		h->c->classified_by = hdr_dup(h, b->s, e);
}

/* Ends a multi-line caption and stores what it gathered. */
static void hdr_cont_end(struct hdr *h)
{
	struct cable *c = h->c;
	switch (h->cont) {
	case CONT_SUBJECT:
		if (!c->subject && h->subject.n)
			c->subject = hdr_dup(h, h->subject.s, h->subject.n);
		break;
	case CONT_REF:
		if (h->ref.n) {
			int year = c->dtg.valid ? c->dtg.year : h->weekday.valid ? h->weekday.year : 0;
			refs_parse(&c->arena, h->ref.s, h->ref.n, year, &c->refs, &c->nrefs,
			           &h->cap_refs);
			h->ref.n = 0;
		}
		break;
	case CONT_CLASSIFIED:
		hdr_classified_by(h);
		break;
	case CONT_TAGS:
	case CONT_DISCARD:
	case CONT_NONE:
		break;
	}
	h->cont = CONT_NONE;
	h->cont_lines = 0;
	h->cont_blank = false;
}

static void hdr_cont_start(struct hdr *h, enum hdr_cont kind)
{
	hdr_cont_end(h);
	h->cont = kind;
	h->seen_caption = true;
	h->routing_done = true;
	h->addr = ADDR_NONE;
}

/* Where the next caption that runs on in the same line starts ("... DECL:
 * 01/07/2014 Tags: prel ... Subject: ..."), or len. */
static size_t hdr_next_caption(const char *s, size_t len, size_t from)
{
	size_t v;
	for (size_t i = from + 1; i < len; i++) {
		if (!lex_is_space(s[i - 1]))
			continue;
		char u = lex_upper(s[i]);
		if (u == 'T' && hdr_tags_kw(s, len, i, true))
			return i;
		if (u == 'S' && hdr_subject_kw(s, len, i, true))
			return i;
		if (u == 'R' && hdr_ref_kw(s, len, i, true))
			return i;
		if (u == 'E' && hdr_eo_kw(s, len, i))
			return i;
		/* "Classified by" and "PLEASE PASS" mid-line only after a gap */
		bool gap = i >= 2 && (lex_is_space(s[i - 2]) || s[i - 2] == '.');
		if (u == 'C' && (v = hdr_classified_kw(s, len, i)) != 0 &&
		    (gap || s[v - 1] == ':' || (v >= 2 && s[v - 2] == ':')))
			return i;
		if (u == 'P' && gap && lex_prefix(s, len, i, "PLEASE PASS"))
			return i;
	}
	return len;
}

/* Does a caption keyword open the line at s[i]? */
static bool hdr_caption_at(const char *s, size_t len, size_t i)
{
	return hdr_eo_kw(s, len, i) || hdr_tags_kw(s, len, i, false) ||
	       hdr_subject_kw(s, len, i, false) || hdr_ref_kw(s, len, i, false) ||
	       hdr_classified_kw(s, len, i) || lex_prefix(s, len, i, "PLEASE PASS") ||
	       lex_prefix(s, len, i, "DECLASSIFY ON");
}

/* Handles one caption segment s[i..len) that starts with a keyword.  Returns
 * false when it is not a caption. */
static bool hdr_caption(struct hdr *h, const char *s, size_t len, size_t i)
{
	enum { K_EO, K_TAGS, K_SUBJECT, K_REF, K_CLASSIFIED, K_DISCARD } kind;
	size_t v;
	if ((v = hdr_eo_kw(s, len, i)) != 0)
		kind = K_EO;
	else if ((v = hdr_tags_kw(s, len, i, false)) != 0)
		kind = K_TAGS;
	else if ((v = hdr_subject_kw(s, len, i, false)) != 0)
		kind = K_SUBJECT;
	else if ((v = hdr_ref_kw(s, len, i, false)) != 0)
		kind = K_REF;
	else if ((v = hdr_classified_kw(s, len, i)) != 0)
		kind = K_CLASSIFIED;
	else if (lex_prefix(s, len, i, "PLEASE PASS") || lex_prefix(s, len, i, "DECLASSIFY ON"))
		kind = K_DISCARD, v = i + 1;
	else
		return false;
	/* the next caption on the same line, searched after this keyword */
	size_t next = v < len ? hdr_next_caption(s, len, v - 1) : len;
	bool runs_on = next < len;

	switch (kind) {
	case K_EO:
		hdr_cont_start(h, CONT_NONE);
		hdr_eo(h, s, next, v);
		break;
	case K_TAGS:
		/* the list may wrap: later lines are checked one by one */
		hdr_cont_start(h, runs_on ? CONT_NONE : CONT_TAGS);
		hdr_tags(h, s + v, next - v);
		break;
	case K_SUBJECT:
		hdr_cont_start(h, CONT_SUBJECT);
		h->seen_subject = true;
		h->subject.n = 0;
		v = hdr_skip_mark(s, next, v);
		hdr_buf_add(h, &h->subject, s + v, next - v);
		break;
	case K_REF:
		hdr_cont_start(h, CONT_REF);
		hdr_buf_add(h, &h->ref, s + v, next - v);
		break;
	case K_CLASSIFIED:
		hdr_cont_start(h, CONT_CLASSIFIED);
		h->classified.n = 0;
		hdr_buf_add(h, &h->classified, s + v, next - v);
		break;
	case K_DISCARD:
		hdr_cont_start(h, CONT_DISCARD);
		break;
	}
	if (runs_on) {
		hdr_cont_end(h);
		hdr_caption(h, s, len, next);
	}
	return true;
}

/* Text between captions on a run-on line, or a line of its own before the
 * subject: caveats and passing instructions. */
static void hdr_handling(struct hdr *h, const char *s, size_t len, size_t i)
{
	size_t next = hdr_next_caption(s, len, i);
	hdr_caveats(h, s + i, next - i);
	const char *lvl = classification_banner(s + i, next - i);
	if (lvl && !h->level_banner)
		h->level_banner = lvl;
	if (next < len)
		hdr_caption(h, s, len, next);
}

/* Is this line front matter that carries no caption: handling ("SENSITIVE
 * BUT UNCLASSIFIED) PLEASE PROTECT ACCORDINGLY", "NOFORN, NOT FOR INTERNET
 * DISTRIBUTION", "C O R R E C T E D COPY (TEXT)") or, before the subject, a
 * passing line ("FOR AF AND S/S FROM AMBASSADOR", "DEPT FOR S/SRAP")? */
static bool hdr_is_handling(const struct hdr *h, const char *s, size_t len, size_t i)
{
	const char *found[4];
	size_t n = len - i;
	if (classification_banner(s + i, n))
		return true;
	if (lex_prefix(s, len, i, "SENSITIVE BUT UNCLASSIFIED") ||
	    lex_prefix(s, len, i, "PLEASE PROTECT") || lex_prefix(s, len, i, "C O R R E C T E D") ||
	    lex_prefix(s, len, i, "CORRECTED COPY") || lex_prefix(s, len, i, "NOT FOR INTERNET") ||
	    lex_prefix(s, len, i, "PASS TO") || lex_prefix(s, len, i, "DEPT ") ||
	    lex_prefix(s, len, i, "DEPARTMENT FOR"))
		return true;
	/* a line that is mostly caveats: "SIPDIS", "Sipdis", "NOFORN, SIPDIS" */
	size_t cnt = caveat_scan(s + i, n, found, 4);
	if (cnt > 0) {
		size_t letters = 0, cav = 0;
		for (size_t k = i; k < len; k++)
			letters += lex_is_alpha(s[k]);
		for (size_t k = 0; k < cnt; k++)
			cav += strlen(found[k]);
		if (cav * 2 >= letters)
			return true;
	}
	if (h->seen_subject)
		return false;
	/* before the subject: passing lines ("STATE FOR EUR/RUS", "Sipdis,
	 * isn/mtr, eur/ags and eur/pra"), short or in capitals */
	return n <= 100 || !hdr_has_lower(s, len, i);
}

/* ---- routing lines ---------------------------------------------------- */

/* "TO RUEH...", "INFO  LOG-00": the keyword then spaces (not "INFO:"). */
static bool hdr_routing_kw(const char *s, size_t len, size_t i, const char *kw)
{
	size_t n = strlen(kw);
	return lex_word(s, len, i, kw) && (i + n == len || lex_is_space(s[i + n]));
}

/* Lines of the routing header and office block.  Returns true when the line
 * was one. */
static bool hdr_routing(struct hdr *h, const char *s, size_t len, size_t i)
{
	struct cable *c = h->c;
	struct dtg d;
	char p;

	if (lex_prefix(s, len, i, "VZCZC"))
		return true;
	if (lex_word(s, len, i, "DE") && i + 3 < len) {
		size_t j = lex_skip_space(s, len, i + 2);
		j = lex_token_end(s, len, j);
		j = lex_skip_space(s, len, j);
		if (j < len && s[j] == '#') {
			long v = 0;
			size_t k = j + 1;
			while (k < len && lex_is_digit(s[k]))
				v = v * 10 + (s[k++] - '0');
			if (k > j + 1 && h->fl3_serial < 0)
				h->fl3_serial = v;
			h->fl2 = false;
			return true;
		}
	}
	const char *lvl = classification_fl4(s + i, len - i);
	if (lvl) {
		if (!h->level_fl4)
			h->level_fl4 = lvl;
		return true;
	}
	if (hdr_fl2(s, len, i, &p)) {
		if (!h->prec_fl2)
			h->prec_fl2 = p;
		h->fl2 = true;
		return true;
	}
	if (h->fl2 && hdr_ri_line(s, len, i))
		return true;
	if (!c->dtg.valid && hdr_dtg_line(s, len, i, &d, &p)) {
		c->dtg = d;
		h->prec_fl5 = p;
		h->addr = ADDR_NONE;
		return true;
	}
	if (hdr_routing_kw(s, len, i, "FM") && !c->from) {
		struct addressee a;
		hdr_addressee(h, s, len, i + 2, &a);
		c->from = a.name;
		h->addr = ADDR_NONE;
		return true;
	}
	if (hdr_routing_kw(s, len, i, "TO")) {
		size_t j = lex_skip_space(s, len, i + 2);
		h->addr = ADDR_TO;
		if (j < len && !lex_word(s, len, j, "PAGE"))
			hdr_push_addressee(h, ADDR_TO, s, len, j);
		return true;
	}
	if (hdr_routing_kw(s, len, i, "INFO")) {
		size_t j = lex_skip_space(s, len, i + 4);
		if (hdr_office_code(s, len, j)) {
			h->office = true;
			return true;
		}
		h->addr = ADDR_INFO;
		if (j < len)
			hdr_push_addressee(h, ADDR_INFO, s, len, j);
		return true;
	}
	if (hdr_routing_kw(s, len, i, "XMT")) {
		h->xmt_info = h->addr == ADDR_INFO;
		h->addr = ADDR_XMT;
		size_t j = lex_skip_space(s, len, i + 3);
		if (j < len)
			hdr_push_addressee(h, ADDR_XMT, s, len, j);
		return true;
	}
	if ((lex_word(s, len, i, "ACTION") || lex_word(s, len, i, "ORIGIN")) &&
	    hdr_office_code(s, len, lex_skip_space(s, len, i + 6)))
		return true;
	if (s[i] == '-' && i + 4 < len && s[i + 1] == '-' && s[i + 2] == '-')
		return true;       /* "------------------352654  200910Z /23" */
	if (h->office && i > 0)
		return true;       /* indented continuation of the office block */
	if (h->addr != ADDR_NONE) {
		hdr_push_addressee(h, h->addr, s, len, i);
		return true;
	}
	return false;
}

/* Is the next non-blank line after li (within two) a caption? */
static bool hdr_caption_follows(const struct text *t, size_t li)
{
	size_t seen = 0;
	for (size_t k = li + 1; k < t->n && k <= li + 4 && seen < 2; k++) {
		const char *s = t->lines[k].s;
		size_t len = lex_rtrim(s, t->lines[k].len);
		size_t i = lex_skip_space(s, len, 0);
		if (i >= len)
			continue;
		seen++;
		if (hdr_caption_at(s, len, i))
			return true;
	}
	return false;
}

/* ---- the end of the pass ------------------------------------------------- */

/* Origin of the FM line as cablegate spells it: "AMEMBASSY PRETORIA" ->
 * PRETORIA, "SECSTATE WASHDC" -> STATE, "USMISSION USNATO" -> USNATO. */
static void hdr_fm_origin(const char *from, char *out, size_t cap)
{
	static const char *const offices[] = { "AMEMBASSY ", "AMCONSUL ", "AMCONGEN ",
	                                       "USMISSION ", "AMEMB ", "USOFFICE ", "USINT " };
	size_t n = 0;
	out[0] = '\0';
	if (!from)
		return;
	if (strncmp(from, "SECSTATE", 8) == 0) {
		snprintf(out, cap, "STATE");
		return;
	}
	for (size_t k = 0; k < sizeof offices / sizeof offices[0]; k++)
		if (strncmp(from, offices[k], strlen(offices[k])) == 0) {
			from += strlen(offices[k]);
			break;
		}
	for (; *from && n + 1 < cap; from++)
		if (lex_is_upper(*from))
			out[n++] = *from;
	out[n] = '\0';
}

static const char *hdr_precedence(char p)
{
	switch (p) {
	case 'Z': return "FLASH";
	case 'O': return "IMMEDIATE";
	case 'P': return "PRIORITY";
	case 'R': return "ROUTINE";
	default: return NULL;
	}
}

/* The year of a cable that carries no DTG (a partial extract): the
 * declassification date less the usual 10 years (E.O. 12958 ran 1995-2009;
 * a later result means a 25-year classification), and later than every
 * reference that names its year ("04 PARIS 8983" is from an earlier year).
 * With no declassification date either (UNCLAS), the year the text names
 * most often. */
static int hdr_estimate_year(const struct hdr *h)
{
	const struct cable *c = h->c;
	int year = 0;
	if (h->decl_year) {
		year = h->decl_year - 10;
		if (c->eo && strcmp(c->eo, "12958") == 0 && year > 2009)
			year = h->decl_year - 25;
	}
	if (!year)
		year = h->text_year;
	int latest = 0;
	for (size_t k = 0; k < c->nrefs; k++) {
		const char *id = c->refs[k].id;
		const char *t = c->refs[k].text;
		/* only refs that wrote their year: "04 PARIS 8983" */
		if (!id || !lex_is_digit(t[0]) || !lex_is_digit(t[1]) || t[2] != ' ')
			continue;
		int y = (t[0] - '0') * 10 + (t[1] - '0');
		y += y >= 50 ? 1900 : 2000;
		if (y > latest)
			latest = y;
	}
	if (latest && year <= latest)
		year = latest + 1;
	return year;
}

/* The id, precedence and classification from what the pass gathered. */
static void hdr_finish(struct hdr *h, const struct text *t)
{
	struct cable *c = h->c;
	hdr_cont_end(h);

	c->precedence = hdr_precedence(h->prec_fl5 ? h->prec_fl5 : h->prec_fl2);
	if (!c->classification)
		c->classification = h->level_line ? h->level_line
		                  : h->level_banner ? h->level_banner
		                  : h->level_fl4 ? h->level_fl4 : h->level_text;

	/* WikiLeaks' "Friday, 23 February 2001, 15:53" renders the DTG (UTC) */
	if (!c->dtg.valid && h->weekday.valid)
		c->dtg = h->weekday;
	int year = c->dtg.valid ? c->dtg.year : 0;
	if (!year)
		year = hdr_estimate_year(h);

	const char *origin = h->origin;
	long serial = h->serial;
	char fm[48];
	hdr_fm_origin(c->from, fm, sizeof fm);
	if (serial > 0 && h->fl3_serial > 0 && fm[0] && strcmp(fm, origin) != 0 &&
	    serial % 10000 != h->fl3_serial % 10000) {
		/* the text under this routing header is another cable's (a
		 * viewer's mix-up): the routing header names the cable */
		origin = fm;
		serial = h->fl3_serial;
		if (h->level_fl4)
			c->classification = h->level_fl4;
	}
	if (serial <= 0) {
		/* a page-break line further down: "STATE 00104535 002 OF 005" */
		for (size_t k = 0; k < t->n && !h->page_origin[0]; k++) {
			const char *s = t->lines[k].s;
			size_t len = t->lines[k].len;
			hdr_page_break(s, len, lex_skip_space(s, len, 0), h->page_origin,
			               sizeof h->page_origin, &h->page_serial);
		}
		if (h->page_origin[0]) {
			origin = h->page_origin;
			serial = h->page_serial;
		}
	}
	if (serial <= 0 && h->fl3_serial > 0) {
		origin = fm;
		serial = h->fl3_serial;
	}
	c->id = refs_make_id(&c->arena, year, origin, serial);

	/* References written without a year are of the cable's year, unless
	 * one of the same post's has a higher serial than this cable: serials
	 * restart each year, so it is from the year before ("PARIS 8760" in
	 * PARIS 479 of 2005). */
	for (size_t k = 0; k < c->nrefs && year; k++) {
		struct reference *r = &c->refs[k];
		if (r->id && lex_is_digit(r->text[0]))
			continue;
		r->id = refs_canonical_id(&c->arena, r->text, strlen(r->text), year);
		if (!r->id || !c->id || serial <= 0)
			continue;
		size_t on = strlen(origin);
		const char *tail = r->id + 2;
		if (strncmp(tail, origin, on) == 0 && lex_is_digit(tail[on]) &&
		    strtol(tail + on, NULL, 10) > serial)
			r->id = refs_canonical_id(&c->arena, r->text, strlen(r->text), year - 1);
	}
}

/* The year a cable's text names most often (1950-2049), 0 when none. */
static int hdr_text_year(const struct text *t, size_t from)
{
	unsigned count[100] = { 0 };
	for (size_t li = from; li < t->n; li++) {
		const char *s = t->lines[li].s;
		size_t len = t->lines[li].len;
		for (size_t i = 0; i + 4 <= len; i++) {
			if (!(s[i] == '1' && s[i + 1] == '9') && !(s[i] == '2' && s[i + 1] == '0'))
				continue;
			if ((i > 0 && lex_is_alnum(s[i - 1])) || !lex_is_digit(s[i + 2]) ||
			    !lex_is_digit(s[i + 3]) || (i + 4 < len && lex_is_alnum(s[i + 4])))
				continue;
			int y = (s[i] - '0') * 1000 + (s[i + 1] - '0') * 100 +
			        (s[i + 2] - '0') * 10 + (s[i + 3] - '0');
			if (y >= 1950 && y < 2050)
				count[y - 1950]++;
		}
	}
	int best = 0;
	for (int k = 0; k < 100; k++)
		if (count[k] && count[k] >= count[best])
			best = k;
	return count[best] ? 1950 + best : 0;
}

size_t header_parse(struct cable *c, const struct text *t)
{
	struct hdr h;
	memset(&h, 0, sizeof h);
	h.c = c;
	h.fl3_serial = -1;
	h.serial = -1;
	size_t body = t->n;
	size_t first_text = SIZE_MAX;

	for (size_t li = 0; li < t->n; li++) {
		const char *s = t->lines[li].s;
		size_t len = lex_rtrim(s, t->lines[li].len);
		size_t i0 = lex_skip_space(s, len, 0);
		size_t sign = lex_para_sign(s, len, i0);
		size_t i = lex_skip_space(s, len, i0 + sign);

		if (i >= len) {                       /* blank line */
			h.addr = ADDR_NONE;
			h.fl2 = false;
			if (h.cont == CONT_SUBJECT || h.cont == CONT_CLASSIFIED ||
			    h.cont == CONT_TAGS || h.cont == CONT_DISCARD)
				hdr_cont_end(&h);
			else if (h.cont == CONT_REF)
				h.cont_blank = true;
			continue;
		}
		if (h.office && i0 == 0 && !lex_word(s, len, i, "INFO"))
			h.office = false;

		char page_origin[48];
		long page_serial;
		if (lex_word(s, len, i, "PAGE") && i + 5 < len && lex_is_digit(s[lex_skip_space(s, len, i + 4)]))
			continue;                         /* "PAGE 01  CAPE T  00097 ..." */
		if (hdr_page_break(s, len, i, page_origin, sizeof page_origin, &page_serial)) {
			if (!h.page_origin[0]) {
				memcpy(h.page_origin, page_origin, sizeof page_origin);
				h.page_serial = page_serial;
			}
			continue;
		}

		/* the classification line */
		struct class_line cl;
		if (!sign && classification_line(s + i, len - i, &cl)) {
			hdr_cont_end(&h);
			h.addr = ADDR_NONE;
			h.fl2 = false;
			h.seen_class = true;
			if (!h.level_line)
				h.level_line = cl.level;
			if (cl.serial > 0 && h.serial <= 0) {
				memcpy(h.origin, cl.origin, sizeof h.origin);
				h.serial = cl.serial;
			}
			if (i + cl.rest < len)
				hdr_handling(&h, s, len, i + cl.rest);
			continue;
		}

		/* a caption that goes on over several lines */
		if (h.cont != CONT_NONE) {
			bool stop = hdr_is_para(s, len, i) || hdr_caption_at(s, len, i) ||
			            classification_banner(s + i, len - i);
			/* a portion-marked sentence: "(SBU) Poloff delivered reftel
			 * demarche ..." (but "(D) MADRID 3566" is a ref, and "(D)."
			 * ends a classified-by's reasons) */
			if (!stop && h.cont != CONT_CLASSIFIED && hdr_skip_mark(s, len, i) != i &&
			    (h.cont == CONT_SUBJECT || (len - i > 60 && hdr_has_lower(s, len, i))))
				stop = true;
			if (!stop && h.cont == CONT_REF) {
				/* after a blank line only a line with a ref letter goes
				 * on ("¶B. BAGHDAD 285", "OF 10/6 D) STATE 215870");
				 * a long sentence never does */
				if (h.cont_blank)
					stop = !hdr_ref_letter_line(s, len, i);
				else if (len - i > 100 && hdr_has_lower(s, len, i))
					stop = true;
			} else if (!stop && h.cont == CONT_TAGS) {
				stop = !hdr_tags_more(s, len, i);
			} else if (!stop && h.cont_lines >= HDR_MAX_CONT) {
				stop = true;
			}
			if (!stop) {
				h.cont_lines++;
				h.cont_blank = false;
				if (h.cont == CONT_SUBJECT)
					hdr_buf_add(&h, &h.subject, s + i, len - i);
				else if (h.cont == CONT_REF)
					hdr_buf_add(&h, &h.ref, s + i, len - i);
				else if (h.cont == CONT_CLASSIFIED)
					hdr_buf_add(&h, &h.classified, s + i, len - i);
				else if (h.cont == CONT_TAGS)
					hdr_tags(&h, s + i, len - i);
				continue;
			}
			hdr_cont_end(&h);
		}

		if (hdr_caption(&h, s, len, i))
			continue;
		if (!h.routing_done && !sign) {
			if (hdr_routing(&h, s, len, i))
				continue;
			struct dtg wd;
			if (hdr_weekday(s, len, i, &wd)) {
				if (!h.weekday.valid)
					h.weekday = wd;
				continue;
			}
			if (lex_prefix(s, len, i, "THIS RECORD IS A PARTIAL EXTRACT"))
				continue;
		}
		if (hdr_is_para(s, len, i)) {
			body = li;
			break;
		}
		if ((h.seen_class || h.seen_caption) && hdr_is_handling(&h, s, len, i)) {
			hdr_handling(&h, s, len, i);
			/* "Sensitive but unclassified - entire text. Please protect"
			 * / "accordingly." */
			if (h.seen_subject && h.cont == CONT_NONE && s[len - 1] != '.')
				h.cont = CONT_DISCARD;
			continue;
		}
		if (h.seen_subject && len - i <= 60 && hdr_caption_follows(t, li)) {
			/* a stray piece of the subject: "TO LONDON" before
			 * "Classified By" */
			continue;
		}
		if (!h.seen_class && !h.seen_caption) {
			/* Before the classification line: a banner of the source
			 * ("Stephen H Rogerson 12/02/2009 ... From DB/Inbox"), or
			 * the body of a cable with no header at all.  Go on looking
			 * for a header a while. */
			if (first_text == SIZE_MAX)
				first_text = li;
			if (li - first_text < HDR_MAX_JUNK)
				continue;
			li = first_text;
		}
		body = li;
		break;
	}
	if (body == t->n && first_text != SIZE_MAX && !h.seen_class && !h.seen_caption)
		body = first_text;
	if (!c->dtg.valid && !h.weekday.valid && !h.decl_year)
		h.text_year = hdr_text_year(t, body);
	hdr_finish(&h, t);

	/* "¶1. Classified by ...", "¶1. SECRET - ENTIRE TEXT." */
	for (size_t li = body; li < t->n && li < body + HDR_BODY_LOOKAHEAD; li++) {
		const char *s = t->lines[li].s;
		size_t len = lex_rtrim(s, t->lines[li].len);
		size_t i = lex_skip_space(s, len, 0);
		i = lex_skip_space(s, len, i + lex_para_sign(s, len, i));
		while (i < len && lex_is_digit(s[i]))
			i++;
		if (i < len && s[i] == '.')
			i = lex_skip_space(s, len, i + 1);
		size_t v;
		if (!c->classified_by && (v = hdr_classified_kw(s, len, i)) != 0) {
			h.classified.n = 0;
			hdr_buf_add(&h, &h.classified, s + v, len - v);
			if (li + 1 < t->n && !hdr_is_para(t->lines[li + 1].s, t->lines[li + 1].len, 0))
				hdr_buf_add(&h, &h.classified, t->lines[li + 1].s, t->lines[li + 1].len);
			hdr_classified_by(&h);
		}
		if (!c->classification) {
			const char *lvl = classification_entire_text(s, len);
			if (lvl)
				c->classification = lvl;
		}
	}
	return body;
}
