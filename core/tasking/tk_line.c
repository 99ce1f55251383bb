/* tk_line.c - a checklist line: which words, where it ends, as text.
 *
 * In: a sentence cut into words and the word a line starts at.  Out: the
 * struct tk_line that says which words it leaves out (tk_cut_deadline(),
 * tk_cut_asides()) and where it ends (tk_line_end(): the whole clause when
 * it is short, else the best cut, never on a word that needs the next one),
 * and tk_print(), its words in the cable's arena.  tk_summary.c and
 * tk_bullets.c make their lines with it, tk_advice.c reads where a clause
 * stops; all through tk_summary_internal.h.
 */
#include "tasking/tk_summary_internal.h"

#include <string.h>
#include <strings.h>

enum {
	TK_ASIDE_WORDS = 12,        /* longest aside left out */
};

/* ---- a checklist line: which words, where it ends ---------------------- */

/* L: a line of S from word from, a long clause cut to about limit words. */
void tk_line_init(struct tk_line *L, const struct tk_sentence *S,
                  size_t from, size_t limit)
{
	memset(L->cut, 0, sizeof L->cut);
	L->S = S;
	L->from = L->min = from;
	L->stop = S->n;
	L->limit = limit;
	L->fit = limit + 4;
	L->good = limit / 2;
	L->asides = true;
}

/* Does the clause of a line end before word i: at a semicolon, a colon, a
 * dash, a parenthesis, a full stop the splitter passed ("ISN, SCA, and T.
 * Washington appreciates"), or a new subject (", we should also")? */
bool tk_line_stop(const struct tk_line *L, size_t i)
{
	static const char *const subjects[] = { "we", "i", "they", "he", "she", NULL };
	const struct tk_sentence *S = L->S;
	if (L->cut[i - 1])
		return false;       /* what it holds closed an aside or a deadline */
	bool dot = false;
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++) {
		char ch = S->s[k];
		if (ch == ';' || ch == ':' || ch == '(' || (ch == '-' && S->s[k + 1] == '-'))
			return true;
		dot = dot || ch == '.';
	}
	if (dot && tk_capitalised(S, i) && !tk_abbrev(S, i - 1) && !tk_initial(S, i - 1))
		return true;
	if (!tk_gap_comma(S, i))
		return false;
	if (tk_word_among(S, i, subjects))
		return true;
	/* ", and Embassy Madrid should report": another party's clause */
	if (tk_is(S, i, W_and))
		for (size_t k = i + 2; k < S->n && k <= i + 4; k++)
			if (tk_is(S, k, W_should) || tk_is(S, k, W_must) || tk_is(S, k, W_shall))
				return true;
	return false;
}

/* The end of the clause of word v. */
static size_t tk_line_clause(const struct tk_line *L, size_t v)
{
	size_t i = v + 1;
	if (i > L->stop)
		return v;
	while (i < L->stop && (L->cut[i] || !tk_line_stop(L, i)))
		i++;
	return i;
}

/* Does word i start a phrase or a clause ("to", "which")? */
static bool tk_starts_phrase(const struct tk_sentence *S, size_t i)
{
	return tk_word_among(S, i, tk_weak_cuts) || tk_word_among(S, i, tk_strong_cuts);
}

/* Does word i read as a gerund ("initiating", "proceeding")? */
bool tk_gerund(const struct tk_sentence *S, size_t i)
{
	return i < S->n && (S->caps || !tk_capitalised(S, i)) && tk_ing(S, i);
}

/* Is the comma before word i one of two around an aside inside a phrase
 * ("from a political, as well as technical/financial, dimension") or
 * inside a list ("EAP, NEA, ISN"): the other comma a few words off, and
 * no phrase starting after the second?  (A weak cut then.) */
static bool tk_inner_comma(const struct tk_sentence *S, size_t i)
{
	for (size_t j = i + 1; j < S->n && j < i + 7; j++)
		if (tk_gap_comma(S, j))
			return !tk_starts_phrase(S, j) && !tk_gerund(S, j);
	for (size_t j = i - 1; j > 0 && j + 7 > i; j--)
		if (tk_gap_comma(S, j))
			return !tk_starts_phrase(S, i) && !tk_gerund(S, i);
	return false;
}

/* Does word i end in "-ed" or "-ing" ("scheduled | to visit", "reports
 * indicating | that")? */
