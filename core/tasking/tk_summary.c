/* tk_summary.c - the words a tasking is shown by: quote and checklist line.
 *
 * In: a tasking sentence cut into words, what tk_match() found in it
 * (struct tk_hit) and its deadline phrase.  Out: text in the cable's arena:
 * tk_text() copies a run of words with the white space folded (the
 * deadline cut out), tk_summary() makes the checklist line ("Provide
 * Department guidance", "Consider initiating an early dialogue"), and
 * tk_clause_end() and tk_summary_end() say where such a run of words stops.
 *
 * A checklist line is an instruction of whole words: it leaves out the
 * deadline and the asides ("(PSI)", "- if any -", ", consistent with its
 * obligations under UNSCRs 1718 and 1747,"), it is cut where a clause or a
 * phrase ends and never on a word that needs the next one ("to", "the",
 * "Seek", "most likely"), it runs on past a sentence end the splitter took
 * inside "Mr." or "e.g.", and a post's advice reads as what is asked
 * ("Ensure that a NATO IPC be scheduled", "Turn up the heat").  When the
 * asks are the paragraph's bullets ("pursue the following objectives:"),
 * the line counts them and names the first ones: "Pursue 5 objectives:
 * Circulate ...; Discuss the paper".
 */
#include "tasking/tk_internal.h"

#include <stdint.h>
#include <string.h>
#include <strings.h>

enum {
	TK_LINE_CHARS = 100,        /* a line that names bullets ... */
	TK_LINE_SLACK = 10,         /* ... which its first may pass by this */
	TK_ITEM_WORDS = 8,          /* longest bullet it names */
	TK_ASIDE_WORDS = 12,        /* longest aside left out */
};

/* Copies S's words [from, to) into the arena with the white space folded,
 * leaving out the bytes [cut_b, cut_e) (the deadline). */
const char *tk_text(struct cable *c, const struct tk_sentence *S,
                    size_t from, size_t to, size_t cut_b, size_t cut_e)
{
	if (from >= to || from >= S->n)
		return NULL;
	if (to > S->n)
		to = S->n;
	size_t b = S->w[from].s, e = S->w[to - 1].e;
	/* keep a closing quote or parenthesis that belongs to the words */
	char *out = arena_alloc(&c->arena, e - b + 1);
	size_t o = 0;
	for (size_t i = b; i < e; i++) {
		if (i >= cut_b && i < cut_e)
			continue;
		char ch = S->s[i];
		/* "guidance NLT Monday, February 8, on how": the comma that
		 * closed the cut deadline goes with it */
		if (i >= cut_e && cut_e > cut_b && i > b && ch == ',') {
			size_t k = cut_e;
			while (k < i && S->s[k] == ' ')
				k++;
			if (k == i)
				continue;
		}
		if (ch == '\n' || ch == '\t' || ch == '\r')
			ch = ' ';
		if (ch == ' ' && (o == 0 || out[o - 1] == ' '))
			continue;
		/* a cut deadline leaves "intentions , so that": no space
		 * before punctuation */
		if ((ch == ',' || ch == ';' || ch == '.' || ch == ')') && o &&
		    out[o - 1] == ' ')
			o--;
		out[o++] = ch;
	}
	while (o && (out[o - 1] == ' ' || out[o - 1] == ',' || out[o - 1] == '-' ||
	             out[o - 1] == ':' || out[o - 1] == ';'))
		o--;
	out[o] = '\0';
	return o ? out : NULL;
}

/* The word index where the clause of word v ends (a full stop, a colon, a
 * semicolon, a parenthesis or a dash). */
size_t tk_clause_end(const struct tk_sentence *S, size_t v, size_t max)
{
	size_t i = v + 1;
	while (i < S->n && i < v + max) {
		bool stop = false;
		for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
			if (S->s[k] == ';' || S->s[k] == ':' || S->s[k] == '(' ||
			    (S->s[k] == '-' && k + 1 < S->w[i].s && S->s[k + 1] == '-'))
				stop = true;
		if (stop)
			break;
		i++;
	}
	return i;
}

/* Words a checklist line should not end on ("... support for"). */
static const enum tk_wid tk_dangling[] = {
	W_to, W_for, W_of, W_the, W_a, W_an, W_and, W_or, W_with, W_on, W_in,
	W_by, W_at, W_from, W_as, W_that, W_is, W_are, W_be, W_was, W_were,
	W_his, W_her, W_their, W_its, W_our, W_your, W_which, W_who, W_whose,
	W_when, W_how, W_into, W_including, W_particularly, W_while, W_about,
	W_between, W_this, W_these, W_those, W_any, W_all, W_will, W_would,
	W_could, W_should, W_can, W_may, W_not, W_also, W_NONE,
};

/* ---- words the vocabulary lacks, compared by their letters ----------- */

static bool tk_word_eq(const struct tk_sentence *S, size_t i, const char *w)
{
	if (i >= S->n)
		return false;
	size_t n = S->w[i].e - S->w[i].s;
	return strlen(w) == n && strncasecmp(S->s + S->w[i].s, w, n) == 0;
}

static bool tk_word_among(const struct tk_sentence *S, size_t i,
                          const char *const *list)
{
	for (; *list; list++)
		if (tk_word_eq(S, i, *list))
			return true;
	return false;
}

/* Words a line may be cut before: a preposition or a conjunction (not
 * "of": "the accuracy | of press reports" leaves a noun wanting) ... */
