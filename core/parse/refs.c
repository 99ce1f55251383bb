/* refs.c - one cable citation and canonical cable ids.
 *
 * A citation is "[year] [kind of post] POST SERIAL": "99 PRETORIA 12315",
 * "EMBASSY PRAGUE 1450", "09DHAHRAN 201", "(08) SAO PAULO 581",
 * "BELGRADE743".  The id is cablegate's: two-digit year, the post's words
 * joined, the serial without leading zeros.  Splitting a REF list into its
 * items is refs_list.c's.
 */
#include "parse/refs.h"

#include <stdint.h>
#include <string.h>

#include "parse/dates.h"
#include "parse/header_lex.h"

/* First words that name documents which are not cables: "7 FAM 180",
 * "UNSCR 1540", "IIR 6 890 0123 09", "E.O. 12958". */
static const char *const refs_not_cable[] = {
	"FAM", "FAH", "USC", "CFR", "UNSCR", "UNSC", "IIR", "TD", "EO", "E",
	"PARA", "PARAS", "PARAGRAPH", "SECTION", "RESOLUTION", "RES", "NSPD",
	"PDD", "PL", "PUBLIC", "LAW", "TITLE", "ARTICLE", "DOCUMENT", "DOC",
	"EMAIL", "MEMO", "LETTER", "FAX", "NOTE", "PAGE", "DIPNOTE", "CHAPTER",
	"ANNEX", "NSDD", "HR", "SR", "HOUSE", "SENATE", "RFI", "DECISION",
	"AND", "OF", "THE", "TO", "FROM", "ON", "IN", "NO", "NUMBER", "PREVIOUS",
	"PRIOR", "OTHERS", "FOR", "DTG", "DATED", "NOTAL", "REPORT", "DAILY",
};

/* Words naming the kind of post before its name: "EMBASSY PRAGUE 1450" is
 * PRAGUE 1450. */
static const char *const refs_post_kind[] = {
	"EMBASSY", "AMEMBASSY", "AMEMB", "AMCONSUL", "AMCONGEN", "CONGEN",
	"CONSULATE", "USMISSION",
};

/* Origins that cables cite in another spelling than cablegate's ids. */
static const char *const refs_origin_alias[][2] = {
	{ "SECSTATE", "STATE" },
	{ "RIODEJAN", "RIODEJANEIRO" },
	{ "RIO", "RIODEJANEIRO" },
	{ "USUNNEWYORK", "USUN" },
};

static bool refs_in(const char *const *list, size_t n, const char *w, size_t wn)
{
	for (size_t k = 0; k < n; k++)
		if (strlen(list[k]) == wn && lex_prefix(w, wn, 0, list[k]))
			return true;
	return false;
}

static bool refs_stop_word(const char *w, size_t n)
{
	size_t used;
	if (month_parse(w, n, &used) && used == n)
		return true;        /* "OCTOBER 12 DVC" is a date, not a post */
	return refs_in(refs_not_cable, sizeof refs_not_cable / sizeof refs_not_cable[0], w, n);
}

const char *refs_post_name(const char *origin)
{
	for (size_t k = 0; k < sizeof refs_origin_alias / sizeof refs_origin_alias[0]; k++)
		if (strcmp(origin, refs_origin_alias[k][0]) == 0)
			return refs_origin_alias[k][1];
	return origin;
}

/* "%02d%s%ld" of the two-digit year, the post and the serial, written by
 * hand: every cable and reference makes one, and vsnprintf (run twice by
 * arena_printf) cost ten times as much. */
char *refs_make_id(struct arena *a, int year, const char *origin, long serial)
{
	if (year <= 0 || !origin || !origin[0] || serial <= 0)
		return NULL;
	const char *post = refs_post_name(origin);
	size_t pl = strlen(post);
	char digits[24];
	size_t nd = 0;
	for (long v = serial; v > 0; v /= 10)
		digits[nd++] = (char)('0' + v % 10);
	char *id = arena_alloc_raw(a, 2 + pl + nd + 1);
	id[0] = (char)('0' + year % 100 / 10);
	id[1] = (char)('0' + year % 10);
	memcpy(id + 2, post, pl);
	for (size_t k = 0; k < nd; k++)
		id[2 + pl + k] = digits[nd - 1 - k];
	id[2 + pl + nd] = '\0';
	return id;
}

int refs_full_year(int yy)
{
	return yy + (yy >= 50 ? 1900 : 2000);
}

/* An optional year before the post: "99 ", "2008 ", "(08) ", or two digits
 * glued to the post ("09DHAHRAN").  Returns the offset after it, or SIZE_MAX
 * when digits there are no year ("7 FAM"). */
static size_t refs_year(const char *s, size_t len, size_t i, int *year)
{
	size_t d = i + (i < len && s[i] == '(');
	size_t e = d;
	while (e < len && ascii_is_digit(s[e]))
		e++;
	if (e == d)
		return i;
	bool paren = d > i;
	if (paren && (e >= len || s[e] != ')' || e - d != 2))
		return SIZE_MAX;
	if (e - d == 2)
		*year = refs_full_year((s[d] - '0') * 10 + (s[d + 1] - '0'));
	else if (e - d == 4 && (s[d] == '1' || s[d] == '2'))
		*year = refs_full_year((s[d + 2] - '0') * 10 + (s[d + 3] - '0'));
	else
		return SIZE_MAX;
	if (paren)
		return e + 1;
	if (e < len && ascii_is_blank(s[e]))
		return e;
	/* "09DHAHRAN 201": two digits glued to an upper-case post */
	if (e - d == 2 && e + 2 < len && ascii_is_upper(s[e]) && ascii_is_upper(s[e + 1]))
		return e;
	return SIZE_MAX;
}