static bool tk_participle(const struct tk_sentence *S, size_t i)
{
	size_t n = S->w[i].e - S->w[i].s;
	const char *w = S->s + S->w[i].s;
	return (n > 4 && strncasecmp(w + n - 2, "ed", 2) == 0) ||
	       (n > 5 && strncasecmp(w + n - 3, "ing", 3) == 0);
}

/* May a line be cut before word i?  *strong when a clause or an aside
 * starts there (", with an eye to", "which"), not a phrase ("to", "and").
 * Not inside a name ("the Panel on Climate Change"), nor between a
 * participle and what it wants ("scheduled to visit"). */
bool tk_cut_point(const struct tk_line *L, size_t i, bool *strong)
{
	static const char *const lists[] = { "and", "or", "nor", "but", NULL };
	const struct tk_sentence *S = L->S;
	*strong = false;
	if (tk_gap_comma(S, i) && !L->cut[i - 1]) {
		bool names = !S->caps && tk_capitalised(S, i) && tk_capitalised(S, i - 1);
		bool inner = tk_inner_comma(S, i);
		if (names && inner)
			return false;   /* "of Brazil, | India, Indonesia" */
		*strong = !inner && !names && !tk_word_among(S, i, lists);
		return true;
	}
	if ((tk_is(S, i, W_to) || tk_is(S, i, W_that)) && tk_participle(S, i - 1))
		return false;
	/* "raise the concern | that excessive conditions will hinder": a
	 * noun that says nothing without its clause */
	static const char *const contents[] = {
		"concern", "concerns", "view", "message", "point", "fact", "belief",
		"assurance", "assurances", "position", "understanding", NULL,
	};
	if (tk_is(S, i, W_that) && tk_word_among(S, i - 1, contents))
		return false;
	/* "its diplomatic | and economic relations" */
	static const enum tk_wid dets[] = {
		W_the, W_a, W_an, W_its, W_their, W_our, W_his, W_her, W_your, W_NONE,
	};
	if ((tk_is(S, i, W_and) || tk_is(S, i, W_or)) && i >= 2 && tk_in(S, i - 2, dets) &&
	    !(!S->caps && tk_capitalised(S, i - 1)) &&
	    i + 2 < S->n && !tk_starts_phrase(S, i + 1) && !tk_starts_phrase(S, i + 2) &&
	    !tk_gap_comma(S, i + 1) && !tk_gap_comma(S, i + 2))
		return false;
	if (tk_word_among(S, i, tk_strong_cuts)) {
		*strong = true;
		return true;
	}
	if (!S->caps && tk_capitalised(S, i - 1) && !tk_word_among(S, i, lists) &&
	    (tk_capitalised(S, i + 1) || (tk_is(S, i + 1, W_the) && tk_capitalised(S, i + 2))))
		return false;
	return tk_word_among(S, i, tk_weak_cuts);
}

/* Leaves out the words in bytes [b, e) of the sentence (the deadline),
 * and "as soon as possible but" before them; not a date that tells which
 * thing is meant ("at their April 17 meeting"). */