static const char *const tk_weak_cuts[] = {
	"to", "for", "in", "on", "at", "by", "with", "from", "into",
	"through", "regarding", "concerning", "during", "after", "before",
	"over", "under", "against", "between", "among", "via", "per", "within",
	"without", "toward", "towards", "about", "across", "upon", "despite",
	"and", "or", "and/or", "but", "as", NULL,
};

/* ... and where a clause starts, which is a better place */
static const char *const tk_strong_cuts[] = {
	"which", "who", "whom", "whose", "where", "while", "because", "although",
	"though", "unless", "until", "since", "whereas", "including",
	"particularly", "especially", "that", "when", "if", "we", "they", NULL,
};

/* Words a line does not end on: they need the words after them ("Seek",
 * "most likely", "consistent"); not the verbs that are nouns too
 * ("request", "note", "approach"). */
static const char *const tk_leaning[] = {
	"than", "such", "more", "most", "less", "very", "overall", "likely",
	"able", "unable", "prepared", "ready", "willing", "consistent",
	"according", "due", "prior", "related", "subject", "similar",
	"responsible", "aware", "accessible", "whether", "if", "so", "order", "addition",
	"seek", "continue", "try", "attempt", "begin", "intend", "expect",
	"ensure", "make", "take", "give", "provide", "discuss", "convey",
	"deliver", "urge", "encourage", "ask", "inform", "engage", "allow",
	"enable", "emphasize", "underscore", "explain", "indicate", "tell",
	"express", "reiterate", "confirm", "highlight", "remind", "assure",
	"reassure", "insist", "say", "believe", "agree", "suggest",
	"recommend", "argue", "clarify", "been", "being", "e.g", "i.e", "no",
	"nos", NULL,
};

/* Abbreviations a name follows ("Mr. Blackwood", "Lt. Gen"). */
static const char *const tk_titles[] = {
	"mr", "mrs", "ms", "messrs", "dr", "amb", "gen", "lt", "col", "maj",
	"capt", "cdr", "adm", "sen", "rep", "gov", "prof", "st", NULL,
};

/* Abbreviations a sentence goes on after ("e.g. NGOs", "No. 5"). */
static const char *const tk_inner_abbrevs[] = {
	"e.g", "i.e", "cf", "viz", "no", "nos", "para", "paras", "ref", "refs",
	"vs", "approx", "etc", NULL,
};

/* Verbs of a statement rather than of a request ("that he would be",
 * "that X is"). */
static const char *const tk_finite[] = {
	"would", "should", "will", "could", "can", "may", "might", "must",
	"shall", "is", "are", "was", "were", "has", "have", "had", "does", "do",
	"did", NULL,
};

/* A post that a bullet tells what to do ("Post should circulate"). */
static const enum tk_wid tk_post_words[] = {
	W_post, W_posts, W_embassy, W_embassies, W_mission, W_missions,
	W_consulate, W_consulates, W_usdel, W_usun, W_usmission, W_NONE,
};

/* Is word i the "g" of "e.g" or the "e" of "i.e" (words of one letter
 * each)? */
static bool tk_eg(const struct tk_sentence *S, size_t i)
{
	return i > 0 && i < S->n && S->w[i].e - S->w[i].s == 1 &&
	       S->w[i - 1].e - S->w[i - 1].s == 1 && S->w[i].s == S->w[i - 1].e + 1 &&
	       S->s[S->w[i - 1].e] == '.' &&
	       ((tk_word_eq(S, i - 1, "e") && tk_word_eq(S, i, "g")) ||
	        (tk_word_eq(S, i - 1, "i") && tk_word_eq(S, i, "e")));
}

/* Does a line ending on word i need more words ("to", "Seek", "most
 * likely", "Afghanistan's")? */
static bool tk_leans(const struct tk_sentence *S, size_t i)
{
	return tk_in(S, i, tk_dangling) || tk_word_among(S, i, tk_weak_cuts) ||
	       tk_word_among(S, i, tk_strong_cuts) || tk_word_among(S, i, tk_leaning) ||
	       tk_word_among(S, i, tk_titles) || tk_eg(S, i) ||
	       (i < S->n && tk_possessive(S, i));
}

/* Is word i an abbreviation ("U.S", "Mr", "e.g")? */
static bool tk_abbrev(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n)
		return false;
	return memchr(S->s + S->w[i].s, '.', S->w[i].e - S->w[i].s) ||
	       tk_word_among(S, i, tk_titles) || tk_word_among(S, i, tk_inner_abbrevs) ||
	       tk_eg(S, i);
}

/* Is word i the initial of a name ("John F. Kennedy"), not an office at
 * the end of a list ("ISN, SCA, and T.")? */
static bool tk_initial(const struct tk_sentence *S, size_t i)
{
	return S->w[i].e - S->w[i].s == 1 && isupper((unsigned char)S->s[S->w[i].s]) &&
	       i > 0 && tk_capitalised(S, i - 1) && !tk_is(S, i - 1, W_and) &&
	       !tk_is(S, i - 1, W_or) && !tk_gap_has(S, i, ',');
}

/* The gap before word i holds a comma and then white space ("X, Y", not
 * "310,000" or "Iran,s attempt"). */
static bool tk_gap_comma(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k + 1 < S->w[i].s; k++)
		if (S->s[k] == ',' && (S->s[k + 1] == ' ' || S->s[k + 1] == '\n' ||
		                       S->s[k + 1] == '\t'))
			return true;
	return false;
}

/* Is the gap before word i a dash ("what - if any - formal", "makers --
 * including")? */
static bool tk_gap_dash(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i >= S->n)
		return false;
	for (size_t k = S->w[i - 1].e; k + 1 < S->w[i].s; k++)
		if (S->s[k] == '-' && (S->s[k + 1] == '-' ||
		    (S->s[k + 1] == ' ' && k > S->w[i - 1].e && S->s[k - 1] == ' ')))
			return true;
	return false;
}

