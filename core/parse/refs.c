/* refs.c - REF lists and canonical cable ids. */
#include "parse/refs.h"

#include <string.h>

#include "parse/header_lex.h"

/* First words that name documents which are not cables: "7 FAM 180",
 * "UNSCR 1540", "IIR 6 890 0123 09", "E.O. 12958". */
static const char *const refs_not_cable[] = {
	"FAM", "FAH", "USC", "CFR", "UNSCR", "UNSC", "IIR", "TD", "EO", "E",
	"PARA", "PARAS", "PARAGRAPH", "SECTION", "RESOLUTION", "RES", "NSPD",
	"PDD", "PL", "PUBLIC", "LAW", "TITLE", "ARTICLE", "DOCUMENT", "DOC",
	"EMAIL", "MEMO", "LETTER", "FAX", "NOTE", "PAGE", "DIPNOTE", "CHAPTER",
	"ANNEX", "NSDD", "HR", "SR", "HOUSE", "SENATE", "RFI", "DECISION",
	"AND", "OF", "THE", "TO", "FROM", "ON", "IN", "NO", "NUMBER",
};

/* Origins that cables cite in another spelling than cablegate's ids. */
static const char *const refs_origin_alias[][2] = {
	{ "SECSTATE", "STATE" },
	{ "RIODEJAN", "RIODEJANEIRO" },
	{ "USUNNEWYORK", "USUN" },
};

static bool refs_stop_word(const char *w, size_t n)
{
	for (size_t k = 0; k < sizeof refs_not_cable / sizeof refs_not_cable[0]; k++)
		if (strlen(refs_not_cable[k]) == n && lex_prefix(w, n, 0, refs_not_cable[k]))
			return true;
	return false;
}

char *refs_make_id(struct arena *a, int year, const char *origin, long serial)
{
	if (year <= 0 || !origin || !origin[0] || serial <= 0)
		return NULL;
	for (size_t k = 0; k < sizeof refs_origin_alias / sizeof refs_origin_alias[0]; k++)
		if (strcmp(origin, refs_origin_alias[k][0]) == 0)
			origin = refs_origin_alias[k][1];
	return arena_printf(a, "%02d%s%ld", year % 100, origin, serial);
}

char *refs_canonical_id(struct arena *a, const char *s, size_t len, int year)
{
	size_t i = lex_skip_space(s, len, 0);
	/* optional year: "99 PRETORIA", "2008 STATE", "08STATE" is not handled */
	size_t d = i;
	while (i < len && ascii_is_digit(s[i]))
		i++;
	if (i > d) {
		if (i < len && !ascii_is_blank(s[i]))
			return NULL;
		if (i - d == 2)
			year = (s[d] - '0') * 10 + (s[d + 1] - '0');
		else if (i - d == 4 && (s[d] == '1' || s[d] == '2'))
			year = (s[d + 2] - '0') * 10 + (s[d + 3] - '0');
		else
			return NULL;
		year += year >= 50 ? 1900 : 2000;
	}
	char origin[48];
	size_t n = 0, words = 0;
	for (;;) {
		i = lex_skip_space(s, len, i);
		size_t e = i;
		while (e < len && ascii_is_alpha(s[e]))
			e++;
		if (e == i)
			break;
		if (e < len && !ascii_is_blank(s[e]))
			return NULL;           /* "E-MAIL", "U.S.", "STATE/INR" */
		if (refs_stop_word(s + i, e - i) || ++words > 3 || n + (e - i) >= sizeof origin)
			return NULL;
		for (size_t k = i; k < e; k++)
			origin[n++] = ascii_to_upper(s[k]);
		i = e;
	}
	origin[n] = '\0';
	d = i;
	long serial = 0;
	while (i < len && ascii_is_digit(s[i]) && i - d < 8)
		serial = serial * 10 + (s[i++] - '0');
	if (n < 2 || i == d)
		return NULL;
	/* the serial ends the ref or is followed by punctuation: "STATE 12
	 * (NOTAL)", "PARIS 33, PARIS 34"; not "STATE 12/34" or "12.5" */
	if (i < len && !ascii_is_blank(s[i]) && s[i] != ',' && s[i] != ';' && s[i] != '(' &&
	    s[i] != ')' && !(s[i] == '.' && (i + 1 >= len || ascii_is_blank(s[i + 1]))))
		return NULL;
	return refs_make_id(a, year, origin, serial);
}

/* A letter marker for letter L at s[i]: "A.", "A)", "(A)", "A:", "A-" followed
 * by a space or the end.  Returns the bytes it takes, or 0. */
static size_t refs_marker(const char *s, size_t len, size_t i, char letter)
{
	size_t j = i;
	bool paren = false;
	if (j < len && s[j] == '(') {
		paren = true;
		j++;
	}
	if (j >= len || ascii_to_upper(s[j]) != letter)
		return 0;
	j++;
	if (paren) {
		if (j >= len || s[j] != ')')
			return 0;
		j++;
	} else {
		if (j >= len || (s[j] != '.' && s[j] != ')' && s[j] != ':'))
			return 0;
		j++;
	}
	if (j < len && !ascii_is_blank(s[j]))
		return 0;
	return j - i;
}

static void refs_add(struct arena *a, struct reference **refs, size_t *n, size_t *cap,
                     const char *letter, const char *s, size_t len, int year)
{
	size_t b = lex_skip_space(s, len, 0);
	size_t e = lex_rtrim(s, len);
	/* drop separators left between items: "...12315;", "...12315, and" */
	while (e > b && (s[e - 1] == ',' || s[e - 1] == ';' || ascii_is_blank(s[e - 1])))
		e--;
	if (e >= b + 4 && lex_prefix(s, e, e - 4, " AND"))
		e = lex_rtrim(s, e - 4);
	while (e > b && (s[e - 1] == ',' || s[e - 1] == ';'))
		e--;
	if (e <= b)
		return;
	struct reference *r = ARENA_PUSH(a, *refs, *n, *cap);
	r->letter = letter ? arena_strdup(a, letter) : NULL;
	r->text = arena_strndup(a, s + b, e - b);
	r->id = refs_canonical_id(a, s + b, e - b, year);
}

void refs_parse(struct arena *a, const char *s, size_t len, int year,
                struct reference **refs, size_t *n, size_t *cap)
{
	size_t i = lex_skip_space(s, len, 0);
	/* "REF: REF (A) MADRID 3785" */
	if (lex_word(s, len, i, "REF"))
		i = lex_skip_space(s, len, i + 3);
	char letter = 'A';
	size_t m = refs_marker(s, len, i, letter);
	if (m == 0) {
		refs_add(a, refs, n, cap, NULL, s + i, len - i, year);
		return;
	}
	while (m) {
		size_t start = lex_skip_space(s, len, i + m), j;
		/* the letter twice, as the viewer's paragraph signs left it:
		 * "A. A) SECSTATE 52920", "B. (B) EMBASSY PARIS ..." */
		size_t again = refs_marker(s, len, start, letter);
		if (again)
			start += again;
		j = start;
		size_t next = 0;
		char lbl[2] = { letter, '\0' };
		letter++;
		for (; j < len && letter <= 'Z'; j++) {
			if (j > start && !ascii_is_blank(s[j - 1]) && s[j - 1] != ',' && s[j - 1] != ';')
				continue;
			next = refs_marker(s, len, j, letter);
			if (next)
				break;
		}
		refs_add(a, refs, n, cap, lbl, s + start, (next ? j : len) - start, year);
		i = j;
		m = next;
	}
}