void tk_cut_deadline(struct tk_line *L, size_t b, size_t e)
{
	const struct tk_sentence *S = L->S;
	size_t d = S->n;
	for (size_t i = 0; i < S->n; i++)
		if (S->w[i].s >= b && S->w[i].s < e) {
			L->cut[i] = true;
			if (d == S->n)
				d = i;
		}
	size_t after = d;
	while (after < S->n && L->cut[after])
		after++;
	/* "press him on the OMLT when they meet October 20": the clause
	 * whose verb gives the day goes with it */
	for (size_t j = d; d < S->n && j > 0 && j + 3 > d; j--) {
		if (!tk_gap_plain(S, j))
			break;
		if (tk_word_eq(S, j - 1, "when")) {
			for (size_t i = j - 1; i < d; i++)
				L->cut[i] = true;
			d = j - 1;
			break;
		}
	}
	/* "within seven business days of receipt of this cable" */
	if (after + 1 < S->n && after > d && tk_word_eq(S, after + 1, "receipt") &&
	    (tk_is(S, after, W_of) || tk_is(S, after, W_from) || tk_word_eq(S, after, "after") ||
	     tk_word_eq(S, after, "following"))) {
		size_t k = after + 2;
		if (tk_is(S, k, W_of) && (tk_is(S, k + 1, W_this) || tk_is(S, k + 1, W_the)) &&
		    k + 2 < S->n)
			k += 3;
		while (after < k)
			L->cut[after++] = true;
	}
	/* "at their April 17 meeting": a date that tells which one stays */
	bool det = false;
	for (size_t i = d >= 2 ? d - 2 : 0; i < after; i++)
		det = det || tk_is(S, i, W_the) || tk_is(S, i, W_their) || tk_is(S, i, W_its) ||
		      tk_is(S, i, W_our) || tk_is(S, i, W_this);
	if (det && after < S->n && !tk_starts_phrase(S, after) &&
	    !tk_in(S, after, tk_dangling) && tk_gap_plain(S, after)) {
		for (size_t i = d; i < after; i++)
			L->cut[i] = false;
		return;
	}
	size_t k = d;
	/* ", ideally before the Commission convenes", "preferably by" */
	if (k < S->n && k > 0 && (tk_word_eq(S, k - 1, "ideally") ||
	                          tk_word_eq(S, k - 1, "preferably")))
		L->cut[--k] = true;
	/* ", and should do so before the working group meets" */
	if (k < S->n && k >= 3 && tk_word_eq(S, k - 1, "so") && tk_word_eq(S, k - 2, "do")) {
		size_t j = k - 2;
		if (tk_is(S, j - 1, W_should) || tk_is(S, j - 1, W_to))
			j--;
		if (j > 0 && tk_is(S, j - 1, W_and))
			j--;
		while (k > j)
			L->cut[--k] = true;
	}
	/* "as soon as possible, and in any case by" */
	if (k < S->n && k >= 3 && tk_is(S, k - 3, W_in) && tk_word_eq(S, k - 2, "any") &&
	    (tk_word_eq(S, k - 1, "case") || tk_word_eq(S, k - 1, "event")))
		k -= 3;
	if (k < S->n && k > 0 && (tk_is(S, k - 1, W_or) || tk_is(S, k - 1, W_and) ||
	                          tk_word_eq(S, k - 1, "but")))
		k--;
	/* "at the earliest opportunity" */
	if (k < S->n && k >= 2 && tk_word_eq(S, k, "earliest") && tk_is(S, k - 1, W_the) &&
	    tk_is(S, k - 2, W_at))
		L->cut[k - 1] = L->cut[k - 2] = true;
	if (k < S->n && k >= 4 && tk_word_eq(S, k - 1, "possible") &&
	    tk_is(S, k - 2, W_as) && tk_word_eq(S, k - 3, "soon") && tk_is(S, k - 4, W_as))
		for (size_t i = k - 4; i < d; i++)
			L->cut[i] = true;
}

/* Leaves out the asides after the line's first word: a parenthesis of a
 * few words ("(PSI)", "(where possible)", "(1)") and the words between two
 * dashes ("on what - if any - formal response"). */
void tk_cut_asides(struct tk_line *L)
{
	const struct tk_sentence *S = L->S;
	for (size_t i = L->from + 1; i < S->n; i++) {
		bool paren = tk_gap_paren(S, i) == '(';
		if ((!paren && !tk_gap_dash(S, i)) || tk_gap_has(S, i, ';') || tk_gap_has(S, i, ':'))
			continue;   /* "value; (2) procedures": a list goes on */
		size_t j = i + 1;
		while (j <= S->n && j <= i + TK_ASIDE_WORDS &&
		       !(paren ? tk_gap_paren(S, j) == ')' : tk_gap_dash(S, j)))
			j++;
		if (j > S->n || j > i + TK_ASIDE_WORDS)
			continue;
		for (size_t k = i; k < j; k++)
			L->cut[k] = true;
		i = j;
	}
}

/* A long clause with an aside between commas before its "to", "of" or
 * "with" ("encourage China, consistent with its obligations under UNSCRs
 * 1718, 1737, and 1747, to deny overflight"): leaves the aside out.  True
 * when there was one. */
/* The words an aside after the verb opens with ("Seek, at the most senior
 * level ...,", "Stress, with the board and the minister,"). */
static const char *const tk_aside_openers[] = {
	"at", "with", "in", "on", "through", "during", "when", "where", "if", "as",
	"preferably", "ideally", NULL,
};