/* The last parenthesis in the gap before word i (after the last word when
 * i is S->n), or 0. */
static char tk_gap_paren(const struct tk_sentence *S, size_t i)
{
	if (i == 0 || i > S->n)
		return 0;
	char last = 0;
	size_t e = i < S->n ? S->w[i].s : S->len;
	for (size_t k = S->w[i - 1].e; k < e; k++)
		if (S->s[k] == '(' || S->s[k] == ')')
			last = S->s[k];
	return last;
}

/* Is the gap before word i white space only? */
static bool tk_gap_plain(const struct tk_sentence *S, size_t i)
{
	for (size_t k = S->w[i - 1].e; k < S->w[i].s; k++)
		if (S->s[k] != ' ' && S->s[k] != '\n' && S->s[k] != '\t')
			return false;
	return true;
}

/* ---- a checklist line: which words, where it ends ---------------------- */

struct tk_line {
	const struct tk_sentence *S;
	size_t from;                /* its first word */
	size_t stop;                /* no word at or after this one */
	size_t min;                 /* it ends after this word */
	size_t limit;               /* words a long clause is cut to */
	size_t fit;                 /* a clause of up to this many is whole */
	size_t good;                /* a cut that leaves this many is good */
	bool asides;                /* leave out an aside between commas */
	bool cut[TK_MAX_WORDS];     /* words left out (deadline, asides) */
};

