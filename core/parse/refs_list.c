/* refs_list.c - a REF list split into its references.
 *
 * In: the text after "REF:" with its lines joined.  Out: one struct
 * reference per cable cited, or per non-cable item.  Items are lettered
 * ("A. STATE 1234 B. PARIS 567", "(A)STATE 011111, (B)STATE 022222",
 * "A) STATE 1234; B) PARIS 567") or not ("STATE 1234; PARIS 567").  One
 * item may cite several cables ("RABAT 110 AND RABAT 140"): each gets a
 * reference of its own, under the item's letter.  "D. AND PREVIOUS" is no
 * reference.  The year of an id is the one written before the post, else
 * that of a date written after the serial, else the citing cable's (the
 * year before when the serial is clearly past the cable's own), else none.
 */
#include <stdbool.h>
#include <stddef.h>
#include <string.h>

#include "parse/header_lex.h"
#include "parse/refs.h"

/* Posts already cited in this list: a further citation of one of them may
 * follow with no separator ("RIO DE JANEIRO 353 RIO DE JANEIRO 311"). */
#define REFS_SEEN 16

struct refs_out {
	struct arena *a;
	const struct refs_ctx *ctx;
	struct reference **refs;
	size_t *n, *cap;
	char seen[REFS_SEEN][48];
	size_t nseen;
};

/* A letter marker for letter L at s[i]: "A.", "A)", "(A)", "A:" followed by a
 * space or the end; "(A)" and "A)" also glued to the cable ("(A)STATE
 * 011111").  Returns the bytes it takes, or 0. */
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
	if (j >= len || (paren ? s[j] != ')' : (s[j] != '.' && s[j] != ')' && s[j] != ':')))
		return 0;
	bool close = s[j] == ')';
	j++;
	if (j < len && !ascii_is_blank(s[j]) && !(close && ascii_is_alnum(s[j])))
		return 0;
	return j - i;
}

/* "AND PREVIOUS", "AND OTHERS": words that cite nothing of their own. */
static bool refs_no_ref(const char *s, size_t b, size_t e)
{
	static const char *const words[] = { "AND", "PREVIOUS", "PRIOR", "OTHERS",
	                                     "EARLIER", "RELATED", "ALL", "ET", "AL" };
	for (size_t i = b; (i = lex_skip_space(s, e, i)) < e;) {
		size_t w = i;
		while (w < e && (ascii_is_alpha(s[w]) || s[w] == '.'))
			w++;
		bool known = false;
		for (size_t k = 0; k < sizeof words / sizeof words[0] && !known; k++)
			known = lex_word(s, w, i, words[k]) && w - i <= strlen(words[k]) + 1;
		if (!known || w == i)
			return false;
		i = w;
	}
	return true;
}

static bool refs_seen(const struct refs_out *o, const char *origin)
{
	for (size_t k = 0; k < o->nseen; k++)
		if (strcmp(o->seen[k], origin) == 0)
			return true;
	return false;
}

/* The year of cite c's id: written, from a date after it, or the citing
 * cable's (less one when the same post's serial is clearly past its own). */
static int refs_year_of(const struct refs_out *o, const char *s, size_t e,
                        const struct refs_cite *c)
{
	const struct refs_ctx *ctx = o->ctx;
	if (c->year)
		return c->year;
	int dy = refs_date_year(s, e, c->end);
	if (dy && (!ctx->year || dy <= ctx->year))
		return dy;
	if (!ctx->year)
		return 0;       /* never guessed */
	if (ctx->origin && ctx->serial > 0 &&
	    strcmp(refs_post_name(c->origin), refs_post_name(ctx->origin)) == 0 &&
	    c->serial > ctx->serial + REFS_COMPANION_GAP)
		return ctx->year - 1;
	return ctx->year;
}

/* Adds s[b..e) as one reference; c is its citation, or NULL. */
static void refs_add(struct refs_out *o, const char *letter, const char *s, size_t b, size_t e,
                     const struct refs_cite *c)
{
	size_t end = e;
	b = lex_skip_space(s, e, b);
	e = lex_rtrim(s, e);
	/* drop separators left between items: "...12315;", "...12315, and" */
	for (;;) {
		while (e > b && (s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == ':' ||
		                 ascii_is_blank(s[e - 1])))
			e--;
		if (e >= b + 4 && lex_prefix(s, e, e - 4, " AND"))
			e -= 4;
		else
			break;
	}
	if (e <= b || refs_no_ref(s, b, e))
		return;
	struct reference *r = ARENA_PUSH(o->a, *o->refs, *o->n, *o->cap);
	r->letter = letter ? arena_strdup(o->a, letter) : NULL;
	r->text = arena_strndup(o->a, s + b, e - b);
	r->id = NULL;
	if (c) {
		r->id = refs_make_id(o->a, refs_year_of(o, s, end, c), c->origin, c->serial);
		if (o->nseen < REFS_SEEN && !refs_seen(o, c->origin))
			memcpy(o->seen[o->nseen++], c->origin, sizeof o->seen[0]);
	}
}

/* Skips one short parenthesis after a serial: "(NOTAL)", "(EXDIS)". */
static size_t refs_skip_paren(const char *s, size_t e, size_t j)
{
	if (j >= e || s[j] != '(')
		return j;
	const char *close = memchr(s + j, ')', e - j);
	if (!close || (size_t)(close - s) - j > 30)
		return j;
	return lex_skip_space(s, e, (size_t)(close - s) + 1);
}

/* Is the citation at s[j] a further cable of the list?  After a separator
 * any citation is; after spaces only, one of a post already cited or with its
 * year written, and never a page-break line's 8-digit serial. */