static bool tk_cut_commas(struct tk_line *L, size_t v, size_t ce)
{
	static const char *const joins[] = { "to", "of", "with", NULL };
	const struct tk_sentence *S = L->S;
	size_t a = v + 1;
	while (a < ce && (L->cut[a] || !tk_gap_comma(S, a)))
		a++;
	/* "Seek, at the most senior level Post judges appropriate, the
	 * government's support": an aside of three words or more right after
	 * the verb, whatever follows it (not a list: "Deliver, explain and") */
	bool opens = a == v + 1 && tk_word_among(S, a, tk_aside_openers);
	for (size_t b = a + 1; L->asides && b < ce && b <= a + 25; b++)
		if (!L->cut[b] && tk_gap_comma(S, b) &&
		    (tk_word_among(S, b, joins) || (opens && b >= a + 3))) {
			for (size_t k = a; k < b; k++)
				L->cut[k] = true;
			return true;
		}
	return false;
}

/* The end of a line from word v cut before word p, less the words it
 * should not end on ("the", "to"); 0 when what is left is too short or
 * ends on a word that needs more ("Seek", "most likely"). */
size_t tk_trim(const struct tk_line *L, size_t v, size_t p)
{
	const struct tk_sentence *S = L->S;
	size_t e = p;
	while (e > v + 1 && (L->cut[e - 1] || tk_in(S, e - 1, tk_dangling)))
		e--;
	if (e <= L->min || tk_kept(L, v, e) < 3 || tk_leans(S, e - 1))
		return 0;
	/* "to ensure that RIHS": a clause just begun; "ensure that, if the
	 * individual leaves the country": not even that */
	for (size_t k = e - 1; k > v && k + 4 > e; k--)
		if (tk_is(S, k, W_that) || tk_word_eq(S, k, "whether"))
			return 0;
	for (size_t k = v + 1; k + 1 < e; k++) {
		if (!tk_is(S, k, W_that) || !tk_gap_comma(S, k + 1))
			continue;
		size_t j = k + 2;
		while (j < S->n && !tk_gap_comma(S, j))
			j++;
		if (e <= j + 3)
			return 0;
	}
	return e;
}

/* Where to cut the long clause [v, ce): at the last clause start that
 * leaves a good line, else the last phrase start, else within a few words
 * more, else anywhere; failing all, at L->limit words less the words it
 * should not end on. */
static size_t tk_best_cut(const struct tk_line *L, size_t v, size_t ce)
{
	size_t strong_good = 0, good = 0, longer = 0, any = 0, hard = 0, n = 0;
	for (size_t p = v + 1; p < ce; p++) {
		n += !L->cut[p - 1];
		if (n > L->fit)
			break;
		if (n == L->limit && !hard)
			hard = p;
		bool strong;
		if (L->cut[p] || !tk_cut_point(L, p, &strong))
			continue;
		size_t e = tk_trim(L, v, p);
		if (!e)
			continue;
		if (n > L->limit) {
			longer = e;
		} else {
			any = e;
			if (tk_kept(L, v, e) >= L->good) {
				good = e;
				strong_good = strong ? e : strong_good;
			}
		}
	}
	size_t e = strong_good ? strong_good : good ? good : longer ? longer : any;
	if (e)
		return e;
	const struct tk_sentence *S = L->S;
	e = hard ? hard : ce;
	/* not on a word that needs more, nor inside a list of names */
	while (e > v + 4 && (L->cut[e - 1] || tk_leans(S, e - 1) || tk_abbrev(S, e - 1) ||
	                     tk_participle(S, e - 1) ||
	                     (!S->caps && tk_capitalised(S, e - 1) &&
	                      (tk_gap_comma(S, e) || tk_gap_comma(S, e - 1)))))
		e--;
	return e;
}

/* "Provide Washington's view on this point in time": the line cut
 * before the event that "in time" waits for ends before it too. */
static size_t tk_in_time(const struct tk_sentence *S, size_t v, size_t e)
{
	return e > v + 3 && tk_word_eq(S, e - 1, "time") && tk_word_eq(S, e - 2, "in") ? e - 2 : e;
}

/* "Report reactions ASAP, and in any case [before May 5]": where the
 * words [v, e) end before a hedge that only led to the deadline left out
 * after them, or e. */
static size_t tk_before_hedge(const struct tk_sentence *S, size_t v, size_t e)
{
	static const char *const hedges[][4] = {
		{ "in", "any", "case", NULL }, { "in", "any", "event", NULL },
		{ "at", "the", "latest", NULL }, { "at", "the", "very", "latest" },
	};
	for (size_t h = 0; h < sizeof hedges / sizeof hedges[0]; h++) {
		size_t n = hedges[h][3] ? 4 : 3;
		if (e < v + n + 1)
			continue;
		size_t k = 0;
		while (k < n && tk_word_eq(S, e - n + k, hedges[h][k]))
			k++;
		if (k == n)
			return e - n;
	}
	return e;
}