static void tk_line_init(struct tk_line *L, const struct tk_sentence *S,
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

/* The words of [a, b) not left out. */
static size_t tk_kept(const struct tk_line *L, size_t a, size_t b)
{
	size_t n = 0;
	for (size_t i = a; i < b && i < L->stop; i++)
		n += !L->cut[i];
	return n;
}

/* Does the clause of a line end before word i: at a semicolon, a colon, a
 * dash, a parenthesis, a full stop the splitter passed ("ISN, SCA, and T.
 * Washington appreciates"), or a new subject (", we should also")? */
static bool tk_line_stop(const struct tk_line *L, size_t i)
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
	return tk_gap_comma(S, i) && tk_word_among(S, i, subjects);
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
static bool tk_gerund(const struct tk_sentence *S, size_t i)
{
	if (i >= S->n || (!S->caps && tk_capitalised(S, i)))
		return false;
	size_t b = S->w[i].s, e = S->w[i].e;
	return e - b > 5 && strncasecmp(S->s + e - 3, "ing", 3) == 0;
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
static bool tk_cut_point(const struct tk_line *L, size_t i, bool *strong)
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
static void tk_cut_deadline(struct tk_line *L, size_t b, size_t e)
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
	if (k < S->n && k > 0 && (tk_is(S, k - 1, W_or) || tk_is(S, k - 1, W_and) ||
	                          tk_word_eq(S, k - 1, "but")))
		k--;
	if (k < S->n && k >= 4 && tk_word_eq(S, k - 1, "possible") &&
	    tk_is(S, k - 2, W_as) && tk_word_eq(S, k - 3, "soon") && tk_is(S, k - 4, W_as))
		for (size_t i = k - 4; i < d; i++)
			L->cut[i] = true;
}

/* Leaves out the asides after the line's first word: a parenthesis of a
 * few words ("(PSI)", "(where possible)", "(1)") and the words between two
 * dashes ("on what - if any - formal response"). */
static void tk_cut_asides(struct tk_line *L)
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
static bool tk_cut_commas(struct tk_line *L, size_t v, size_t ce)
{
	static const char *const joins[] = { "to", "of", "with", NULL };
	const struct tk_sentence *S = L->S;
	size_t a = v + 2;
	while (a < ce && (L->cut[a] || !tk_gap_comma(S, a)))
		a++;
	for (size_t b = a + 1; L->asides && b < ce && b <= a + 25; b++)
		if (!L->cut[b] && tk_gap_comma(S, b) && tk_word_among(S, b, joins)) {
			for (size_t k = a; k < b; k++)
				L->cut[k] = true;
			return true;
		}
	return false;
}

/* The end of a line from word v cut before word p, less the words it
 * should not end on ("the", "to"); 0 when what is left is too short or
 * ends on a word that needs more ("Seek", "most likely"). */
static size_t tk_trim(const struct tk_line *L, size_t v, size_t p)
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

/* Where a line from word v ends, and (*ce) where its clause does: the
 * whole clause when it is short, else the best cut of it. */
static size_t tk_line_end(struct tk_line *L, size_t v, size_t *ce)
{
	*ce = tk_line_clause(L, v);
	if (tk_kept(L, v, *ce) > L->fit && tk_cut_commas(L, v, *ce))
		*ce = tk_line_clause(L, v);
	if (tk_kept(L, v, *ce) > L->fit)
		return tk_best_cut(L, v, *ce);
	const struct tk_sentence *S = L->S;
	size_t e = *ce;
	while (e > v + 1 && (L->cut[e - 1] || tk_in(S, e - 1, tk_dangling)))
		e--;
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
	return e;
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
static char *tk_print(struct cable *c, const struct tk_line *L, size_t from, size_t to)
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

/* ---- how a post's advice reads as an instruction --------------------- */

/* A subject at word k of a post's advice and the word index of its verb,
 * or k when the words at k are no such subject: the US side ("that
 * Washington strongly consider", "you frame our goals", "SecDef also
 * emphasize", "DOD and State officials raise", "Washington to explore") or
 * a post ("Request Embassy Berlin approach"). */
static size_t tk_us_subject(const struct tk_sentence *S, size_t k)
{
	const enum tk_wid *us = tk_us_words;
	static const enum tk_wid roles[] = {
		W_agencies, W_officials, W_interlocutors, W_policymakers,
		W_principals, W_leaders, W_NONE,
	};
	static const enum tk_wid modals[] = {
		W_could, W_would, W_should, W_will, W_can, W_to, W_NONE,
	};
	size_t i = k;
	if (tk_is(S, i, W_the))
		i++;
	if (!tk_in(S, i, us) && !tk_in(S, i, tk_post_words))
		return k;
	i++;
	/* "Secretary Gates", "DOD and State officials", "USG agencies" */
	while (i < S->n) {
		if (tk_in(S, i, us) || tk_in(S, i, roles) ||
		    (!S->caps && tk_capitalised(S, i) && !tk_gap_has(S, i, ',')))
			i++;
		else if (tk_is(S, i, W_and) && (tk_in(S, i + 1, us) || tk_capitalised(S, i + 1)))
			i++;
		else
			break;
	}
	/* "Department guidance", "Washington's view": a noun, not a subject */
	if (tk_possessive(S, i - 1) || tk_in(S, i, tk_request_nouns))
		return k;
	while (tk_in(S, i, tk_modal_adverbs) || tk_in(S, i, modals))
		i++;
	/* "the TFTP and data privacy experts": no verb follows */
	if (i >= S->n || S->w[i].id == W_please || tk_gap_has(S, i, ',') ||
	    (!S->caps && tk_capitalised(S, i)) || tk_in(S, i, tk_request_nouns) ||
	    tk_in(S, i, tk_dangling) || tk_word_among(S, i, tk_weak_cuts))
		return k;
	return i;
}

/* Is w a verb of advice ("we recommend high level approaches")? */
static bool tk_advice(enum tk_wid w)
{
	return w == W_recommend || w == W_recommends || w == W_suggest ||
	       w == W_suggests || w == W_propose || w == W_proposes;
}

/* "it is time Washington turns up the heat", "it is time for the GOK to
 * act": what is asked.  The US side's part reads as an instruction ("Turn
 * up the heat"); another's keeps its name ("The GOK: act").  False when
 * the words at L->from say no such thing. */
static bool tk_time_lead(struct cable *c, struct tk_line *L, const char **lead,
                         bool *deinflect)
{
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	if (!(tk_is(S, f, W_it) && tk_is(S, f + 1, W_is) && tk_word_eq(S, f + 2, "time")))
		return false;
	size_t j = f + 3;
	if (tk_is(S, j, W_to)) {
		L->from = j + 1;    /* "it is time to act" */
		return true;
	}
	if (tk_is(S, j, W_that))
		j++;
	bool inf = tk_is(S, j, W_for);
	j += inf;
	size_t v = tk_us_subject(S, j);
	if (v > j) {
		L->from = v;
		*deinflect = !inf;
		return true;
	}
	/* the subject: up to its "to"; else a name, or a noun after "the" */
	size_t k = j + (tk_is(S, j, W_the) || tk_is(S, j, W_a));
	while (inf && k < L->stop && k < j + 6 && !tk_is(S, k, W_to))
		k++;
	while (!inf && k < L->stop && !S->caps && tk_capitalised(S, k))
		k++;
	if (!inf && k == j + 1 && k + 1 < L->stop && S->s[S->w[k + 1].e - 1] == 's')
		k++;        /* "it is time the ministry publishes" */
	if (k == j || (inf && !tk_is(S, k, W_to)) || k + inf >= L->stop)
		return false;
	const char *name = tk_print(c, L, j, k);
	if (!name)
		return false;
	L->from = k + inf;
	*deinflect = !inf;
	*lead = arena_printf(&c->arena, "%s:", name);
	return true;
}

/* The words after a post's advice that are a clause of their own ("we
 * recommend that ..."): the lead that makes them an instruction.  After
 * "in addition to ...," the clause's own subject; "that X be ..." or "that
 * X begin ..." asks to see to it ("Ensure that"); "that X would be ..."
 * is a view to weigh ("Consider that"). */
static const char *tk_clause_lead(struct tk_line *L)
{
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	if (tk_word_among(S, f, tk_weak_cuts)) {
		size_t j = f + 1;
		while (j < L->stop && j < f + 20 && !tk_gap_comma(S, j))
			j++;
		if (j < L->stop && j < f + 20) {
			size_t v = tk_us_subject(S, j);
			L->from = L->min = v;
			if (v > j)
				return NULL;    /* "..., we also convey" */
			f = j;
		}
	}
	/* "which the Ambassador suggests will help": the subject went before */
	if (tk_word_among(S, f, tk_finite))
		return "Consider that this";
	size_t kept = 0;
	for (size_t i = f + 1; i < L->stop && kept < 16; i++) {
		if (L->cut[i])
			continue;
		kept++;
		if (tk_word_among(S, i, tk_strong_cuts) || tk_gap_comma(S, i))
			break;
		if (tk_is(S, i, W_be) || tk_is(S, i, W_not)) {
			L->min = i + 1;
			return "Ensure that";
		}
		if (tk_word_among(S, i, tk_finite)) {
			L->min = i + 1;
			return "Consider that";
		}
	}
	L->min = f + 1;
	return "Ensure that";
}

/* Does the advice's object hold a verb of its own, "be" after a subject
 * ("recommends a letter (to be prepared by Post) from INL be sent")? */
static bool tk_subjunctive(const struct tk_line *L)
{
	static const char *const before[] = {
		"to", "will", "would", "should", "could", "can", "may", "might",
		"must", "not", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t kept = 0;
	for (size_t i = L->from + 1; i < L->stop && kept < 16; i++) {
		if (L->cut[i])
			continue;
		kept++;
		if (tk_word_among(S, i, tk_strong_cuts) || tk_gap_comma(S, i) || tk_line_stop(L, i))
			return false;
		if (tk_is(S, i, W_be))
			return !tk_word_among(S, i - 1, before);
	}
	return false;
}

/* The lead that makes a post's request for a thing an instruction, for
 * the words from L->from on (which it may move): "we recommend that
 * Washington consider X" -> "Consider X"; "we urge the RTG to issue" ->
 * "Urge ..."; "we recommend initiating" -> "Consider initiating"; "Post
 * requests Department guidance" -> "Provide ..."; NULL when the words are
 * the instruction. */
static const char *tk_lead(struct cable *c, struct tk_line *L,
                           const struct tk_hit *hit, bool *deinflect)
{
	static const char *const pronouns[] = { "he", "she", "they", "it", NULL };
	const struct tk_sentence *S = L->S;
	size_t f = L->from;
	*deinflect = false;
	if (!hit->object_only || tk_is(S, f, W_to))
		return NULL;
	size_t v = tk_us_subject(S, f);
	if (v > f) {
		L->from = v;            /* the clause's own verb */
		return NULL;
	}
	const char *lead = NULL;
	if (tk_time_lead(c, L, &lead, deinflect))
		return lead;
	/* "which the Ambassador suggests will help": the subject went before */
	if (tk_word_among(S, f, tk_finite))
		return "Consider that this";
	/* "Post would welcome and be happy to assist": the second verb asks */
	if ((tk_is(S, f, W_and) || tk_is(S, f, W_or)) && f + 1 < L->stop) {
		L->from = f + 1;
		return NULL;
	}
	if ((f > 0 && tk_is(S, f - 1, W_that)) || tk_word_among(S, f, pronouns))
		return tk_clause_lead(L);
	if (hit->ask == W_urge || hit->ask == W_urges)
		return "Urge";          /* "we urge the RTG to issue" */
	if (hit->ask == W_encourage || hit->ask == W_encourages)
		return "Encourage";
	if (hit->ask == W_ask || hit->ask == W_asks)
		return "Ask";
	if (tk_gerund(S, f))
		return "Consider";
	if (tk_advice(hit->ask) && tk_subjunctive(L))
		return tk_clause_lead(L);
	if (tk_is(S, f, W_for) && f + 1 < L->stop)
		L->from = f + 1;        /* "recommend, therefore, for the invitation" */
	return tk_advice(hit->ask) ? "Consider" : "Provide";
}

/* "Embassies in Paris, London, and Doha pursue": the places named before
 * the verb are no part of the action. */
static size_t tk_skip_places(const struct tk_sentence *S, size_t f)
{
	if (S->caps || !(tk_is(S, f, W_in) || tk_is(S, f, W_at)) || !tk_capitalised(S, f + 1))
		return f;
	size_t k = f + 1;
	while (k < S->n && (tk_capitalised(S, k) || tk_is(S, k, W_and)))
		k++;
	return k < S->n && k < f + 16 ? k : f;
}

/* "turns up the heat" -> "turn up the heat": the first word of s less the
 * -s of the third person. */
static void tk_deinflect(char *s)
{
	size_t n = strcspn(s, " "), drop = 1;
	if (n < 4 || s[n - 1] != 's' || s[n - 2] == 's' || s[n - 2] == 'u' || s[n - 2] == 'i')
		return;
	if (n > 4 && strncmp(s + n - 3, "ies", 3) == 0) {
		s[n - 3] = 'y';
		drop = 2;
	} else if (s[n - 2] == 'e' && (s[n - 3] == 'x' || s[n - 3] == 'z' || s[n - 3] == 'o' ||
	                               (s[n - 3] == 'h' && (s[n - 4] == 'c' || s[n - 4] == 's')) ||
	                               (s[n - 3] == 's' && s[n - 4] == 's'))) {
		drop = 2;           /* "pushes", "passes", "goes" */
	}
	memmove(s + n - drop, s + n, strlen(s + n) + 1);
}

/* ---- a sentence the splitter ended at an abbreviation ----------------- */

/* Does the prose at s start with a word that opens sentences? */
static bool tk_opens(const char *s)
{
	static const char *const openers[] = {
		"the", "this", "that", "these", "those", "we", "he", "she", "it",
		"they", "i", "you", "in", "on", "at", "but", "and", "however", "a",
		"an", "our", "his", "her", "their", "its", "if", "as", "for", "when",
		"while", "after", "before", "there", "post", "posts", "please",
		"washington", "department", "end", "begin", "comment", "note", NULL,
	};
	size_t n = 0;
	while (isalpha((unsigned char)s[n]))
		n++;
	for (const char *const *o = openers; *o; o++)
		if (strlen(*o) == n && strncasecmp(s, *o, n) == 0)
			return true;
	return false;
}

/* The sentence S runs on when the splitter ended it at "Mr." or "e.g."
 * (or at "U.S." before a word that opens no sentence): *on is S with the
 * words up to its real end, and true.  S lies in NUL-terminated prose (a
 * paragraph's or a node's text, as tk_paragraph.c and tk_pointers.c cut
 * it), so the bytes after it may be read. */
static bool tk_run_on(const struct tk_sentence *S, struct tk_sentence *on)
{
	static const char *const always[] = { "e.g", "i.e", "cf", "viz", NULL };
	const struct tk_sentence *cur = S;
	size_t len = S->len;
	for (int round = 0; round < 4; round++) {
		size_t n = cur->n;
		if (n == 0 || len == 0 || cur->s[len - 1] != '.' || cur->w[n - 1].e != len - 1)
			break;
		size_t j = len;
		while (cur->s[j] == ' ' || cur->s[j] == '\t')
			j++;
		if (!isupper((unsigned char)cur->s[j]))
			break;
		const char *w = cur->s + cur->w[n - 1].s;
		bool dotted = memchr(w, '.', cur->w[n - 1].e - cur->w[n - 1].s) != NULL;
		/* "Circular No. A-12" */
		bool number = (tk_word_eq(cur, n - 1, "no") || tk_word_eq(cur, n - 1, "nos")) &&
		              strpbrk(cur->s + j, "0123456789") &&
		              strpbrk(cur->s + j, "0123456789") < cur->s + j + strcspn(cur->s + j, " \n");
		if (!tk_word_among(cur, n - 1, tk_titles) && !tk_word_among(cur, n - 1, always) &&
		    !tk_eg(cur, n - 1) && !number && !(dotted && !tk_opens(cur->s + j)))
			break;
		size_t e = tk_sentence_end(S->s, j + strnlen(S->s + j, 4096), j);
		on->V = S->V;
		tk_words(on, S->s, e);
		cur = on;
		len = e;
	}
	return cur == on && on->n > S->n && on->w[S->n - 1].s == S->w[S->n - 1].s;
}

/* ---- a line that names the bullets ------------------------------------ */

/* The prose that holds a sentence (a paragraph's text or a node's) and the
 * nodes under it. */
struct tk_holder {
	const char *text;
	const struct node *kids;
	size_t nkids;
};

static bool tk_holds(const char *text, const char *s, const struct node *kids,
                     size_t nkids, struct tk_holder *h)
{
	uintptr_t t = (uintptr_t)text, p = (uintptr_t)s;
	if (!text || p < t || p - t >= strlen(text))
		return false;
	h->text = text;
	h->kids = kids;
	h->nkids = nkids;
	return true;
}

static bool tk_holder_in(const struct node *kids, size_t n, const char *s,
                         struct tk_holder *h)
{
	for (size_t i = 0; i < n; i++)
		if (tk_holds(kids[i].text, s, kids[i].children, kids[i].nchildren, h) ||
		    tk_holder_in(kids[i].children, kids[i].nchildren, s, h))
			return true;
	return false;
}

static bool tk_holder(const struct cable *c, const char *s, struct tk_holder *h)
{
	for (size_t i = 0; i < c->nparas; i++) {
		const struct paragraph *p = &c->paras[i];
		if (tk_holds(p->text, s, p->children, p->nchildren, h) ||
		    tk_holder_in(p->children, p->nchildren, s, h))
			return true;
	}
	return false;
}

static bool tk_is_item(const struct node *k)
{
	return (k->kind == NODE_BULLET || k->kind == NODE_ITEM) && k->text && *k->text;
}

/* B: the first sentence of a bullet's text (on past "Dr."). */
static void tk_item_words(struct tk_sentence *B, const char *text)
{
	struct tk_sentence on;
	tk_words(B, text, tk_sentence_end(text, strlen(text), 0));
	if (tk_run_on(B, &on))
		*B = on;
}

/* Where a bullet's ask starts: after a parenthesis ("(For Turkey)",
 * "(S/NF)") and a post that is told ("Post should"); *told when one is. */
static size_t tk_item_start(const struct tk_sentence *B, bool *told)
{
	static const char *const modals[] = {
		"should", "must", "shall", "will", "may", "can", NULL,
	};
	size_t i = 0, k;
	*told = false;
	if (B->n && memchr(B->s, '(', B->w[0].s)) {
		for (k = 1; k < B->n && k < 8 && tk_gap_paren(B, k) != ')'; k++)
			;
		i = k < B->n && k < 8 ? k : 0;
	}
	if (!tk_in(B, i, tk_post_words))
		return i;
	for (k = i + 1; k < B->n && k < i + 4 && tk_capitalised(B, k) &&
	     !tk_word_among(B, k, modals); k++)
		;
	if (!tk_word_among(B, k, modals))
		return i;
	for (k++; tk_in(B, k, tk_modal_adverbs); k++)
		;
	*told = true;
	return k;
}

/* Does a bullet read as an ask (a thing to do or to ask, a question)
 * rather than a point to make ("We remain concerned", "Spain should
 * work")? */
static bool tk_item_asks(const struct tk_sentence *B)
{
	static const char *const persons[] = {
		"we", "i", "you", "he", "she", "it", "they", "this", "these", "those",
		"there", "our", "my", NULL,
	};
	/* "Inform French officials we have information": a clause of its own */
	static const char *const relatives[] = {
		"who", "which", "that", "we", "they", "he", "she", "it", "i", "you", NULL,
	};
	bool told;
	size_t i = tk_item_start(B, &told);
	if (i >= B->n)
		return false;
	if (told || memchr(B->s, '?', B->len))
		return true;
	if (tk_word_among(B, i, persons))
		return false;
	for (size_t k = i + 1; k < B->n && k < i + 6 && !tk_word_among(B, k, relatives); k++)
		if (tk_word_among(B, k, tk_finite) || tk_word_eq(B, k, "needs") ||
		    tk_word_eq(B, k, "remains"))
			return false;
	return true;
}

/* How many bullets and items are under h when they are the asks (the
 * first one and half of them read as asks), else 0. */
static size_t tk_asks_count(const struct tk_sentence *S, const struct tk_holder *h)
{
	struct tk_sentence B;
	B.V = S->V;
	size_t n = 0, asks = 0;
	bool first = false;
	for (size_t i = 0; i < h->nkids; i++) {
		if (!tk_is_item(&h->kids[i]))
			continue;
		tk_item_words(&B, h->kids[i].text);
		bool a = tk_item_asks(&B);
		first = n ? first : a;
		asks += a;
		n++;
	}
	return first && asks * 2 >= n ? n : 0;
}

/* The ask of bullet B in at most room bytes, capitalised: its first words
 * up to a cut ("Circulate in the PC Security Committee the nonpaper"),
 * fewer when they do not fit; NULL when not even least words do. */
static char *tk_item_text(struct cable *c, const struct tk_sentence *B, size_t room,
                          size_t least)
{
	bool told;
	size_t i = tk_item_start(B, &told);
	if (i >= B->n)
		return NULL;
	struct tk_line L;
	tk_line_init(&L, B, i, TK_ITEM_WORDS);
	L.fit = TK_ITEM_WORDS + 6;
	tk_cut_asides(&L);
	size_t ce, e = tk_line_end(&L, i, &ce);
	char *t = tk_print(c, &L, i, e);
	while (t && strlen(t) > room) {
		size_t p = e - 1, ne = 0;
		bool strong;
		for (; p > i + 1 && !ne; p--)
			if (!L.cut[p] && tk_cut_point(&L, p, &strong))
				ne = tk_trim(&L, i, p);
		if (!ne || ne >= e || tk_kept(&L, i, ne) < least)
			return NULL;
		e = ne;
		t = tk_print(c, &L, i, e);
	}
	if (t && islower((unsigned char)t[0]))
		t[0] = (char)toupper((unsigned char)t[0]);
	return t;
}

/* head, then ": " and the asks of the bullets under h that fit in
 * TK_LINE_CHARS less used bytes, "; " between them. */
static char *tk_items_line(struct cable *c, const struct tk_sentence *S,
                           const struct tk_holder *h, const char *head, size_t used)
{
	struct tk_sentence B;
	B.V = S->V;
	char *line = arena_strdup(&c->arena, head);
	size_t len = used + strlen(head);
	bool first = true;
	for (size_t i = 0; i < h->nkids; i++) {
		size_t max = TK_LINE_CHARS + (first ? TK_LINE_SLACK : 0);
		if (len + 2 >= max)
			break;
		if (!tk_is_item(&h->kids[i]))
			continue;
		tk_item_words(&B, h->kids[i].text);
		/* "Will the threat": a later question is named whole or not */
		bool question = B.len && B.s[B.len - 1] == '?';
		char *item = tk_item_text(c, &B, max - len - 2,
		                          first || !question ? 3 : TK_MAX_WORDS);
		if (!item)
			break;
		line = arena_printf(&c->arena, "%s%s%s", line, first ? ": " : "; ", item);
		len += 2 + strlen(item);
		first = false;
	}
	return line;
}

/* "pursue the following objectives to ensure" -> "pursue 5 objectives";
 * "the following as next steps" -> "5 next steps"; "seek to achieve the
 * following" stays. */
static char *tk_head_following(struct cable *c, const struct tk_line *L,
                               size_t f, size_t ce, size_t n)
{
	const struct tk_sentence *S = L->S;
	size_t det = f > L->from && (tk_is(S, f - 1, W_the) || tk_is(S, f - 1, W_these)) ?
	             f - 1 : f;
	size_t a = f + 1 + tk_is(S, f + 1, W_as), b = a;
	while (b < ce && b < a + 3 && !L->cut[b] && !tk_leans(S, b) &&
	       !tk_line_stop(L, b) && !(b > a && tk_gap_comma(S, b)))
		b++;
	if (b == a)
		return tk_print(c, L, L->from, f + 1);
	const char *verb = tk_print(c, L, L->from, det);
	const char *noun = tk_print(c, L, a, b);
	return verb ? arena_printf(&c->arena, "%s %zu %s", verb, n, noun)
	            : arena_printf(&c->arena, "%zu %s", n, noun);
}

/* "pursue the objectives set out below" -> "pursue 8 objectives". */
static char *tk_head_below(struct cable *c, const struct tk_line *L, size_t b, size_t n)
{
	static const char *const placed[] = {
		"set", "out", "listed", "outlined", "described", "shown", "given",
		"contained", "provided", "presented", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t k = b;
	while (k > L->from + 1 && tk_word_among(S, k - 1, placed))
		k--;
	size_t d = k - 1;
	while (d > L->from && d + 4 > k && !tk_is(S, d, W_the) && !tk_is(S, d, W_these))
		d--;
	if (d + 1 >= k || !(tk_is(S, d, W_the) || tk_is(S, d, W_these)))
		return tk_print(c, L, L->from, b + 1);
	const char *verb = tk_print(c, L, L->from, d);
	const char *noun = tk_print(c, L, d + 1, k);
	return verb ? arena_printf(&c->arena, "%s %zu %s", verb, n, noun)
	            : arena_printf(&c->arena, "%zu %s", n, noun);
}

/* When the asks are the bullets under the sentence ("pursue the following
 * objectives:", "the objectives set out below", "draw on ... to:"): the
 * line that counts and names them; else NULL.  ce: where the line's clause
 * ends; used: the bytes of the lead before it. */
static char *tk_bullet_line(struct cable *c, const struct tk_line *L, size_t ce,
                            size_t used)
{
	static const char *const times[] = {
		"day", "days", "week", "weeks", "month", "months", "year", "years",
		"period", NULL,
	};
	const struct tk_sentence *S = L->S;
	size_t follow = S->n, below = S->n, kept = 0;
	for (size_t k = L->from; k < ce && kept < L->limit; k++) {
		kept += !L->cut[k];
		/* not "over the following months" */
		if (follow == S->n && !L->cut[k] && tk_word_eq(S, k, "following") &&
		    !tk_word_among(S, k + 1, times))
			follow = k;
		if (below == S->n && !L->cut[k] && tk_word_eq(S, k, "below"))
			below = k;
	}
	const char *tail = S->n ? S->s + S->w[S->n - 1].e : S->s;
	bool colon = ce == S->n && memchr(tail, ':', (size_t)(S->s + S->len - tail)) &&
	             tk_kept(L, L->from, ce) <= L->fit;
	struct tk_holder h;
	if ((follow == S->n && below == S->n && !colon) || !tk_holder(c, S->s, &h))
		return NULL;
	/* "the following actions: -- In addition ...": the list is inline */
	const char *rest = S->s + S->w[ce - 1].e;
	rest += strspn(rest, " \t\n:");
	if (*rest == '-')
		return NULL;
	size_t n = tk_asks_count(S, &h);
	if (n < 2)
		return NULL;
	char *head = follow < S->n ? tk_head_following(c, L, follow, ce, n)
	           : below < S->n ? tk_head_below(c, L, below, n)
	           : tk_print(c, L, L->from, ce);
	return head ? tk_items_line(c, S, &h, head, used) : NULL;
}

/* ---- the checklist line ------------------------------------------------ */

/* Where a checklist line from word v ends (for a paragraph another points
 * to, whose first sentence is its line): the clause's end when it is
 * short, else a cut where a clause or a phrase starts. */
size_t tk_summary_end(const struct tk_sentence *S, size_t v)
{
	struct tk_line L;
	tk_line_init(&L, S, v, TK_SUMMARY_WORDS);
	L.asides = false;           /* the caller copies the words as they are */
	size_t ce;
	return tk_line_end(&L, v, &ce);
}

/* A checklist line: "approach host-country officials to pursue the
 * objectives", "provide guidance on how to respond to Aliyev's concerns".
 * A post's recommendation reads as what Washington is to do: "we
 * recommend that Washington strongly consider the following actions" ->
 * "Consider the following actions"; "we recommend initiating an early
 * dialogue" -> "Consider initiating an early dialogue"; "Post requests
 * Department guidance" -> "Provide Department guidance"; "Post recommends
 * that he be invited" -> "Ensure that he be invited". */
const char *tk_summary(struct cable *c, const struct tk_sentence *S0,
                       const struct tk_hit *hit, const struct deadline *dl,
                       bool have_dl)
{
	struct tk_sentence on;
	const struct tk_sentence *S = tk_run_on(S0, &on) ? &on : S0;
	size_t from = hit->verb;
	/* "please" and adverbs are not the action */
	while (from < S->n && (tk_is(S, from, W_please) || tk_in(S, from, tk_modal_adverbs)))
		from++;
	struct tk_line L;
	tk_line_init(&L, S, tk_skip_places(S, from), TK_SUMMARY_WORDS);
	if (have_dl)
		tk_cut_deadline(&L, dl->start, dl->start + dl->len);
	tk_cut_asides(&L);
	const char *lead;
	bool deinflect = false;
	if (hit->verb_end > hit->verb && hit->verb == hit->quote_from) {
		/* "The Department's guidance ... is requested": the subject */
		if (tk_is(S, L.from, W_the) || tk_is(S, L.from, W_a) || tk_is(S, L.from, W_an))
			L.from++;
		L.stop = hit->verb_end >= 2 && hit->verb_end - 2 > L.from ? hit->verb_end - 2
		                                                          : L.from + 1;
		lead = "Provide";
	} else {
		lead = tk_lead(c, &L, hit, &deinflect);
	}
	/* "Post's first priority must be to determine": the verb after */
	if (!lead && tk_is(S, L.from, W_be) && tk_is(S, L.from + 1, W_to) && L.from + 2 < L.stop)
		L.from = L.min = L.from + 2;
	/* "Post should not make": "Do not make"; "instructs post not to do so" */
	if (!lead && tk_is(S, L.from, W_not)) {
		lead = "Do";
		if (tk_is(S, L.from + 1, W_to))
			L.cut[L.from + 1] = true;
	}
	size_t ce, to = tk_line_end(&L, L.from, &ce);
	char *body = tk_bullet_line(c, &L, ce, lead ? strlen(lead) + 1 : 0);
	/* "respond NLT October 15 -- to include its views", "seek to:": too
	 * short, or on a word that needs more: the line runs on */
	if (!body && ce < L.stop && (tk_kept(&L, L.from, to) < 3 || tk_leans(S, to - 1)))
		to = tk_line_end(&L, ce, &ce);
	if (!body)
		body = tk_print(c, &L, L.from, to);
	if (!body)
		return NULL;
	if (deinflect)
		tk_deinflect(body);
	if (lead) {
		/* "we propose: A more muscular USG presence" */
		if (!S->caps && (strncmp(body, "A ", 2) == 0 || strncmp(body, "An ", 3) == 0 ||
		                 strncmp(body, "The ", 4) == 0))
			body[0] = (char)tolower((unsigned char)body[0]);
		body = arena_printf(&c->arena, "%s %s", lead, body);
	}
	/* a checklist line starts with a capital; proper nouns keep theirs */
	if (islower((unsigned char)body[0]))
		body[0] = (char)toupper((unsigned char)body[0]);
	return body;
}