static bool refs_further(const struct refs_out *o, const char *s, size_t e, size_t j,
                         bool separated, struct refs_cite *n)
{
	if (!refs_cite_at(s, e, j, n))
		return false;
	size_t d = n->end;
	while (d > n->start && ascii_is_digit(s[d - 1]))
		d--;
	if (n->end - d > 7)
		return false;
	return separated || n->year || refs_seen(o, n->origin);
}

/* Where the piece that starts at p (with citation c, or none) ends: the
 * start of the next cable cited, just after a ';', or e. */
static size_t refs_piece_end(struct refs_out *o, const char *s, size_t e, size_t p,
                             const struct refs_cite *c)
{
	struct refs_cite n;
	if (c) {
		/* right after the citation: "RABAT 110 AND RABAT 140", "BERLIN
		 * 1337, BERLIN 1340", "09 CARACAS 1509 09 CARACAS 1491" */
		size_t j = refs_skip_paren(s, e, lex_skip_space(s, e, c->end));
		bool sep = false;
		if (j < e && (s[j] == ',' || s[j] == ';' || s[j] == ':' || s[j] == '&')) {
			sep = true;
			j = lex_skip_space(s, e, j + 1);
		}
		if (lex_word(s, e, j, "AND")) {
			sep = true;
			j = lex_skip_space(s, e, j + 3);
		}
		if (j < e && refs_further(o, s, e, j, sep, &n))
			return n.start;
	}
	int depth = 0;
	for (size_t j = c ? c->end : p; j < e; j++) {
		if (s[j] == '(')
			depth++;
		else if (s[j] == ')' && depth > 0)
			depth--;
		if (depth)
			continue;
		if (s[j] == ';')
			return j + 1;
		/* "..., PARIS 12", "... AND PARIS 12", "...: PARIS 12" */
		bool sep = s[j] == ',' || s[j] == ':' ||
		           (ascii_is_blank(s[j]) && lex_word(s, e, j + 1, "AND"));
		if (!sep)
			continue;
		size_t k = lex_skip_space(s, e, j + 1);
		if (lex_word(s, e, k, "AND"))
			k = lex_skip_space(s, e, k + 3);
		if (refs_further(o, s, e, k, false, &n))
			return n.start;
	}
	return e;
}

/* One item s[b..e) under letter (or none): a reference per cable it cites. */
static void refs_item(struct refs_out *o, const char *letter, const char *s, size_t b, size_t e)
{
	size_t p = lex_skip_space(s, e, b);
	while (p < e) {
		struct refs_cite c;
		bool cite = refs_cite_at(s, e, p, &c);
		size_t q = refs_piece_end(o, s, e, p, cite ? &c : NULL);
		refs_add(o, letter, s, p, q, cite ? &c : NULL);
		p = lex_skip_space(s, e, q);
	}
}

/* The list ends where a portion-marked sentence runs on after it: "... 2009
 * BRASILIA 1460 (U) THIS CABLE IS SENSITIVE ..." ("(U)" and "(SBU)" are no
 * reference letters), or a dashed heading. */
static size_t refs_list_end(const char *s, size_t len)
{
	for (size_t i = 1; i + 4 < len; i++) {
		if (s[i] != '(' || !ascii_is_blank(s[i - 1]))
			continue;
		size_t m = memcmp(s + i, "(U) ", 4) == 0 ? 4
		         : i + 6 < len && memcmp(s + i, "(SBU) ", 6) == 0 ? 6 : 0;
		if (m && ascii_is_alpha(s[lex_skip_space(s, len, i + m)]))
			return lex_rtrim(s, i);
	}
	/* or where an underlined heading runs on: "ABUJA 1836 ------- SUMMARY" */
	for (size_t i = 1; i + 4 <= len; i++)
		if (ascii_is_blank(s[i - 1]) && memcmp(s + i, "----", 4) == 0)
			return lex_rtrim(s, i);
	return len;
}

void refs_parse(struct arena *a, const char *s, size_t len, const struct refs_ctx *ctx,
                struct reference **refs, size_t *n, size_t *cap)
{
	struct refs_out o = { .a = a, .ctx = ctx, .refs = refs, .n = n, .cap = cap };
	len = refs_list_end(s, len);
	size_t i = lex_skip_space(s, len, 0);
	/* "REF: REF (A) MADRID 3785" */
	if (lex_word(s, len, i, "REF"))
		i = lex_skip_space(s, len, i + 3);
	char letter = 'A';
	size_t m = refs_marker(s, len, i, letter);
	if (m == 0) {
		refs_item(&o, NULL, s, i, len);
		return;
	}
	while (m) {
		size_t start = lex_skip_space(s, len, i + m), j;
		/* the letter twice, as the viewer's paragraph signs left it:
		 * "A. A) SECSTATE 52920", "B. (B) EMBASSY PARIS ..." */
		size_t again = refs_marker(s, len, start, letter);
		if (again)
			start = lex_skip_space(s, len, start + again);
		j = start;
		size_t next = 0;
		char lbl[2] = { letter, '\0' };
		letter++;
		for (; j < len && letter <= 'Z'; j++) {
			if (j > start && !ascii_is_blank(s[j - 1]) && s[j - 1] != ',' &&
			    s[j - 1] != ';' && s[j - 1] != ':')
				continue;
			next = refs_marker(s, len, j, letter);
			if (next)
				break;
		}
		refs_item(&o, lbl, s, start, next ? j : len);
		i = j;
		m = next;
	}
}