/* Where a line from word v ends, and (*ce) where its clause does: the
 * whole clause when it is short, else the best cut of it. */
size_t tk_line_end(struct tk_line *L, size_t v, size_t *ce)
{
	*ce = tk_line_clause(L, v);
	if (tk_kept(L, v, *ce) > L->fit && tk_cut_commas(L, v, *ce))
		*ce = tk_line_clause(L, v);
	if (tk_kept(L, v, *ce) > L->fit)
		return tk_in_time(L->S, v, tk_best_cut(L, v, *ce));
	const struct tk_sentence *S = L->S;
	size_t e = *ce;
	while (e > v + 1 && (L->cut[e - 1] || tk_in(S, e - 1, tk_dangling)))
		e--;
	size_t h = e < *ce && L->cut[e] ? tk_before_hedge(S, v, e) : e;
	if (h < e) {
		e = h;
		while (e > v + 1 && tk_in(S, e - 1, tk_dangling))
			e--;
	}
	/* "programs to prevent trafficking as well as the following": the
	 * list is not in the line */
	if (e > v + 4 && tk_word_eq(S, e - 1, "following") && tk_is(S, e - 2, W_the)) {
		size_t k = e - 2;
		if (tk_is(S, k - 1, W_as) && tk_word_eq(S, k - 2, "well") && tk_is(S, k - 3, W_as))
			k -= 3;
		else if (tk_is(S, k - 1, W_and) || tk_is(S, k - 1, W_or))
			k--;
		e = k < e - 2 && k > v + 2 ? k : e;
	}
	return tk_in_time(S, v, e);
}

/* Appends the bytes [a, b) of the sentence with white space folded. */
static size_t tk_put_gap(char *out, size_t o, const struct tk_sentence *S,
                         size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		char ch = S->s[k];
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		out[o++] = ch;
	}
	return o;
}

/* Does out[0..o) leave open what ch closes? */
static bool tk_left_open(const char *out, size_t o, char ch)
{
	int depth = 0;
	for (size_t k = 0; k < o; k++)
		depth += ch == ')' ? (out[k] == '(') - (out[k] == ')') : out[k] == '"';
	return ch == ')' ? depth > 0 : depth % 2 == 1;
}

/* The words [from, to) of L not left out, in the arena: between two words
 * the gap as written (white space folded), one space where words were
 * left out; after the last, the dot of "U.S." or the parenthesis or quote
 * it leaves open.  NULL when empty. */
char *tk_print(struct cable *c, const struct tk_line *L, size_t from, size_t to)
{
	const struct tk_sentence *S = L->S;
	if (to > S->n)
		to = S->n;
	if (from >= to)
		return NULL;
	char *out = arena_alloc(&c->arena, S->w[to - 1].e - S->w[from].s + 4);
	size_t o = 0, prev = from;
	for (size_t k = from; k < to; k++) {
		if (L->cut[k])
			continue;
		if (o && prev + 1 == k) {
			o = tk_put_gap(out, o, S, S->w[prev].e, S->w[k].s);
		} else if (o) {
			/* "Center (202-647-1512), which": the comma after the
			 * parenthesis left out stays */
			const char *g = S->s + S->w[k - 1].e;
			const char *close = memchr(g, ')', S->w[k].s - S->w[k - 1].e);
			if (close && memchr(close, ',', (size_t)(S->s + S->w[k].s - close)) &&
			    tk_gap_paren(S, prev + 1) == '(')
				out[o++] = ',';
			if (out[o - 1] != ' ')
				out[o++] = ' ';
		}
		memcpy(out + o, S->s + S->w[k].s, S->w[k].e - S->w[k].s);
		o += S->w[k].e - S->w[k].s;
		prev = k;
	}
	size_t g = S->w[prev].e, ge = prev + 1 < S->n ? S->w[prev + 1].s : S->len;
	if (o && g < ge && S->s[g] == '.' && tk_abbrev(S, prev) &&
	    memchr(S->s + S->w[prev].s, '.', S->w[prev].e - S->w[prev].s))
		out[o++] = '.';     /* "U.S." */
	else if (o && g < ge && (S->s[g] == ')' || S->s[g] == '"') &&
	         tk_left_open(out, o, S->s[g]))
		out[o++] = S->s[g];
	while (o && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' ||
	             out[o - 1] == ':' || out[o - 1] == ';'))
		o--;
	out[o] = '\0';
	return o ? out : NULL;
}