/* Does the serial's end at s[i] end the citation? "STATE 12 (NOTAL)",
 * "PARIS 33, PARIS 34", "STATE 81957: REPORT", "STATE 33221--05/DEC/2008";
 * not "STATE 12/34" or "12.5". */
static bool refs_serial_ends(const char *s, size_t len, size_t i)
{
	if (i >= len || ascii_is_blank(s[i]))
		return true;
	switch (s[i]) {
	case ',': case ';': case ':': case '(': case ')':
		return true;
	case '.':
		return i + 1 >= len || ascii_is_blank(s[i + 1]);
	case '-':
		return i + 1 < len && (s[i + 1] == '-' || ascii_is_blank(s[i + 1]));
	default:
		return false;
	}
}

/* The words of the post, joined into c->origin; returns the offset after
 * them, or SIZE_MAX when they are no post. */
static size_t refs_post(const char *s, size_t len, size_t i, struct refs_cite *c)
{
	size_t n = 0, words = 0;
	bool kind_ok = true;
	for (;;) {
		i = lex_skip_space(s, len, i);
		size_t e = i;
		while (e < len && ascii_is_alpha(s[e]))
			e++;
		if (e == i)
			break;
		/* "BELGRADE743": an upper-case post glued to its serial */
		bool glued = e < len && ascii_is_digit(s[e]) && e - i >= 4 &&
		             ascii_is_upper(s[i]) && ascii_is_upper(s[e - 1]);
		if (e < len && !ascii_is_blank(s[e]) && !glued)
			return SIZE_MAX;       /* "E-MAIL", "U.S.", "STATE/INR" */
		if (kind_ok && !glued &&
		    refs_in(refs_post_kind, sizeof refs_post_kind / sizeof refs_post_kind[0],
		            s + i, e - i)) {
			kind_ok = false;       /* "EMBASSY PRAGUE": the post is PRAGUE */
			i = e;
			continue;
		}
		kind_ok = false;
		if (refs_stop_word(s + i, e - i) || ++words > 3 ||
		    n + (e - i) >= sizeof c->origin)
			return SIZE_MAX;
		for (size_t k = i; k < e; k++)
			c->origin[n++] = ascii_to_upper(s[k]);
		i = e;
		if (glued)
			break;
	}
	c->origin[n] = '\0';
	return n < 2 ? SIZE_MAX : i;
}

bool refs_cite_at(const char *s, size_t len, size_t i, struct refs_cite *c)
{
	memset(c, 0, sizeof *c);
	i = lex_skip_space(s, len, i);
	c->start = i;
	i = refs_year(s, len, i, &c->year);
	if (i == SIZE_MAX)
		return false;
	i = refs_post(s, len, i, c);
	if (i == SIZE_MAX)
		return false;
	size_t d = i;
	while (i < len && ascii_is_digit(s[i]) && i - d < 8)
		c->serial = c->serial * 10 + (s[i++] - '0');
	if (i == d || c->serial <= 0 || !refs_serial_ends(s, len, i))
		return false;
	c->end = i;
	return true;
}

/* "(07)" just after a serial: the year of the cable cited. */
static int refs_paren_year(const char *s, size_t len, size_t i)
{
	if (i + 4 <= len && s[i] == '(' && ascii_is_digit(s[i + 1]) && ascii_is_digit(s[i + 2]) &&
	    s[i + 3] == ')')
		return refs_full_year((s[i + 1] - '0') * 10 + (s[i + 2] - '0'));
	return 0;
}

int refs_date_year(const char *s, size_t len, size_t i)
{
	static const char *const lead[] = { "DATED", "OF", "DTG", "ON" };
	i = lex_skip_space(s, len, i);
	int y = refs_paren_year(s, len, i);
	if (y)
		return y;
	while (i < len && (ascii_is_blank(s[i]) || strchr("-(,:", s[i])))
		i++;
	for (size_t k = 0; k < sizeof lead / sizeof lead[0]; k++)
		if (lex_word(s, len, i, lead[k]))
			i = lex_skip_space(s, len, i + strlen(lead[k]));
	int y4 = 0, last = 0, runs = 0;
	size_t last_digits = 0, seps = 0, start = i;
	bool month = false;
	while (i < len && i - start < 28) {
		if (ascii_is_digit(s[i])) {
			size_t d = i;
			int v = 0;
			while (i < len && ascii_is_digit(s[i]) && i - d < 8)
				v = v * 10 + (s[i++] - '0');
			if (i - d == 4 && v >= 1950 && v < 2050)
				y4 = v;
			last = v;
			last_digits = i - d;
			runs++;
			if (i < len && s[i] == 'Z')
				i++;        /* a DTG: "051200Z DEC 08" */
			continue;
		}
		size_t used;
		if (ascii_is_alpha(s[i])) {
			if (!month_parse(s + i, len - i, &used))
				break;
			month = true;
			i += used;
			continue;
		}
		if (s[i] == '/' || s[i] == '-' || s[i] == '.')
			seps++;
		else if (!ascii_is_blank(s[i]) && s[i] != ',')
			break;
		i++;
	}
	if (y4)
		return y4;
	if (runs >= 2 && last_digits == 2 && (month || seps >= 2))
		return refs_full_year(last);
	return 0;
}

char *refs_canonical_id(struct arena *a, const char *s, size_t len, int year)
{
	struct refs_cite c;
	if (!refs_cite_at(s, len, 0, &c))
		return NULL;
	return refs_make_id(a, c.year ? c.year : year, c.origin, c.serial);
}
